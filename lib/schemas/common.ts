import { isValid, parseISO } from "date-fns";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { formatDay, today } from "@/lib/dates";
import { MAX_NAME, MAX_TEXT } from "./limits";

// zod/mini, not zod: these schemas run in the browser too (every form checks its body with the
// API's own schema), and mini is the same validator without classic zod's methods, which cannot
// be tree-shaken: about 20 kB gzip less on every page with a form (docs/benchmarks.md, "Route
// budgets"). Classic zod loads its English messages itself; mini must be told, so that a field
// without a message of ours reads the same as before, in the form and in the API's `fields`.
// In the browser the CSP forbids eval, so zod's compiled parsers can never run there; without
// jitless its probe (`new Function("")`) reports a CSP violation on every page that loads a form.
// Set before any schema is built: every schema module imports this one first.
z.config(typeof window === "undefined" ? en() : { ...en(), jitless: true });

export { MAX_TEXT };

export const freeText = z.string().check(z.maxLength(MAX_TEXT, "At most 10,000 characters."));
export const requiredText = freeText.check(z.trim(), z.minLength(1, "Required."));
/** A name, given: a patient's family or given name, a user's, a course's, a site's. */
export const name = z
  .string()
  .check(z.trim(), z.minLength(1, "Required."), z.maxLength(MAX_NAME, "At most 200 characters."));
export const reason = z
  .string()
  .check(z.trim(), z.minLength(1, "Give a reason."), z.maxLength(MAX_TEXT, "At most 10,000 characters."));

/** A calendar day, YYYY-MM-DD, that exists. */
export const isoDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD."),
  z.refine((s) => isValid(parseISO(s)), "This date does not exist."),
);

/** A day no later than the clinic's today: exams and doses are not recorded ahead (docs/api.md, "Version 1.1"). */
export const dayNotAfterToday = isoDay.check(
  z.refine((s) => s <= today(), { error: () => `Not after today, ${formatDay(today())}.` }),
);

export const instant = z.iso.datetime({ offset: true, error: "Use an ISO 8601 instant with an offset." });

export const version = z.number({ error: "Send the version you read." }).check(z.int(), z.minimum(1));

/**
 * How many records of a kind the screen a new one was typed on showed (a cycle's doses of an agent,
 * its exams): the write is refused (409) when the store holds another number, as another screen
 * added one meanwhile (docs/api.md, "Version 1.1"). Left out, nothing is compared.
 */
export const seenCount = z.optional(z.number().check(z.int("A whole number."), z.minimum(0), z.maximum(10_000)));

export const EnteredInErrorInput = z.strictObject({ reason });
export type EnteredInErrorInput = z.infer<typeof EnteredInErrorInput>;
