// Figure 8: Thumbnail bytes.
import { round, signedInContext } from "./lib.mjs";

/** @param {import("./index.mjs").BenchContext} ctx */
export default async function figure8({ appA, cookieA, chrome, row, verdict }) {
  const context = await signedInContext(chrome, appA.base, cookieA);
  const page = await context.newPage();
  const seen = { full: 0, thumb: 0, thumbBytes: 0 };
  page.on("response", async (r) => {
    if (r.url().includes("/full.jpg")) seen.full++;
    if (r.url().includes("/thumbnail.jpg")) {
      seen.thumb++;
      seen.thumbBytes += (await r.request().sizes()).responseBodySize;
    }
  });
  await page.goto(`${appA.base}/shipments/7QX5512K0`, { waitUntil: "networkidle" });
  await page.waitForTimeout(1000);
  const before = { ...seen };
  row(
    "8 thumbnail bytes",
    "full-size JPEGs before the viewer opens",
    String(before.full),
    "0",
    "0",
    verdict(before.full === 0),
  );
  row(
    "8 thumbnail bytes",
    "thumbnails fetched of 640 without scrolling",
    `${before.thumb} (${round(before.thumbBytes / 1024)} KB)`,
    "only near the viewport",
    "",
    verdict(before.thumb < 200),
  );
  await page.locator("[data-testid=photo-tile]").first().click();
  await page.getByTestId("viewer").getByRole("img").first().waitFor();
  await page.waitForTimeout(500);
  row(
    "8 thumbnail bytes",
    "full-size JPEGs after opening one photo",
    String(seen.full),
    "1",
    "1",
    verdict(seen.full === 1),
  );
  await context.close();
}
