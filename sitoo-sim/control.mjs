// The /__sim/ control endpoints tests use: the request log, faults, configuration and reset.
// sitoo-sim/client.mjs is their one client.
import { readJson, SimError } from "./http-util.mjs";

/** @param {Awaited<ReturnType<typeof import("./state.mjs").createState>>} state */
export function controlRoutes(state) {
  const { config, faults } = state;
  const publicConfig = () => ({
    url_lifetime_seconds: config.urlLifetimeSeconds,
    processing_ready_seconds: config.processingReadySeconds,
    max_limit: config.maxLimit,
    account_id: config.accountId,
    site_id: config.siteId,
  });
  const ok = { ok: true };

  async function setConfig({ req }) {
    const body = await readJson(req);
    if (body.url_lifetime_seconds !== undefined) {
      if (!(Number.isInteger(body.url_lifetime_seconds) && body.url_lifetime_seconds > 0))
        throw new SimError(400, "url_lifetime_seconds must be a positive integer");
      config.urlLifetimeSeconds = body.url_lifetime_seconds;
    }
    if (body.processing_ready_seconds !== undefined)
      config.processingReadySeconds = Number(body.processing_ready_seconds);
    return publicConfig();
  }

  async function addFault({ req }) {
    const body = await readJson(req);
    try {
      return faults.add(body);
    } catch (err) {
      throw new SimError(400, err.message);
    }
  }

  async function reset() {
    Object.assign(config, state.initialConfig);
    faults.clear();
    state.log = [];
    await state.reset();
    return ok;
  }

  return [
    {
      method: "GET",
      pattern: /^\/__sim\/requests$/,
      handle: ({ query }) => ({ requests: state.log.filter((e) => e.seq > Number(query.get("since") ?? 0)) }),
    },
    {
      method: "DELETE",
      pattern: /^\/__sim\/requests$/,
      handle: () => {
        state.log = [];
        return ok;
      },
    },
    { method: "GET", pattern: /^\/__sim\/faults$/, handle: () => ({ faults: faults.list() }) },
    { method: "POST", pattern: /^\/__sim\/faults$/, handle: addFault, status: 201 },
    {
      method: "DELETE",
      pattern: /^\/__sim\/faults$/,
      handle: () => {
        faults.clear();
        return ok;
      },
    },
    { method: "GET", pattern: /^\/__sim\/config$/, handle: publicConfig },
    { method: "POST", pattern: /^\/__sim\/config$/, handle: setConfig },
    { method: "POST", pattern: /^\/__sim\/reset$/, handle: reset },
    {
      method: "*",
      pattern: /^\/__sim\//,
      handle: () => {
        throw new SimError(404, "Unknown control endpoint");
      },
    },
  ];
}
