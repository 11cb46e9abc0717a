import { z } from "zod";
import { RISK_FACTORS, SEXES } from "@/lib/domain/codes";
import { day, id, instant } from "./common";

export const Patient = z.strictObject({
  id,
  version: z.number().int(),
  mrn: z.string(),
  familyName: z.string(),
  givenName: z.string(),
  birthDate: day,
  sex: z.enum(SEXES),
  heightCm: z.number(),
  weightKg: z.number(),
  /** Body surface area, m2, from height and weight (docs/clinical-rules.md, "Dose arithmetic"). */
  bsa: z.number(),
  diagnosis: z.string().nullable(),
  riskFactors: z.array(z.enum(RISK_FACTORS)),
  createdAt: instant,
  updatedAt: instant,
});

export const PatientResponse = z.strictObject({ patient: Patient });
export const PatientList = z.strictObject({ patients: z.array(Patient) });
