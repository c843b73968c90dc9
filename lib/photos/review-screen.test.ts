import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ReviewFacts, reviewScreen, showsOverview } from "./review-screen";

const facts = (f: Partial<ReviewFacts>): ReviewFacts => ({
  loading: false,
  photos: 0,
  complete: false,
  failed: false,
  stoppedPartWay: false,
  ...f,
});

describe("reviewScreen", () => {
  it.each([
    [{ loading: true }, "loading"],
    [{ loading: true, failed: true, photos: 3 }, "loading"],
    [{ failed: true }, "failed"],
    [{ failed: true, complete: true }, "failed"],
    [{ complete: true }, "empty"],
    [{ photos: 0 }, "arriving"],
    [{ photos: 100 }, "arriving"],
    [{ photos: 100, failed: true, stoppedPartWay: true }, "partial"],
    [{ photos: 16, complete: true }, "ready"],
    // A refresh of the URLs failed: the photos stay, the page says so in a line above them.
    [{ photos: 16, complete: true, failed: true }, "ready"],
  ] as const)("%o → %s", (f, screen) => {
    expect(reviewScreen(facts(f))).toBe(screen);
  });

  it("names exactly one screen for any facts, and shows photos whenever there are some and it is not loading", () => {
    fc.assert(
      fc.property(
        fc.record({
          loading: fc.boolean(),
          photos: fc.nat(5000),
          complete: fc.boolean(),
          failed: fc.boolean(),
          stoppedPartWay: fc.boolean(),
        }),
        (f) => {
          const screen = reviewScreen(f);
          if (!f.loading && f.photos > 0) expect(["arriving", "partial", "ready"]).toContain(screen);
          expect(showsOverview(screen)).toBe(!f.loading && !(f.photos === 0 && f.failed));
        },
      ),
    );
  });
});
