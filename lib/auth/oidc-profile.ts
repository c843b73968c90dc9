// The user Auth.js hands our callbacks, built once at sign-in: `who` carries our name for them,
// what people see, their role and how they signed in. For single sign-on it is built from the ID
// token's claims, completed from the provider's userinfo endpoint when the profile, e-mail or
// group claims are absent there (the OpenID Connect default once an access token is issued).
// Server-only.
import "server-only";
import { identityFrom, legacyNames, mergeClaims, needsUserinfo } from "@/lib/auth/oidc-claims";
import { isRole, type OidcRoleSettings } from "@/lib/auth/roles";
import type { SignIn } from "@/lib/db/users";
import { log } from "@/lib/server/log";

/** Who signed in, as the store records it, plus what only a sign-in knows. */
export interface Who extends SignIn {
  /** Single sign-on names from before `oidc:<sub>` whose history becomes this user's. */
  legacy?: string[];
}

/** Our `who` on the user object Auth.js passes around, or null when it is not one we made. */
export function whoOf(user: unknown): Who | null {
  const who = (user as { who?: Partial<Who> } | null)?.who;
  if (!who || typeof who.name !== "string" || !who.name || !isRole(who.role)) return null;
  if (who.provider !== "password" && who.provider !== "oidc") return null;
  return who as Who;
}

const USERINFO_TIMEOUT_MS = 5_000;

async function userinfoEndpoint(issuer: string): Promise<string | null> {
  const res = await fetch(new URL(".well-known/openid-configuration", issuer.endsWith("/") ? issuer : `${issuer}/`), {
    signal: AbortSignal.timeout(USERINFO_TIMEOUT_MS),
  });
  if (!res.ok) return null;
  const doc = (await res.json()) as { userinfo_endpoint?: unknown };
  return typeof doc.userinfo_endpoint === "string" ? doc.userinfo_endpoint : null;
}

async function userinfo(issuer: string, accessToken: string): Promise<Record<string, unknown> | null> {
  try {
    const endpoint = await userinfoEndpoint(issuer);
    if (!endpoint) return null;
    const res = await fetch(endpoint, {
      headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" },
      signal: AbortSignal.timeout(USERINFO_TIMEOUT_MS),
    });
    if (!res.ok) {
      log("warn", "userinfo refused", { status: res.status });
      return null;
    }
    const body = (await res.json()) as unknown;
    return body && typeof body === "object" ? (body as Record<string, unknown>) : null;
  } catch (err) {
    // A sign-in with what the ID token says is better than none: the role falls back to the default.
    log("warn", "userinfo unavailable", { error: String(err) });
    return null;
  }
}

/** Auth.js's `profile` callback for the OpenID Connect provider. */
export function oidcProfile(settings: { issuer: string; roles: OidcRoleSettings }) {
  return async (claims: Record<string, unknown>, tokens: { access_token?: string }) => {
    const complete =
      needsUserinfo(claims, settings.roles.claim) && tokens.access_token
        ? mergeClaims(claims, await userinfo(settings.issuer, tokens.access_token))
        : claims;
    const identity = identityFrom(complete, settings.roles);
    const who: Who = {
      name: identity.name,
      displayName: identity.displayName,
      provider: "oidc",
      role: identity.role,
      email: identity.email,
      username: identity.username,
      legacy: legacyNames(complete),
    };
    return { id: identity.name, name: identity.displayName, email: identity.email, who };
  };
}
