import { z } from "zod";
import { isCalendarDay } from "@/lib/api/day";
import { AppError } from "@/lib/api/errors";
import { CLAIM_PARTIES, DECISION_STATUSES } from "@/lib/decisions/model";
import { SHIPMENT_ID_PATTERN } from "@/lib/photos/shipment-key";

// Input rules at the edge: nothing that fails these ever reaches Sitoo.

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
const CONTROL_FREE = /^[^\u0000-\u001f\u007f]*$/;

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

const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

export const claimSchema = z
  .object({
    party: z.enum(CLAIM_PARTIES, "The claim party is supplier, carrier or insurer."),
    reference: z
      .string()
      .trim()
      .max(100, "A claim reference is at most 100 characters.")
      .nullable()
      .default(null)
      .transform((v) => v || null),
    amount: z
      .number()
      .int("An amount is a whole number of minor units (öre, cents).")
      .min(0, "An amount cannot be negative.")
      .max(1e13, "That amount is too large.")
      .nullable()
      .default(null),
    currency: z
      .string()
      .refine((c) => CURRENCIES.has(c), "A currency is an ISO 4217 code such as SEK or EUR.")
      .nullable()
      .default(null),
  })
  .refine((c) => c.amount === null || c.currency !== null, "An amount needs a currency.");

/** Today in UTC as YYYY-MM-DD (a recovery may not be dated after it; a day's grace for time zones east). */
const latestRecoveryDay = () => new Date(Date.now() + 14 * 3600_000).toISOString().slice(0, 10);

export const recoverySchema = z.strictObject(
  {
    amount: z
      .number("A recovered amount is a whole number of minor units (öre, cents).")
      .int("A recovered amount is a whole number of minor units (öre, cents).")
      .min(0, "A recovered amount cannot be negative.")
      .max(1e13, "That amount is too large."),
    currency: z.string().refine((c) => CURRENCIES.has(c), "A currency is an ISO 4217 code such as SEK or EUR."),
    reference: z
      .string()
      .trim()
      .max(100, "A credit note or payment reference is at most 100 characters.")
      .regex(CONTROL_FREE, "A reference is one line of text.")
      .nullable()
      .default(null)
      .transform((v) => v || null),
    at: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "The day it came is YYYY-MM-DD.")
      .refine(isCalendarDay, "That is not a day of the calendar.")
      .refine((d) => d <= latestRecoveryDay(), "The day it came cannot be in the future."),
  },
  "A recovery has amount, currency, reference and at; nothing else.",
);

/** The body of PATCH /api/shipments/{shipmentId}/decisions (the shipment is checked by the route). */
export const decisionPatchSchema = z
  .object({
    entity_id: z.string().min(1, "entity_id is required.").max(512, "entity_id is at most 512 characters."),
    version: z.number().int().min(0, "version is the decision's current version."),
    status: z.enum(DECISION_STATUSES, `status is one of ${DECISION_STATUSES.join(", ")}.`).optional(),
    assignee: z.string().min(1).max(128).nullable().optional(),
    claim: claimSchema.nullable().optional(),
    recovery: recoverySchema.nullable().optional(),
    note: z
      .string()
      .trim()
      .min(1, "A note cannot be empty.")
      .max(4000, "A note is at most 4,000 characters.")
      .optional(),
  })
  .refine(
    (b) =>
      b.status !== undefined ||
      b.assignee !== undefined ||
      b.claim !== undefined ||
      b.recovery !== undefined ||
      b.note !== undefined,
    "Name at least one of status, assignee, claim, recovery or note.",
  );
export type DecisionPatch = z.infer<typeof decisionPatchSchema>;

/** A name from Sitoo as a filter: any text but control characters. */
const filterText = z.string().max(256).regex(CONTROL_FREE, "must not hold control characters").nullable();

/** The worklist's filters, as the query string carries them. */
export const worklistQuerySchema = z.object({
  status: z
    .string()
    .max(200)
    .nullable()
    .transform((v, ctx) => {
      if (!v) return [] as (typeof DECISION_STATUSES)[number][];
      if (v === "all") return [...DECISION_STATUSES];
      const list = v.split(",");
      for (const s of list)
        if (!(DECISION_STATUSES as readonly string[]).includes(s)) {
          ctx.addIssue({ code: "custom", message: `status is "all" or a list of ${DECISION_STATUSES.join(", ")}.` });
          return z.NEVER;
        }
      return list as (typeof DECISION_STATUSES)[number][];
    }),
  assignee: z
    .string()
    .min(1)
    .max(128)
    .nullable()
    .transform((v) => v ?? "anyone"),
  reason: z.string().min(1).max(100).nullable(),
  shipment: shipmentIdSchema.nullable(),
  sort: z
    .enum(["first_seen", "deadline"], { message: 'sort is "first_seen" or "deadline".' })
    .nullable()
    .transform((v) => v ?? "first_seen"),
  cursor: z.string().max(1024).nullable(),
  /** A scorecard row's group: supplier, carrier or store name, SKU, or arrival month (YYYY-MM). */
  supplier: filterText,
  carrier: filterText,
  store: filterText,
  sku: filterText,
  arrived: z
    .string()
    .regex(/^\d{4}-\d{2}$/, "arrived is a month, YYYY-MM.")
    .nullable(),
});

/** Reads the worklist filters from a URL; a bad value is a 400 naming it. */
export function parseWorklistQuery(url: URL) {
  const q = url.searchParams;
  return parseInput(
    worklistQuerySchema,
    {
      status: q.get("status"),
      assignee: q.get("assignee"),
      reason: q.get("reason"),
      shipment: q.get("shipment"),
      sort: q.get("sort"),
      cursor: q.get("cursor"),
      supplier: q.get("supplier"),
      carrier: q.get("carrier"),
      store: q.get("store"),
      sku: q.get("sku"),
      arrived: q.get("arrived"),
    },
    "worklist filter",
  );
}

// A filter value as the review page's view allows it (lib/photos/view.ts): compared, never sent upstream.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;
const filterValue = z.string().min(1).max(256).regex(NO_CONTROL, "must not hold control characters").nullable();

/** The evidence pack's, report's and manifest's scope: the review page's filters. */
export const evidenceQuerySchema = z.object({
  sku: filterValue,
  reason: filterValue,
  discrepancy: filterValue,
  status: filterValue,
});

export function parseEvidenceQuery(url: URL) {
  const q = url.searchParams;
  const parsed = parseInput(
    evidenceQuerySchema,
    { sku: q.get("sku"), reason: q.get("reason"), discrepancy: q.get("discrepancy"), status: q.get("status") },
    "evidence filter",
  );
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== null)) as {
    sku?: string;
    reason?: string;
    discrepancy?: string;
    status?: string;
  };
}

/** A person's name as a path segment: a password username or `oidc:<sub>`. */
export const personNameSchema = z
  .string()
  .min(1, "A user name is required.")
  .max(300, "A user name is at most 300 characters.");

/** PATCH /api/users/{name}: exactly `{ blocked: boolean }`. */
export const personPatchSchema = z.strictObject(
  { blocked: z.boolean("blocked is true or false.") },
  "The body is { blocked: true | false }, nothing else.",
);
