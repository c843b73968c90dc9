// The scorecards' query string checked: `by`, `from`, `to` (arrival days). Shared; kept apart from
// model.ts so the page's browser code does not carry the validator.
import { z } from "zod";
import { dayOf, isCalendarDay } from "@/lib/api/day";
import { SCORECARD_BY, type ScorecardBy } from "./model";

const MAX_RANGE_DAYS = 3 * 366;

/** `by`, `from`, `to` from a query string: default the last 90 days; `from` ≤ `to`; at most 3 years. */
export const scorecardQuerySchema = z
  .object({
    by: z.enum(SCORECARD_BY, `by is one of ${SCORECARD_BY.join(", ")}.`).nullable(),
    from: z.string().refine(isCalendarDay, "from is a day, YYYY-MM-DD.").nullable(),
    to: z.string().refine(isCalendarDay, "to is a day, YYYY-MM-DD.").nullable(),
  })
  .transform((q, ctx) => {
    const to = q.to ?? dayOf(Date.now());
    const from = q.from ?? dayOf(Date.parse(`${to}T00:00:00Z`) - 89 * 86_400_000);
    if (from > to) ctx.addIssue({ code: "custom", message: "from is after to." });
    else if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_RANGE_DAYS)
      ctx.addIssue({ code: "custom", message: "A range is at most 3 years." });
    return { by: q.by ?? ("supplier" as ScorecardBy), from, to };
  });
