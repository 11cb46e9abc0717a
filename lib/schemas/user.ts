import { z } from "zod";
import { ROLES } from "@/lib/domain/codes";
import { isoDay, version } from "./common";

/** At least 15 characters, no composition rules (NIST SP 800-63B-4, single factor). */
export const password = z.string().min(15, "At least 15 characters.").max(256, "At most 256 characters.");
const username = z.string().regex(/^[a-z0-9._-]{2,64}$/i, "2 to 64 letters, digits, dots, hyphens or underscores.");

export const SignInInput = z.strictObject({
  username: z.string().min(1, "Enter your username.").max(64),
  password: z.string().min(1, "Enter your password.").max(1024),
});

export const UserInput = z.strictObject({
  username,
  displayName: z.string().trim().min(1, "Required.").max(200),
  role: z.enum(ROLES),
  password,
});
export type UserInput = z.infer<typeof UserInput>;

export const UserPatch = z.strictObject({
  version,
  displayName: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  disabled: z.boolean().optional(),
  password: password.optional(),
});
export type UserPatch = z.infer<typeof UserPatch>;

export const AuditQuery = z.strictObject({
  userId: z.string().max(64).optional(),
  patientId: z.string().max(64).optional(),
  /** A patient's MRN, or part of a name. */
  patient: z.string().trim().min(1).max(100).optional(),
  /** An action code, or the start of one ("plan.sign" for every signature). */
  action: z
    .string()
    .max(64)
    .regex(/^[a-z+-]+(\.[a-z+-]+)*$/, "An action code such as assessment.create.")
    .optional(),
  // A day that exists: "0000-00-00" passed a bare pattern and crashed the date arithmetic (500).
  from: isoDay.optional(),
  to: isoDay.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
