import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { User } from "@/db/schema";
import { auditPatientRead } from "@/db/commands/patient-read-audit";
import { homeOf, mayOpen, type PagePath } from "@/lib/access/pages";
import { sessionCookieName, sessionTag, userForToken } from "./session";

/**
 * Every page calls this first with its own path in the page table (lib/access/pages.ts): no live
 * session lands on sign-in, a role the table does not list lands on its own home. Without a page
 * (the clinic layout), any signed-in user. Authorization lives here, not in the proxy alone.
 */
export async function requirePageUser(page?: PagePath): Promise<User> {
  const [store, requestHeaders] = await Promise.all([cookies(), headers()]);
  const user = await userForToken(store.get(sessionCookieName(requestHeaders))?.value);
  if (!user) redirect("/sign-in");
  if (page && !mayOpen(user.role, page)) redirect(homeOf(user.role));
  return user;
}

/**
 * A page of one patient's record: requirePageUser, and who looked at whom is audited once per
 * session and patient (db/commands/patient-read-audit.ts).
 */
export async function requirePatientReader(page: PagePath, patientId: string): Promise<User> {
  const user = await requirePageUser(page);
  const [store, requestHeaders] = await Promise.all([cookies(), headers()]);
  const token = store.get(sessionCookieName(requestHeaders))?.value;
  if (token) auditPatientRead(user.id, sessionTag(token), patientId);
  return user;
}
