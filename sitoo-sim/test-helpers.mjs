// Shared by the simulator's and the Sitoo client's tests, and the benchmarks: a simulator on a free port and calls to it.
import { createSimulator } from "./server.mjs";

export const API_ID = "sim-api-id";
export const PASSWORD = "sim-password";
export const AUTH = `Basic ${Buffer.from(`${API_ID}:${PASSWORD}`).toString("base64")}`;

export async function startSim(options = {}) {
  const sim = await createSimulator({ apiId: API_ID, password: PASSWORD, ...options });
  const origin = await sim.listen(0);
  const control = async (method, path, body) => {
    const res = await fetch(`${origin}${path}`, {
      method,
      headers: body ? { "content-type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    return res.json();
  };
  return {
    sim,
    origin,
    get: (path, headers = { authorization: AUTH }) => fetch(`${origin}${path}`, { headers }),
    fault: (fault) => control("POST", "/__sim/faults", fault),
    clearFaults: () => control("DELETE", "/__sim/faults"),
    configure: (config) => control("POST", "/__sim/config", config),
    requests: async () => (await control("GET", "/__sim/requests")).requests,
    clearRequests: () => control("DELETE", "/__sim/requests"),
    reset: () => control("POST", "/__sim/reset"),
    close: () => sim.close(),
  };
}

export const searchPath = (entityId, extra = "") =>
  `/v1/media/search?entity_type=shipment_item&entity_id=${encodeURIComponent(entityId)}${extra}`;
