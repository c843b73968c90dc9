// Fault injection for tests: rules matched against each upstream request, applied before the
// normal handler runs. A rule lasts for `count` requests, or for a `rate` share of them, or both.

const KINDS = new Set(["latency", "status", "malformed", "missing_field", "empty", "reset", "hang"]);

/** A small seeded PRNG so that a `rate` produces the same sequence on every run. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createFaults(seed = 1) {
  let rules = [];
  let nextId = 1;
  let random = mulberry32(seed);

  return {
    /** Validates and stores a rule; returns it, or throws a message for a 400. */
    add(input) {
      const rule = {
        id: nextId++,
        service: input.service ?? "all",
        path_prefix: input.path_prefix ?? null,
        kind: input.kind,
        status: input.status ?? null,
        retry_after: input.retry_after ?? null,
        latency_ms: input.latency_ms ?? 0,
        count: input.count ?? null,
        rate: input.rate ?? null,
        applied: 0,
      };
      if (!KINDS.has(rule.kind)) throw new Error(`kind must be one of ${[...KINDS].join(", ")}`);
      if (!["all", "media", "rest", "shipments", "cdn", "resources", "upload"].includes(rule.service))
        throw new Error("unknown service");
      if (rule.kind === "status" && !(Number.isInteger(rule.status) && rule.status >= 100 && rule.status <= 599))
        throw new Error("status needs an HTTP status code");
      if (rule.rate !== null && !(rule.rate >= 0 && rule.rate <= 1)) throw new Error("rate is a share from 0 to 1");
      if (rule.count !== null && !(Number.isInteger(rule.count) && rule.count > 0))
        throw new Error("count is a positive integer");
      rules.push(rule);
      return rule;
    },
    clear() {
      rules = [];
      random = mulberry32(seed);
    },
    list: () => rules,
    /** The faults that apply to this request, in the order they were added; consumes counts. */
    take(service, path) {
      const hits = [];
      for (const rule of rules) {
        if (rule.service !== "all" && rule.service !== service) continue;
        if (rule.path_prefix && !path.startsWith(rule.path_prefix)) continue;
        if (rule.rate !== null && random() >= rule.rate) continue;
        rule.applied++;
        if (rule.count !== null) rule.count--;
        hits.push(rule);
      }
      rules = rules.filter((r) => r.count === null || r.count > 0);
      return hits;
    },
  };
}

/**
 * Applies the faults that match a request. Returns "answered" when a fault has answered (or
 * swallowed) it, "strip" when the normal answer should lose a required field, else null.
 */
export async function applyFaults(faults, { service, path, req, res, errorOut, hung }) {
  for (const rule of faults.take(service, path)) {
    if (rule.latency_ms) await new Promise((r) => setTimeout(r, rule.latency_ms));
    switch (rule.kind) {
      case "latency":
        continue;
      case "status": {
        const headers = rule.retry_after !== null ? { "retry-after": String(rule.retry_after) } : {};
        errorOut(res, rule.status, `Injected ${rule.status}`, headers);
        return "answered";
      }
      case "malformed":
        res.writeHead(200, { "content-type": "application/json" });
        res.end('{"files": [{"file_id": "');
        return "answered";
      case "empty":
        res.writeHead(200, { "content-type": "application/json", "content-length": 0 });
        res.end();
        return "answered";
      case "reset":
        req.socket.destroy();
        return "answered";
      case "hang":
        hung.add(res);
        res.on("close", () => hung.delete(res));
        return "answered";
      case "missing_field":
        return "strip";
    }
  }
  return null;
}
