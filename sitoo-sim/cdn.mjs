// The CDN behind the signed image URLs (403 after expiry or tampering), and the catalog's resource
// files.
import { restError } from "./http-util.mjs";
import { largeJpegStream } from "./large-photos.mjs";

/** @param {Awaited<ReturnType<typeof import("./state.mjs").createState>>} state */
export function cdnRoutes(state) {
  function image({ res, path, query, params: [fileId, variant] }) {
    const verdict = state.signer.check(path, query);
    if (verdict !== "ok") {
      res.writeHead(403, { "content-type": "application/xml" });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>${verdict === "expired" ? "Request has expired" : "Invalid signature"}</Message></Error>`,
      );
      return;
    }
    const f = state.files.get(fileId);
    const blob = f?.blobKey ? state.blobs.get(f.blobKey) : null;
    if (!blob || f.status !== "ready") {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("Not found");
      return;
    }
    const maxAge = Math.max(0, Number(query.get("Expires")) - Math.floor(Date.now() / 1000));
    if (variant === "full.jpg" && f.large) {
      res.writeHead(200, {
        "content-type": "image/jpeg",
        "content-length": f.large.bytes,
        "cache-control": `private, max-age=${maxAge}`,
      });
      largeJpegStream(blob.full, f.large.bytes, f.large.seed).pipe(res);
      return;
    }
    const body = variant === "full.jpg" ? blob.full : blob.thumb;
    res.writeHead(200, {
      "content-type": "image/jpeg",
      "content-length": body.length,
      "cache-control": `private, max-age=${maxAge}`,
    });
    res.end(body);
  }

  function resource({ res, params: [encoded] }) {
    const resource = state.catalog.resources.get(decodeURIComponent(encoded));
    if (!resource) return restError(res, 404, "Resource not found");
    res.writeHead(200, {
      "content-type": resource.mimetype,
      "content-length": resource.body.length,
      "cache-control": "public, max-age=300",
    });
    res.end(resource.body);
  }

  return [
    { method: "GET", pattern: /^\/cdn\/([^/]+)\/(full\.jpg|thumbnail\.jpg)$/, handle: image },
    { method: "*", pattern: /^\/resources\/(.*)$/, handle: resource },
  ];
}
