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

/** Signs in through next-auth's credentials endpoint; returns the Cookie header value. */
export async function signInAs(base, [username, password]) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: "/" }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed: HTTP ${res.status}`);
  return session;
}
