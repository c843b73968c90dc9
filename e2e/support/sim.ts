// The simulator the end-to-end tests run against, driven through its one control client.
import { createSimClient } from "@/sitoo-sim/client.mjs";
import settings from "./settings.json" with { type: "json" };

export type { Fault, LoggedRequest } from "@/sitoo-sim/client.mjs";
export { SHIPMENTS } from "@/sitoo-sim/client.mjs";

export const SIM_ORIGIN = `http://127.0.0.1:${settings.simPort}`;
export const sim = createSimClient(SIM_ORIGIN);
