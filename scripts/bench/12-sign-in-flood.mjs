// Figure 12: sign-in under a flood. An app of its own (so the flood spends no other figure's
// failure budget), with the default TRUSTED_PROXY_HOPS=0. 40 clients post wrong passwords for
// unknown usernames as fast as they are answered; meanwhile a signed-in user loads a review page
// and signs in again. The same two measured first with no flood: the baseline of this run.
import { attemptSignIn } from "../sign-in.mjs";
import { median, round, signIn, startApp, USER } from "./lib.mjs";

const ATTACKERS = 40;
const SAMPLES = 10;
const PAGE = "/shipments/1RT823V93";

async function timed(fn) {
  const started = performance.now();
  const ok = await fn();
  return { ms: performance.now() - started, ok };
}

/** `SAMPLES` page loads and `SAMPLES` correct sign-ins, alternately; times in ms. */
async function sample(base, cookie) {
  const page = [];
  const signIns = [];
  for (let i = 0; i < SAMPLES; i++) {
    page.push(
      await timed(async () => {
        const res = await fetch(`${base}${PAGE}`, { headers: { cookie } });
        await res.arrayBuffer();
        return res.status === 200;
      }),
    );
    signIns.push(await timed(async () => Boolean((await attemptSignIn(base, USER)).session)));
  }
  return { page, signIns };
}

const summary = (xs) => `${round(median(xs.map((x) => x.ms)))} / ${round(Math.max(...xs.map((x) => x.ms)))} ms`;

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure12({ s, row, verdict }) {
  const app = await startApp({ port: 3415, simOrigin: s.origin });
  try {
    const cookie = await signIn(app.base);
    const quiet = await sample(app.base, cookie);

    let stop = false;
    const answers = { total: 0, refused: 0 };
    const attacker = async (n) => {
      for (let i = 0; !stop; i++) {
        const r = await attemptSignIn(app.base, [`intruder-${n}-${i}`, "guess"], {
          "x-forwarded-for": `198.51.${n}.${i % 250}`,
        });
        answers.total++;
        if (r.status === 429) answers.refused++;
      }
    };
    const flood = Array.from({ length: ATTACKERS }, (_, n) => attacker(n));
    // Let the flood fill the password-check queue first.
    while (answers.total < ATTACKERS * 2) await new Promise((r) => setImmediate(r));
    const attacked = await sample(app.base, cookie);
    stop = true;
    await Promise.all(flood);

    const failed = [...attacked.page, ...attacked.signIns].filter((x) => !x.ok).length;
    const worst = Math.max(...[...attacked.page, ...attacked.signIns].map((x) => x.ms));
    row("12 sign-in flood", `review page, no flood: p50 / max of ${SAMPLES}`, summary(quiet.page));
    row("12 sign-in flood", `correct sign-in, no flood: p50 / max of ${SAMPLES}`, summary(quiet.signIns));
    row(
      "12 sign-in flood",
      `review page, ${ATTACKERS} concurrent bad sign-ins: p50 / max`,
      summary(attacked.page),
      "max < 1 s",
      "",
      verdict(Math.max(...attacked.page.map((x) => x.ms)) < 1000),
    );
    row(
      "12 sign-in flood",
      `correct sign-in, ${ATTACKERS} concurrent bad sign-ins: p50 / max`,
      summary(attacked.signIns),
      "max < 1 s, all succeed",
      "",
      verdict(worst < 1000 && failed === 0, failed ? `${failed} failed` : ""),
    );
    row(
      "12 sign-in flood",
      "bad sign-ins answered during the flood / of them 429",
      `${answers.total} / ${answers.refused} (${round((100 * answers.refused) / answers.total)} %)`,
    );
  } finally {
    await app.stopped();
  }
}
