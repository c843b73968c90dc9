export const OIDC_CLIENT: { id: string; secret: string };
export function startOidcProvider(options: {
  port: number;
  redirectUris: string[];
}): Promise<{ issuer: string; stop(): Promise<void> }>;
