// The environment that points the app at a running simulator: used by the demo, the end-to-end
// tests and the benchmarks, so all three run the product the same way.
import { randomBytes } from "node:crypto";
import { sitooEnv } from "../sitoo-sim/client.mjs";
import { hashPassword } from "./password-hash.mjs";

export const SIM_CREDENTIALS = { apiId: "sim-api-id", password: "sim-password" };

export function appEnv({ simOrigin, users, catalog = true, extra = {} }) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    AUTH_SECRET: randomBytes(33).toString("base64"),
    AUTH_TRUST_HOST: "true",
    // [name, password] or [name, password, role] (without one, AUTH_USERS makes a reviewer).
    AUTH_USERS: users
      .map(([name, password, role]) => `${name}:${hashPassword(password)}${role ? `:${role}` : ""}`)
      .join(","),
    ...sitooEnv(simOrigin, { catalog }),
    SITOO_MEDIA_PAGE_SIZE: "100",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
  if (!catalog) for (const name of ["SITOO_API_BASE_URL", "SITOO_SITE_ID", "SITOO_RESOURCE_BASE_URL"]) delete env[name];
  return env;
}
