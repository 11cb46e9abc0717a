import * as z from "zod/mini";
import { ROLES } from "@/lib/domain/codes";
import { isoDay, name, version } from "./common";

/** At least 15 characters, no composition rules (NIST SP 800-63B-4, single factor). */
export const password = z
  .string()
  .check(z.minLength(15, "At least 15 characters."), z.maxLength(256, "At most 256 characters."));
const username = z
  .string()
  .check(z.regex(/^[a-z0-9._-]{2,64}$/i, "2 to 64 letters, digits, dots, hyphens or underscores."));

export const SignInInput = z.strictObject({
  username: z.string().check(z.minLength(1, "Enter your username."), z.maxLength(64)),
  password: z.string().check(z.minLength(1, "Enter your password."), z.maxLength(1024)),
});

export const UserInput = z.strictObject({
  username,
  displayName: name,
  role: z.enum(ROLES),
  password,
  /** The home site; left out, the install's first site (docs/sites.md). */
  siteId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type UserInput = z.infer<typeof UserInput>;

export const UserPatch = z.strictObject({
  version,
  displayName: z.optional(name),
  role: z.optional(z.enum(ROLES)),
  disabled: z.optional(z.boolean()),
  password: z.optional(password),
  siteId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type UserPatch = z.infer<typeof UserPatch>;

export const AuditQuery = z.strictObject({
  userId: z.optional(z.string().check(z.maxLength(64))),
  patientId: z.optional(z.string().check(z.maxLength(64))),
  /** A patient's MRN, or part of a name. */
  patient: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  /** An action code, or the start of one ("plan.sign" for every signature). */
  action: z.optional(
    z.string().check(z.maxLength(64), z.regex(/^[a-z+-]+(\.[a-z+-]+)*$/, "An action code such as assessment.create.")),
  ),
  // A day that exists: "0000-00-00" passed a bare pattern and crashed the date arithmetic (500).
  from: z.optional(isoDay),
  to: z.optional(isoDay),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(1000)), 200),
  offset: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0),
});
