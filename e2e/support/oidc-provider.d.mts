export const OIDC_CLIENT: { id: string; secret: string };
export function startOidcProvider(options: {
  port: number;
  redirectUris: string[];
  claimsInIdToken?: boolean;
  accounts?: Record<string, Record<string, unknown>>;
}): Promise<{ issuer: string; stop(): Promise<void> }>;
