import { expect, type Page } from "@playwright/test";

export class ReviewPage {
  constructor(readonly page: Page) {}

  async open(shipmentId: string, query = "") {
    await this.page.goto(`/shipments/${encodeURIComponent(shipmentId)}${query}`);
  }

  tiles = () => this.page.getByTestId("photo-tile");
  summary = (name: "photos" | "skus" | "discrepancies" | "processing" | "failed") =>
    this.page.getByTestId(`summary-${name}`);
  grid = () => this.page.getByTestId("photo-grid");
  skuGroups = () => this.page.getByTestId("sku-group");
  skuGroup = (sku: string) => this.page.locator(`[data-testid=sku-group][data-sku="${sku}"]`);
  unrecognised = () => this.page.getByTestId("unrecognised-group");
  viewer = () => this.page.getByTestId("viewer");
  thumbnails = () => this.page.locator("[data-testid=photo-tile] img");

  /** Waits until every photo is counted, none is still loading, and the page listens (hydrated). */
  async waitForComplete(total: number) {
    await expect(this.summary("photos")).toHaveText(String(total));
    await expect(this.page.getByText(/Loading more photos/)).toHaveCount(0);
    await this.waitForHydrated();
  }

  /**
   * Waits until React has taken over the review's server HTML, so its keyboard shortcuts listen:
   * the photos can be on screen (server-rendered) well before, on a busy machine.
   */
  async waitForHydrated() {
    await expect(this.summary("photos")).toBeVisible();
    await expect(this.page.getByRole("button", { name: "Copy link" })).toBeEnabled();
  }

  /**
   * Waits until the windowed grid holds only the rows near the viewport: the server's HTML has
   * a first window of rows far down the page until the browser has measured it (a check such as
   * axe's scrolls those into view, under the sticky SKU bar).
   */
  async waitForWindowed() {
    await this.waitForHydrated();
    await expect
      .poll(() =>
        this.tiles().evaluateAll(
          (els) => Math.max(0, ...els.map((el) => el.getBoundingClientRect().bottom)) / window.innerHeight,
        ),
      )
      .toBeLessThan(4);
  }

  /**
   * Waits until every thumbnail has decoded an image (`naturalWidth > 0`), scrolling the first
   * one still loading into view each round, since thumbnails load lazily. Returns how many.
   */
  async expectAllThumbnailsLoaded(): Promise<number> {
    let total = 0;
    await expect
      .poll(
        async () => {
          const state = await this.thumbnails().evaluateAll((els) => {
            const pending = els.filter(
              (el) => !((el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0),
            );
            pending[0]?.scrollIntoView({ block: "center" });
            return { total: els.length, pending: pending.length };
          });
          total = state.total;
          return state.pending;
        },
        { timeout: 20_000 },
      )
      .toBe(0);
    return total;
  }
}
