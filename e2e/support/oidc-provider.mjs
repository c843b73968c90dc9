// A real OpenID Connect provider on loopback for the single sign-on tests (oidc-provider, with its
// development login and consent pages: any login and password sign in as that login).
//   startOidcProvider({ port, appPorts, claimsInIdToken?, accounts? }) → { issuer, stop() }
// (it accepts each app on 127.0.0.1 at `appPorts` as a client, at /api/auth/callback/oidc).
// Its users' claims: `name` "<Login> Åkesson", `preferred_username` the login, `email`
// "<login>@example.com" (verified), `groups` none; `accounts[login]` overrides any of them.
// `claimsInIdToken: false` keeps the profile, e-mail and groups out of the ID token and in the
// userinfo endpoint only: the OpenID Connect default once an access token is issued.
import Provider from "oidc-provider";

export const OIDC_CLIENT = { id: "photo-review", secret: "sso-client-secret-0123456789" };

export async function startOidcProvider({ port, appPorts, claimsInIdToken = true, accounts = {} }) {
  const redirectUris = appPorts.map((p) => `http://127.0.0.1:${p}/api/auth/callback/oidc`);
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: {
      openid: ["sub"],
      profile: ["name", "preferred_username", "groups"],
      email: ["email", "email_verified"],
    },
    findAccount: async (_ctx, login) => ({
      accountId: login,
      claims: async () => ({
        sub: login,
        name: `${login[0]?.toUpperCase() ?? ""}${login.slice(1)} Åkesson`,
        preferred_username: login,
        email: `${login}@example.com`,
        email_verified: true,
        ...(Object.hasOwn(accounts, login) ? accounts[login] : {}),
      }),
    }),
    cookies: { keys: ["e2e-oidc-cookie-key-0123456789"] },
    features: { devInteractions: { enabled: true } },
    // Put the profile claims in the ID token, as Entra ID, Okta and Google do (unless told not to).
    conformIdTokenClaims: !claimsInIdToken,
  });
  const server = provider.listen(port, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { issuer, stop: () => new Promise((resolve) => server.close(resolve)) };
}
