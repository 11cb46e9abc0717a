import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { User } from "@/db/schema";
import { auditPatientRead } from "@/db/commands/patient-read-audit";
import { patientSiteAccess, type PatientSiteAccess } from "@/db/reads/sites";
import { mayOpen, refusedLanding, type PagePath } from "@/lib/access/pages";
import { sessionCookieName, sessionTag, userForToken } from "./session";

/**
 * Every page calls this first with its own path in the page table (lib/access/pages.ts): no live
 * session lands on sign-in, a role the table does not list lands on its own home, which says why
 * (refusedLanding). Without a page
 * (the clinic layout), any signed-in user. Authorization lives here, not in the proxy alone.
 */
export async function requirePageUser(page?: PagePath): Promise<User> {
  const [store, requestHeaders] = await Promise.all([cookies(), headers()]);
  const user = await userForToken(store.get(sessionCookieName(requestHeaders))?.value);
  if (!user) redirect("/sign-in");
  if (page && !mayOpen(user.role, page)) redirect(refusedLanding(user.role));
  return user;
}

async function currentSessionTag(): Promise<string | null> {
  const [store, requestHeaders] = await Promise.all([cookies(), headers()]);
  const token = store.get(sessionCookieName(requestHeaders))?.value;
  return token ? sessionTag(token) : null;
}

/**
 * The patient page: requirePageUser, and whether the user may read this patient from their site
 * (docs/sites.md). The read is audited once per session and patient
 * (db/commands/patient-read-audit.ts), unless the page is to ask for a reason first, which shows
 * no record.
 */
export async function openPatientPage(patientId: string): Promise<{ user: User; access: PatientSiteAccess }> {
  const user = await requirePageUser("/patients/{id}");
  const tag = await currentSessionTag();
  const access = tag ? await patientSiteAccess(user, patientId, tag) : { kind: "needs-reason" as const };
  if (tag && access.kind !== "needs-reason") await auditPatientRead(user.id, tag, patientId);
  return { user, access };
}

/**
 * A patient of another site, before a reason is given, is opened on the patient page, which asks
 * for it (docs/sites.md): every other page of the record sends the user there.
 */
export async function requirePatientSite(user: User, patientId: string): Promise<void> {
  const tag = await currentSessionTag();
  if (!tag || (await patientSiteAccess(user, patientId, tag)).kind === "needs-reason")
    redirect(`/patients/${encodeURIComponent(patientId)}`);
}

/**
 * A page of one patient's record: requirePageUser, the site's check (requirePatientSite), and who
 * looked at whom is audited once per session and patient (db/commands/patient-read-audit.ts).
 */
export async function requirePatientReader(page: PagePath, patientId: string): Promise<User> {
  const user = await requirePageUser(page);
  await requirePatientSite(user, patientId);
  const tag = await currentSessionTag();
  if (tag) await auditPatientRead(user.id, tag, patientId);
  return user;
}
