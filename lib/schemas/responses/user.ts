import { z } from "zod";
import { ROLES } from "@/lib/domain/codes";
import { id, instant } from "./common";

/** A user as the API shows one: never the password hash. */
export const PublicUser = z.strictObject({
  id,
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** The home site (docs/sites.md). */
  siteId: id,
  disabled: z.boolean(),
  version: z.number().int(),
});

export const UserResponse = z.strictObject({ user: PublicUser });
export const UserList = z.strictObject({ users: z.array(PublicUser) });

/** One audit row with the names a reader needs; `withheld` lists values not shown. */
export const AuditEntry = z.strictObject({
  id: z.number().int(),
  at: instant,
  userId: id.nullable(),
  username: z.string().nullable(),
  userName: z.string().nullable(),
  patientId: id.nullable(),
  patientName: z.string().nullable(),
  mrn: z.string().nullable(),
  subjectName: z.string().nullable(),
  cycleNumber: z.number().int().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  withheld: z.array(z.string()),
});
export const AuditList = z.strictObject({ entries: z.array(AuditEntry) });
