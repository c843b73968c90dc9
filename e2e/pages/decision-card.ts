import { expect, type Locator, type Page } from "@playwright/test";

/** One discrepancy's decision on the review page; owns every locator of the decision controls. */
export class DecisionCard {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    entityId: string,
  ) {
    this.root = page.locator(`[data-testid=decision-card][data-entity="${entityId}"]`);
  }

  status = () => this.root.getByTestId("decision-status");
  assignee = () => this.root.getByTestId("decision-assignee");
  claim = () => this.root.getByTestId("decision-claim");
  history = () => this.root.getByTestId("decision-history");
  conflict = () => this.root.getByTestId("decision-conflict");
  note = () => this.root.getByLabel("Add a note");

  async open() {
    const toggle = this.root.getByRole("button", { name: /^(Decide|Close) for / });
    await expect(toggle).toBeVisible();
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(this.root.getByRole("combobox", { name: "Status", exact: true })).toBeVisible();
  }

  async setStatus(label: string) {
    await this.root.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label });
  }

  async assignToMe() {
    await this.root.getByRole("button", { name: "Assign to me" }).click();
  }

  async saveClaim(claim: { party: string; reference: string; amount: string; currency: string }) {
    await this.root.getByRole("combobox", { name: "Against" }).selectOption({ label: claim.party });
    await this.root.getByLabel("Claim reference").fill(claim.reference);
    await this.root.getByLabel("Amount").fill(claim.amount);
    await this.root.getByLabel("Currency").fill(claim.currency);
    await this.root.getByRole("button", { name: "Save claim" }).click();
  }

  async addNote(text: string) {
    await this.note().fill(text);
    await this.root.getByRole("button", { name: "Add note" }).click();
  }
}
