import { z } from "zod";
import { RISK_FACTORS, SEXES } from "@/lib/domain/codes";
import { freeText, isoDay, version } from "./common";

const name = z.string().trim().min(1, "Required.").max(200, "At most 200 characters.");

export const PatientFields = z.strictObject({
  mrn: z.string().regex(/^[A-Za-z0-9-]{1,32}$/, "1 to 32 letters, digits or hyphens."),
  familyName: name,
  givenName: name,
  birthDate: isoDay.refine(
    (d) => d >= "1900-01-01" && d <= new Date().toISOString().slice(0, 10),
    "Not a plausible birth date.",
  ),
  sex: z.enum(SEXES),
  heightCm: z.number().min(40, "At least 40 cm.").max(250, "At most 250 cm."),
  weightKg: z.number().min(2, "At least 2 kg.").max(400, "At most 400 kg."),
  diagnosis: freeText.nullish(),
  riskFactors: z
    .array(z.enum(RISK_FACTORS))
    .refine((a) => new Set(a).size === a.length, "List each risk factor once.")
    .optional(),
});

export const PatientInput = PatientFields;
export type PatientInput = z.infer<typeof PatientInput>;

export const PatientPatch = PatientFields.partial().extend({ version });
export type PatientPatch = z.infer<typeof PatientPatch>;

export const PatientQuery = z.strictObject({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
