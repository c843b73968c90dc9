import { expect, type Page } from "@playwright/test";

/** The photo viewer (a modal dialog over the review): its image, zoom, details and controls. */
export class ViewerPage {
  readonly root;
  /** The area the photo sits in, that takes the wheel, drags and swipes. */
  readonly area;
  readonly image;
  readonly zoomLevel;
  readonly details;
  /** What it says in place of a photo that failed or is not ready. */
  readonly noImage;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("viewer");
    this.area = this.root.getByTestId("viewer-image-area");
    this.image = this.area.getByRole("img");
    this.zoomLevel = this.root.getByTestId("zoom-level");
    this.details = this.root.getByTestId("metadata");
    this.noImage = this.root.getByTestId("viewer-no-image");
  }

  button = (name: string) => this.root.getByRole("button", { name });
  /** "Photo 2 of 5". */
  position = (index: number, total: number) => this.root.getByText(`Photo ${index} of ${total}`);

  /** Waits until the photo has decoded an image. */
  async waitForImage() {
    await expect(this.root).toBeVisible();
    await expect.poll(() => this.image.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
  }
}
