// A production app of a test's own (its own port, environment and data directory), for tests
// that restart the app or break its database. Always against the shared test simulator.
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
  stop(): Promise<number | null>;
}

export function startOwnApp(
  port: number,
  extra: Record<string, string>,
  users = settings.users as [string, string][],
): OwnApp {
  const env = appEnv({ simOrigin: `http://127.0.0.1:${settings.simPort}`, users, extra });
  const app = startNext({ port, env });
  let output = "";
  for (const stream of [app.child.stdout, app.child.stderr]) stream?.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => app.child.on("exit", (code) => resolve(code)));
  return {
    base: app.base,
    output: () => output,
    exited,
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
