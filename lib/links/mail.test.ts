import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/errors";
import { MAILS_PER_HOUR, takeMailSlot } from "./mail";

describe("e-mails per person", () => {
  it(`allows ${MAILS_PER_HOUR} an hour to one person, then 429 with Retry-After; others are not held up`, async () => {
    for (let i = 0; i < MAILS_PER_HOUR; i++) await takeMailSlot("busy-reviewer");
    const refused = await takeMailSlot("busy-reviewer").catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("RATE_LIMITED");
    expect((refused as AppError).retryAfterSeconds).toBeGreaterThan(3000);
    await expect(takeMailSlot("someone-else")).resolves.toBeUndefined();
  });
});
