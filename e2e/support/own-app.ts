// A production app of a test's own (its own port, environment and data directory), for tests
// that restart the app or break its database. Always against the shared test simulator.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { appEnv } from "../../scripts/app-env.mjs";
import { startNext } from "../../scripts/next-start.mjs";
import { signInAs } from "../../scripts/sign-in.mjs";
import settings from "./settings.json" with { type: "json" };

export interface OwnApp {
  base: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  signIn(user?: [string, string]): Promise<string>;
  /** Resolves once the server answers. */
  ready(): Promise<void>;
  stop(): Promise<number | null>;
}

export function startOwnApp(
  port: number,
  extra: Record<string, string>,
  users = settings.users as [string, string][],
): OwnApp {
  // An embedded database of its own unless told otherwise: PGlite is one process per directory.
  const dataDir = extra.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), `spr-e2e-${port}-`));
  const env = appEnv({
    simOrigin: `http://127.0.0.1:${settings.simPort}`,
    users,
    extra: { ...extra, DATA_DIR: dataDir },
  });
  const app = startNext({ port, env });
  let output = "";
  for (const stream of [app.child.stdout, app.child.stderr]) stream?.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => app.child.on("exit", (code) => resolve(code)));
  return {
    base: app.base,
    output: () => output,
    exited,
    ready: () => app.ready(),
    signIn: async (user = users[0]!) => {
      await app.ready();
      return signInAs(app.base, user);
    },
    stop: async () => {
      app.stop();
      return exited;
    },
  };
}
