import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CdnError, fetchCdnBytes } from "./cdn";
import { parseSitooConfig, type SitooConfig } from "./config";

// A CDN of our own on loopback that answers without Content-Length (chunked), to check that a
// thumbnail is counted as it arrives and cut off at the cap, never buffered whole first.
let server: Server;
let origin: string;
let config: SitooConfig;
let sent = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const total = req.url === "/big.jpg" ? 64 * 1024 * 1024 : 10_000;
    res.writeHead(200, { "content-type": "image/jpeg" });
    const chunk = Buffer.alloc(64 * 1024, 1);
    let written = 0;
    const pump = () => {
      while (written < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - written));
        written += piece.length;
        sent += piece.length;
        if (!res.write(piece)) return void res.once("drain", pump);
      }
      res.end();
    };
    res.on("close", () => {
      written = total;
    });
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  config = parseSitooConfig({
    SITOO_API_ID: "id",
    SITOO_API_PASSWORD: "pw",
    SITOO_MEDIA_CDN_ORIGINS: origin,
    SITOO_SHIPMENTS_BASE_URL: "off",
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a thumbnail from the CDN without Content-Length", () => {
  it("is read whole when small", async () => {
    const bytes = await fetchCdnBytes(`${origin}/small.jpg`, AbortSignal.timeout(5_000), 2 * 1024 * 1024, config);
    expect(bytes.byteLength).toBe(10_000);
  });

  it("is refused at the cap, and the rest is never read", async () => {
    sent = 0;
    await expect(
      fetchCdnBytes(`${origin}/big.jpg`, AbortSignal.timeout(5_000), 2 * 1024 * 1024, config),
    ).rejects.toBeInstanceOf(CdnError);
    // The server wrote no more than the cap plus what the sockets buffer, not its 64 MB.
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });
});
