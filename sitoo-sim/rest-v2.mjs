// The Sitoo REST API v2 subset: the site, products by SKU, one product, its images and files.
import { methodNotAllowed, SimError } from "./http-util.mjs";

const envelope = (items, query) => {
  const start = query.get("start") === null ? 0 : Number(query.get("start"));
  const num = query.get("num") === null ? 10 : Number(query.get("num"));
  if (!Number.isInteger(start) || start < 0) throw new SimError(400, "start must be a non-negative integer");
  if (!Number.isInteger(num) || num < 1 || num > 100) throw new SimError(400, "num must be an integer from 1 to 100");
  const fields = query.get("fields")?.split(",").filter(Boolean);
  const pick = (item) => (fields ? Object.fromEntries(fields.filter((k) => k in item).map((k) => [k, item[k]])) : item);
  return { totalcount: items.length, items: items.slice(start, start + num).map(pick) };
};
const productView = ({ images, files, ...p }) => p;

/** @param {Awaited<ReturnType<typeof import("./state.mjs").createState>>} state */
export function restRoutes(state) {
  const { config } = state;

  function rest({ path, query }) {
    const m = /^\/v2\/accounts\/(\d+)\/sites\/(\d+)(.*)$/.exec(path);
    if (!m || Number(m[1]) !== config.accountId) throw new SimError(404, "Resource not found. The url is invalid.");
    if (Number(m[2]) !== config.siteId) throw new SimError(404, "Site not found");
    const tail = m[3];
    if (tail === ".json") return { siteid: config.siteId, eshopname: "Simulated store", siteurl: state.origin };
    if (tail === "/products.json") {
      const skus = query
        .get("sku")
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const items = state.catalog.products.filter((p) => !skus || skus.includes(p.sku)).map(productView);
      return envelope(items, query);
    }
    const pm = /^\/products\/(\d+)(?:\/(images|files)(?:\/(\d+))?)?\.json$/.exec(tail);
    const product = pm && state.catalog.products.find((p) => p.productid === Number(pm[1]));
    if (!product) throw new SimError(404, "Resource not found. The url is invalid.");
    if (!pm[2]) return productView(product);
    const list = product[pm[2]];
    if (pm[3] === undefined) return envelope(list, query);
    const item = list[Number(pm[3])];
    if (!item) throw new SimError(404, "Resource not found. The url is invalid.");
    return item;
  }

  return [
    { method: "GET", pattern: /^\/v2\//, handle: rest, strip: ({ items, ...rest }) => rest },
    { method: "*", pattern: /^\/v2\//, handle: methodNotAllowed },
  ];
}
