import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { User } from "@/db/schema";
import type { Role } from "@/lib/domain/codes";
import { auditPatientRead } from "@/db/patient-reads";
import { sessionCookieName, sessionTag, userForToken } from "./session";

/** The home page of each role. */
export function homeOf(role: Role): string {
  return role === "admin" ? "/admin/users" : "/worklist";
}

/**
 * Every page calls this first: no live session lands on sign-in, a role that may not see the
 * page lands on its own home. Authorization lives here, not in the proxy alone.
 */
export async function requirePageUser(roles?: readonly Role[]): Promise<User> {
  const [store, requestHeaders] = await Promise.all([cookies(), headers()]);
  const user = await userForToken(store.get(sessionCookieName(requestHeaders))?.value);
  if (!user) redirect("/sign-in");
  if (roles && !roles.includes(user.role)) redirect(homeOf(user.role));
  return user;
}

/**
 * A page of one patient's record: requirePageUser for the clinical roles, and who looked at whom
 * is audited once per session and patient (db/patient-reads.ts).
 */
export async function requirePatientReader(patientId: string): Promise<User> {
  const user = await requirePageUser(CLINICAL_ROLES);
  const [store, requestHeaders] = await Promise.all([cookies(), headers()]);
  const token = store.get(sessionCookieName(requestHeaders))?.value;
  if (token) auditPatientRead(user.id, sessionTag(token), patientId);
  return user;
}

export const CLINICAL_ROLES = ["nurse", "oncologist", "pharmacist"] as const satisfies readonly Role[];
