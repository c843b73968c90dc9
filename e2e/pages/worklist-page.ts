import type { Page } from "@playwright/test";

/** The worklist at `/`: the team's open discrepancies, its counts, filters and sync status. */
export class WorklistPage {
  readonly rows;
  readonly empty;
  readonly syncStatus;

  /** `base`: the app's origin when it is not the test's own (an app a spec starts itself). */
  constructor(
    readonly page: Page,
    readonly base = "",
  ) {
    this.rows = page.getByTestId("worklist-row");
    this.empty = page.getByTestId("worklist-empty");
    this.syncStatus = page.getByTestId("sync-status");
  }

  async open(query = "") {
    await this.page.goto(`${this.base}/${query}`);
  }

  /** The row of one discrepancy, by its entity_id. */
  row = (entityId: string) => this.page.locator(`[data-testid=worklist-row][data-entity="${entityId}"]`);
  /** A row holding this text (a SKU, a shipment ID). */
  rowWith = (text: string | RegExp) => this.rows.filter({ hasText: text });
  /** The count of one status in the header ("open", "claimed", …). */
  count = (status: string) => this.page.getByTestId(`count-${status}`);
}
