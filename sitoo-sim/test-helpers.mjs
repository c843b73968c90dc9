// Shared by the simulator's and the Sitoo client's tests, and the benchmarks: a simulator on a
// free port, its control client, and authenticated calls to it.
import { createSimClient } from "./client.mjs";
import { createSimulator } from "./server.mjs";

export const API_ID = "sim-api-id";
export const PASSWORD = "sim-password";
export const AUTH = `Basic ${Buffer.from(`${API_ID}:${PASSWORD}`).toString("base64")}`;

export async function startSim(options = {}) {
  const sim = await createSimulator({ apiId: API_ID, password: PASSWORD, ...options });
  const origin = await sim.listen(0);
  return {
    ...createSimClient(origin),
    sim,
    get: (path, headers = { authorization: AUTH }) => fetch(`${origin}${path}`, { headers }),
    close: () => sim.close(),
  };
}

export const searchPath = (entityId, extra = "") =>
  `/v1/media/search?entity_type=shipment_item&entity_id=${encodeURIComponent(entityId)}${extra}`;
