import * as z from "zod/mini";
import { ALERT_KINDS, ALERT_STATUSES, SEVERITIES } from "@/lib/domain/codes";
import { WORKLIST_FILTERS } from "@/lib/domain/worklist";
import { isoDay } from "./common";
import { siteParam } from "./site";

const status = z.enum([...ALERT_STATUSES, "all"]);

export const PatientAlertQuery = z.strictObject({ status: z._default(status, "open") });

export const AlertListQuery = z.strictObject({
  status: z._default(status, "open"),
  severity: z.optional(z.enum(SEVERITIES)),
  kind: z.optional(z.enum(ALERT_KINDS)),
  /** `all`, or a site's code; left out, the user's home site (docs/sites.md). */
  site: siteParam,
});

/** A day's worklist, one of its views, and a search on the patient's name or MRN. */
export const WorklistQuery = z.strictObject({
  date: z.optional(isoDay),
  filter: z._default(z.enum(WORKLIST_FILTERS), "all"),
  q: z.optional(z.string().check(z.trim(), z.maxLength(200, "Search with at most 200 characters."))),
  /** `all`, or a site's code; left out, the user's home site (docs/sites.md). */
  site: siteParam,
});
export type WorklistQuery = z.infer<typeof WorklistQuery>;

/** A period of days, `from` to `to` inclusive; either left out takes the page's default. */
export const PeriodQuery = z
  .strictObject({ from: z.optional(isoDay), to: z.optional(isoDay) })
  .check(z.refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "Ends before it starts." }));
