import { expect, type Page } from "@playwright/test";

export class ReviewPage {
  constructor(readonly page: Page) {}

  async open(shipmentId: string, query = "") {
    await this.page.goto(`/shipments/${encodeURIComponent(shipmentId)}${query}`);
  }

  tiles = () => this.page.getByTestId("photo-tile");
  summary = (name: "photos" | "skus" | "discrepancies" | "processing" | "failed") =>
    this.page.getByTestId(`summary-${name}`);
  skuGroup = (sku: string) => this.page.locator(`[data-testid=sku-group][data-sku="${sku}"]`);
  unrecognised = () => this.page.getByTestId("unrecognised-group");
  viewer = () => this.page.getByTestId("viewer");
  thumbnails = () => this.page.locator("[data-testid=photo-tile] img");

  async waitForComplete(total: number) {
    await expect(this.summary("photos")).toHaveText(String(total));
    await expect(this.page.getByText(/Loading more photos/)).toHaveCount(0);
  }

  /** Scrolls each thumbnail into view and waits until every one has decoded an image. */
  async expectAllThumbnailsLoaded() {
    const images = this.thumbnails();
    const count = await images.count();
    for (let i = 0; i < count; i++) {
      const img = images.nth(i);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
    return count;
  }
}
