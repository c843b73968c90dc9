// Sign-in under attack, on an app of its own (so the flood cannot lock the shared app's accounts),
// with the default TRUSTED_PROXY_HOPS=0: no proxy is trusted, so X-Forwarded-For means nothing.
import { attemptSignIn } from "../scripts/sign-in.mjs";
import { expect, test } from "./fixtures";
import { startOwnApp } from "./support/own-app";
import settings from "./support/settings.json" with { type: "json" };
import { SHIPMENTS } from "./support/sim";

const [reviewer, colleague] = settings.users as [[string, string], [string, string]];
const address = (i: number) => ({ "x-forwarded-for": `198.51.${Math.floor(i / 250)}.${i % 250}` });

test("sign-in holds under a flood: bursts are cut at five checks, strangers get 429s, staff still get in", async () => {
  test.setTimeout(120_000);
  const app = startOwnApp(3342, {});
  try {
    const session = await app.signIn(reviewer);

    // 100 parallel wrong passwords for one account, each from "another address": at most five
    // are checked (one at a time), the rest answered 429 with Retry-After. Those checked count
    // towards the account's five: after the rest of them, even the right password waits.
    const burst = await Promise.all(
      Array.from({ length: 100 }, (_, i) => attemptSignIn(app.base, [colleague[0], `wrong-${i}`], address(i))),
    );
    const checked = burst.filter((r) => r.status !== 429);
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBeLessThanOrEqual(5);
    for (const r of burst.filter((r) => r.status === 429)) expect(r.retryAfter).toBeGreaterThan(0);
    for (let i = checked.length; i < 5; i++)
      expect((await attemptSignIn(app.base, [colleague[0], "wrong"], address(600 + i))).status).not.toBe(429);
    expect((await attemptSignIn(app.base, colleague, address(500))).status).toBe(429);

    // 40 concurrent sign-ins as unknown users: most are refused at once instead of queueing for
    // the password hash, while a signed-in page and a correct sign-in are served.
    const flood = Promise.all(
      Array.from({ length: 40 }, (_, i) => attemptSignIn(app.base, [`intruder-${i}`, "guess"], address(1000 + i))),
    );
    const [page, staff] = await Promise.all([
      fetch(`${app.base}/api/shipments/${SHIPMENTS.neighbour}/photos`, { headers: { cookie: session } }),
      attemptSignIn(app.base, reviewer),
    ]);
    expect(page.status).toBe(200);
    expect(staff.session).toBeTruthy();
    const refused = (await flood).filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(30);
    for (const r of refused) expect(r.retryAfter).toBeGreaterThan(0);

    // X-Forwarded-For is not trusted: five failures "from" an address do not block it.
    for (let i = 0; i < 5; i++) await attemptSignIn(app.base, [`nobody-${i}`, "wrong"], address(2000));
    expect((await attemptSignIn(app.base, reviewer, address(2000))).session).toBeTruthy();

    // Each failed attempt is one log line, with no stack.
    const out = app.output();
    expect(out).toMatch(/"user":"intruder-\d+"[^\n]*"msg":"sign-in failed"/);
    expect(out).not.toMatch(/CredentialsSignin/);
    expect(out).not.toMatch(/^\s+at /m);
    expect(out).not.toContain("guess");
  } finally {
    await app.stop();
  }
});
