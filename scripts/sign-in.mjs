// Signs a user in over HTTP, as a browser would (CSRF token, then the credentials callback), for
// the benchmarks and end-to-end helpers that drive the API without a browser.

/** Cookies set by a response, the last one of each name winning, as in a browser. */
function cookiesOf(res) {
  const jar = new Map();
  for (const c of res.headers.getSetCookie()) {
    const pair = c.split(";")[0];
    jar.set(pair.split("=")[0], pair);
  }
  return [...jar.values()];
}

/**
 * One sign-in attempt through next-auth's credentials endpoint, with extra request headers (a
 * test standing in for a proxy sets X-Forwarded-For). Resolves with the status, Retry-After and
 * the session cookie when one was set.
 */
export async function attemptSignIn(base, [username, password], headers = {}) {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const jar = cookiesOf(csrf);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: "/" }),
  });
  await res.arrayBuffer();
  const session = cookiesOf(res).find((c) => /^(__Secure-)?authjs\.session-token=/.test(c)) ?? null;
  const retryAfter = res.headers.get("retry-after");
  return { status: res.status, retryAfter: retryAfter === null ? null : Number(retryAfter), session };
}

/** Signs in through next-auth's credentials endpoint; returns the Cookie header value. */
export async function signInAs(base, user) {
  const { status, session } = await attemptSignIn(base, user);
  if (!session) throw new Error(`sign-in failed: HTTP ${status}`);
  return session;
}
