import { startSim } from "../sitoo-sim/test-helpers.mjs";
import { appEnv } from "./app-env.mjs";
import { startNext } from "./next-start.mjs";

const s = await startSim({});
const env = appEnv({ simOrigin: s.origin, users: [["u", "password-123"]], extra: { DATA_DIR: "/tmp/d3420" } });
const app = startNext({ port: 3420, env });
app.child.stdout.pipe(process.stdout);
app.child.stderr.pipe(process.stderr);
await app.ready(30000);
console.log("READY", s.origin);
