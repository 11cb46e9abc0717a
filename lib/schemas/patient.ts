import * as z from "zod/mini";
import { RISK_FACTORS, SEXES } from "@/lib/domain/codes";
import { freeText, isoDay, name, version } from "./common";

export const PatientFields = z.strictObject({
  mrn: z.string().check(z.regex(/^[A-Za-z0-9-]{1,32}$/, "1 to 32 letters, digits or hyphens.")),
  familyName: name,
  givenName: name,
  birthDate: isoDay.check(
    z.refine((d) => d >= "1900-01-01" && d <= new Date().toISOString().slice(0, 10), "Not a plausible birth date."),
  ),
  sex: z.enum(SEXES),
  heightCm: z.number().check(z.minimum(40, "At least 40 cm."), z.maximum(250, "At most 250 cm.")),
  weightKg: z.number().check(z.minimum(2, "At least 2 kg."), z.maximum(400, "At most 400 kg.")),
  diagnosis: z.nullish(freeText),
  riskFactors: z.optional(
    z.array(z.enum(RISK_FACTORS)).check(z.refine((a) => new Set(a).size === a.length, "List each risk factor once.")),
  ),
});

export const PatientInput = PatientFields;
export type PatientInput = z.infer<typeof PatientInput>;

export const PatientPatch = z.extend(z.partial(PatientFields), { version });
export type PatientPatch = z.infer<typeof PatientPatch>;

export const PatientQuery = z.strictObject({
  q: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 100),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
});
