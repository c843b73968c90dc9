// Input rules for evidence links at the edge (DESIGN.md, "Evidence links"): nothing that fails
// these reaches the database. Shared and pure.
import { z } from "zod";
import { CLAIM_PARTIES } from "@/lib/decisions/model";
import { DEFAULT_EXPIRY_DAYS, LINK_LANGUAGES, LINK_STATUSES, MAX_EXPIRY_DAYS } from "@/lib/links/model";
import { shipmentIdSchema } from "./schemas";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
const NO_CONTROL = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;
const scopePart = (name: string) =>
  z
    .string(`${name} is text.`)
    .min(1, `${name} cannot be empty.`)
    .max(256, `${name} is at most 256 characters.`)
    .regex(NO_CONTROL, `${name} must not hold control characters or line breaks.`)
    .optional();

export const linkScopeSchema = z.strictObject(
  { sku: scopePart("scope.sku"), reason: scopePart("scope.reason"), discrepancy: scopePart("scope.discrepancy") },
  "scope has only sku, reason and discrepancy.",
);

/** The body of POST /api/shipments/{shipmentId}/links (`send`: the claim e-mail, checked apart). */
export const linkCreateSchema = z.strictObject(
  {
    party: z.enum(CLAIM_PARTIES, "party is supplier, carrier or insurer."),
    recipient: z
      .string("recipient is a name or an e-mail address.")
      .trim()
      .min(1, "recipient cannot be empty.")
      .max(200, "recipient is at most 200 characters.")
      .regex(NO_CONTROL, "recipient must not hold control characters or line breaks."),
    scope: linkScopeSchema
      .optional()
      .transform((s) => Object.fromEntries(Object.entries(s ?? {}).filter(([, v]) => v !== undefined))),
    expires_in_days: z
      .number("expires_in_days is a whole number of days.")
      .int("expires_in_days is a whole number of days.")
      .min(1, "A link lasts at least 1 day.")
      .max(MAX_EXPIRY_DAYS, `A link lasts at most ${MAX_EXPIRY_DAYS} days.`)
      .default(DEFAULT_EXPIRY_DAYS),
    language: z.enum(LINK_LANGUAGES, 'language is "en" or "sv".').optional(),
    send: z.unknown().optional(),
  },
  "A link has party, recipient, scope, expires_in_days, language and send; nothing else.",
);
export type LinkCreate = z.infer<typeof linkCreateSchema>;

/** GET /api/links: `status`, `shipment`, `cursor`. */
export const linkListQuerySchema = z.object({
  status: z.enum(LINK_STATUSES, 'status is "active", "expired" or "revoked".').nullable(),
  shipment: shipmentIdSchema.nullable(),
  cursor: z.string().max(200).nullable(),
});

export const linkIdSchema = z.uuid("A link ID is a UUID.");
