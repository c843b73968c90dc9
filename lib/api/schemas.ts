import { z } from "zod";
import { AppError } from "@/lib/api/errors";
import { SHIPMENT_ID_PATTERN } from "@/lib/photos/shipment-key";

// Input rules at the edge: nothing that fails these ever reaches Sitoo.

export const shipmentIdSchema = z
  .string()
  .regex(SHIPMENT_ID_PATTERN, "A shipment ID is 1–64 letters, digits, dashes, underscores or dots.");

export const fileIdSchema = z.uuid("A file ID is a UUID.");

/** Opaque: passed through as given, but only 1–1024 printable ASCII characters. */
export const cursorSchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,1024}$/, "The cursor is not one this dashboard handed out.")
  .nullable();

/** Parses one input value; a failure is a 400 INVALID_REQUEST naming the input. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("INVALID_REQUEST", `Invalid ${name}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}
