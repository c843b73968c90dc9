// Figure 9: saving a decision through the API, on PGlite and on PostgreSQL.
import { percentile, round, signIn } from "./lib.mjs";

const SAVES = 300;
let entityIndex = 0;
const KINDS = [
  ["status change", (i) => ({ status: i % 2 ? "claimed" : "in_progress" })],
  ["note added", (i) => ({ note: `Called the supplier, attempt ${i}` })],
];

/** p50/p99 of `SAVES` sequential PATCHes on one discrepancy of `app`, each made by `body(i)`. */
async function saves(app, cookie, body) {
  const list = await (await fetch(`${app.base}/api/shipments/1RT823V93/photos`, { headers: { cookie } })).json();
  const entity = [...new Set(list.files.filter((f) => f.key).map((f) => f.entity_id))][entityIndex++];
  let version = 0;
  const times = [];
  for (let i = 0; i < SAVES; i++) {
    const started = performance.now();
    const res = await fetch(`${app.base}/api/shipments/1RT823V93/decisions`, {
      method: "PATCH",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ entity_id: entity, version, ...body(i) }),
    });
    times.push(performance.now() - started);
    if (!res.ok) throw new Error(`decision save answered ${res.status}: ${await res.text()}`);
    version = (await res.json()).version;
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure9({ appA, cookieA, postgresApp, row, verdict }) {
  const stores = [["PGlite", appA, cookieA]];
  if (postgresApp.app) stores.push(["PostgreSQL", postgresApp.app, await signIn(postgresApp.app.base)]);
  else row("9 decision save", "PostgreSQL", `not measured: ${postgresApp.reason}`);
  for (const [name, app, cookie] of stores)
    for (const [kind, body] of KINDS) {
      const { p50, p99 } = await saves(app, cookie, body);
      row(
        "9 decision save",
        `${name}, ${kind}: p50 / p99 of ${SAVES} saves`,
        `${round(p50)} / ${round(p99)} ms`,
        "p50 ≤ 15 ms",
        "",
        verdict(p50 <= 15, `${round(p50 - 15)} ms`),
      );
    }
}
