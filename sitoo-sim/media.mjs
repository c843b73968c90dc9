// Media Object Storage: prefix search with cursor pages, one file's metadata, upload URLs and the
// multipart upload, then processing with sharp after the upload has been answered.
import { randomUUID } from "node:crypto";
import { methodNotAllowed, readBody, readJson, SimError } from "./http-util.mjs";
import { processImage } from "./images.mjs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPLOAD_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/gif"]);

const encodeCursor = (f) => Buffer.from(JSON.stringify([f.entity_id, f.file_id])).toString("base64url");
function decodeCursor(cursor) {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && v.length === 2 && v.every((s) => typeof s === "string")) return v;
  } catch {}
  throw new SimError(400, "Invalid cursor");
}

/** @param {Awaited<ReturnType<typeof import("./state.mjs").createState>>} state */
export function mediaRoutes(state) {
  const { config } = state;

  function search({ query }) {
    const entityType = query.get("entity_type");
    const entityId = query.get("entity_id");
    if (!entityType) throw new SimError(400, "entity_type is required");
    if (entityType !== "shipment_item") throw new SimError(400, "Unsupported entity_type");
    if (!entityId) throw new SimError(400, "entity_id is required");
    const limitRaw = query.get("limit");
    const limit = limitRaw === null ? 50 : Number(limitRaw);
    if (!Number.isInteger(limit) || limit < 1 || limit > config.maxLimit)
      throw new SimError(400, `limit must be an integer from 1 to ${config.maxLimit}`);
    const cursor = query.get("cursor");
    const after = cursor ? decodeCursor(cursor) : null;
    const matching = state.ordered().filter((f) => f.entity_type === entityType && f.entity_id.startsWith(entityId));
    const start = after
      ? matching.findIndex((f) => f.entity_id > after[0] || (f.entity_id === after[0] && f.file_id > after[1]))
      : 0;
    const page = start === -1 ? [] : matching.slice(start, start + limit);
    const more = start !== -1 && start + limit < matching.length;
    return { files: page.map(state.metadata), next_cursor: more ? encodeCursor(page[page.length - 1]) : null };
  }

  async function createUpload({ req }) {
    const { file_name, content_type, entity_type, entity_id } = (await readJson(req)) ?? {};
    if (typeof file_name !== "string" || !file_name || file_name.length > 255)
      throw new SimError(400, "file_name is required");
    if (!UPLOAD_TYPES.has(content_type))
      throw new SimError(400, "content_type must be image/jpeg, image/png, image/webp or image/gif");
    if (entity_type !== "shipment_item") throw new SimError(400, "Unsupported entity_type");
    if (typeof entity_id !== "string" || !entity_id || entity_id.length > 512)
      throw new SimError(400, "entity_id is required");
    const now = Math.floor(Date.now() / 1000);
    const f = {
      file_id: randomUUID(),
      entity_type,
      entity_id,
      status: "uploading",
      content_type: "image/jpeg",
      file_size: 0,
      created_at: now,
      updated_at: now,
      blobKey: null,
    };
    state.addFile(f);
    const path = `/upload/${f.file_id}`;
    const signed = state.signer.url(state.origin, path, 3600);
    const signature = new URL(signed.url).searchParams.get("Signature");
    return {
      file_id: f.file_id,
      upload_url: `${state.origin}${path}`,
      upload_fields: {
        key: f.file_id,
        "Content-Type": content_type,
        "x-amz-date": String(signed.expires),
        "x-amz-signature": signature,
      },
      expires_at: signed.expires,
    };
  }

  function metadata({ params: [fileId] }) {
    if (!UUID.test(fileId)) throw new SimError(400, "file_id must be a UUID");
    const f = state.files.get(fileId.toLowerCase());
    if (!f) throw new SimError(404, "File not found");
    return state.metadata(f);
  }

  async function receiveUpload({ req, res, params: [fileId] }) {
    const f = state.files.get(fileId);
    if (!f) throw new SimError(404, "Unknown upload");
    const raw = await readBody(req);
    let form;
    try {
      form = await new Request("http://upload.local/", {
        method: "POST",
        headers: { "content-type": req.headers["content-type"] ?? "" },
        body: raw,
      }).formData();
    } catch {
      throw new SimError(400, "Upload must be multipart/form-data");
    }
    const query = new URLSearchParams({
      Expires: String(form.get("x-amz-date") ?? ""),
      Signature: String(form.get("x-amz-signature") ?? ""),
    });
    const verdict = state.signer.check(`/upload/${fileId}`, query);
    if (verdict !== "ok")
      throw new SimError(403, verdict === "expired" ? "Upload URL expired" : "Invalid upload signature");
    if (f.status !== "uploading") throw new SimError(409, "File already uploaded");
    const file = form.get("file");
    if (!file || typeof file === "string") throw new SimError(400, "The form needs a file field");
    const input = Buffer.from(await file.arrayBuffer());
    state.setStatus(f, "uploaded");
    res.writeHead(204);
    res.end();
    // Processing happens after the upload answer, as it does at Sitoo.
    const step = config.processingStepMs;
    state.later(async () => {
      state.setStatus(f, "processing");
      try {
        const out = await processImage(input);
        await new Promise((r) => state.later(r, step));
        f.blobKey = `upload:${f.file_id}`;
        state.blobs.set(f.blobKey, out);
        f.file_size = out.full.length;
        state.setStatus(f, "ready");
      } catch {
        state.setStatus(f, "failed");
      }
    }, step);
  }

  return [
    {
      method: "GET",
      pattern: /^\/v1\/media\/search$/,
      handle: search,
      strip: (b) => ({ ...b, files: b.files.map(({ file_id, ...rest }) => rest) }),
    },
    { method: "POST", pattern: /^\/v1\/media\/upload-url$/, handle: createUpload },
    {
      method: "GET",
      pattern: /^\/v1\/media\/(.*)$/,
      handle: metadata,
      strip: ({ status, ...rest }) => rest,
    },
    { method: "POST", pattern: /^\/upload\/(.*)$/, handle: receiveUpload },
    { method: "*", pattern: /^\/upload\//, handle: methodNotAllowed },
  ];
}
