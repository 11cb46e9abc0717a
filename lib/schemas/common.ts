import { isValid, parseISO } from "date-fns";
import { z } from "zod";
import { formatDay, today } from "@/lib/dates";

// In the browser the CSP forbids eval, so zod's compiled parsers can never run there; without
// this its probe (`new Function("")`) reports a CSP violation on every page that loads a form.
// Set before any schema is built: every schema module imports this one first.
if (typeof window !== "undefined") z.config({ jitless: true });

/** Free-text fields hold at most 10,000 characters (docs/api.md). */
export const MAX_TEXT = 10_000;

export const freeText = z.string().max(MAX_TEXT, "At most 10,000 characters.");
export const requiredText = freeText.trim().min(1, "Required.");
export const reason = z.string().trim().min(1, "Give a reason.").max(MAX_TEXT, "At most 10,000 characters.");

/** A calendar day, YYYY-MM-DD, that exists. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD.")
  .refine((s) => isValid(parseISO(s)), "This date does not exist.");

/** A day no later than the clinic's today: exams and doses are not recorded ahead (docs/api.md, "Version 1.1"). */
export const dayNotAfterToday = isoDay.refine((s) => s <= today(), {
  error: () => `Not after today, ${formatDay(today())}.`,
});

export const instant = z.iso.datetime({ offset: true, error: "Use an ISO 8601 instant with an offset." });

export const version = z.number({ error: "Send the version you read." }).int().min(1);

export const EnteredInErrorInput = z.strictObject({ reason });
export type EnteredInErrorInput = z.infer<typeof EnteredInErrorInput>;
