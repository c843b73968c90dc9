export const OIDC_CLIENT: { id: string; secret: string };
export function startOidcProvider(options: {
  port: number;
  /** Ports of the apps on 127.0.0.1 that may sign in through it. */
  appPorts: number[];
  claimsInIdToken?: boolean;
  accounts?: Record<string, Record<string, unknown>>;
}): Promise<{ issuer: string; stop(): Promise<void> }>;
