import { z } from "zod";
import { ALERT_KINDS, ALERT_STATUSES, SEVERITIES } from "@/lib/domain/codes";
import { WORKLIST_FILTERS } from "@/lib/domain/worklist";
import { isoDay } from "./common";

const status = z.enum([...ALERT_STATUSES, "all"]);

export const PatientAlertQuery = z.strictObject({ status: status.default("open") });

export const AlertListQuery = z.strictObject({
  status: status.default("open"),
  severity: z.enum(SEVERITIES).optional(),
  kind: z.enum(ALERT_KINDS as [string, ...string[]]).optional(),
});

/** A day's worklist, one of its views, and a search on the patient's name or MRN. */
export const WorklistQuery = z.strictObject({
  date: isoDay.optional(),
  filter: z.enum(WORKLIST_FILTERS).default("all"),
  q: z.string().trim().max(200, "Search with at most 200 characters.").optional(),
});
export type WorklistQuery = z.infer<typeof WorklistQuery>;

/** A period of days, `from` to `to` inclusive; either left out takes the page's default. */
export const PeriodQuery = z
  .strictObject({ from: isoDay.optional(), to: isoDay.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "Ends before it starts." });
