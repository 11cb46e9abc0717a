import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { needsBreakGlass, siteScope } from "@/lib/domain/sites";
import { getDb, type Db, type Tx } from "../client";
import { InvalidError } from "../errors";
import {
  alerts,
  assessments,
  courses,
  crossSiteAccess,
  cycles,
  doses,
  interventions,
  patients,
  planVersions,
  sites,
  type Site,
} from "../schema";

export function toApiSite(s: Site) {
  return { id: s.id, code: s.code, name: s.name };
}
export type ApiSite = ReturnType<typeof toApiSite>;

/** Every site, by code: the admin's list and the worklist's switch. */
export async function listSites(): Promise<ApiSite[]> {
  return getDb().select().from(sites).orderBy(asc(sites.code)).all().map(toApiSite);
}

/** One site is the default install: no site UI and no break-the-glass anywhere (docs/sites.md). */
export async function siteCount(): Promise<number> {
  return getDb().$count(sites);
}

/** The site a `?site=` code names (any case), or undefined. */
export async function siteByCode(code: string): Promise<ApiSite | undefined> {
  const row = getDb()
    .select()
    .from(sites)
    .where(sql`upper(${sites.code}) = upper(${code})`)
    .get();
  return row && toApiSite(row);
}

/**
 * The site a list shows (the worklist, the alerts), from its `?site=`: left out, the user's home
 * site; `all`, every site (null); a code, that site. With one site, every site whatever is asked.
 * An unknown code is 400 on `site`.
 */
export async function siteShown(homeSiteId: string, asked: string | undefined): Promise<ApiSite | null> {
  const count = await siteCount();
  let named: ApiSite | undefined;
  if (asked !== undefined && asked !== "all" && count > 1) {
    named = await siteByCode(asked);
    if (!named) throw new InvalidError({ site: `No site has the code ${asked}.` });
  }
  const scope = siteScope(homeSiteId, asked === "all" ? "all" : named && { siteId: named.id }, count);
  if (scope.kind === "all") return null;
  return named ?? toApiSite(getDb().select().from(sites).where(eq(sites.id, scope.siteId)).get()!);
}

/** As siteShown, but a code that names no site (a hand-edited address) shows the home site. */
export async function siteShownOrHome(homeSiteId: string, asked: string | undefined): Promise<ApiSite | null> {
  try {
    return await siteShown(homeSiteId, asked);
  } catch (error) {
    if (error instanceof InvalidError) return siteShown(homeSiteId, undefined);
    throw error;
  }
}

/** A site named in a write must exist: 400 on the field, never a foreign-key failure. */
export function requireSite(tx: Db | Tx, siteId: string, field: string): void {
  if (!tx.select({ id: sites.id }).from(sites).where(eq(sites.id, siteId)).get())
    throw new InvalidError({ [field]: "No such site." });
}

/** The sites a patient's courses are given at (none for a patient without a course). */
export function patientSiteIds(db: Db | Tx, patientId: string): string[] {
  return db
    .selectDistinct({ siteId: courses.siteId })
    .from(courses)
    .where(eq(courses.patientId, patientId))
    .all()
    .map((r) => r.siteId);
}

/** The patient as the break-the-glass form names them, with the sites treating them. */
export async function patientAtOtherSites(patientId: string) {
  const db = getDb();
  const patient = db
    .select({ id: patients.id, mrn: patients.mrn, familyName: patients.familyName, givenName: patients.givenName })
    .from(patients)
    .where(eq(patients.id, patientId))
    .get();
  if (!patient) return null;
  const ids = patientSiteIds(db, patientId);
  const treatedAt = ids.length
    ? db.select().from(sites).where(inArray(sites.id, ids)).orderBy(asc(sites.code)).all()
    : [];
  return { patient, sites: treatedAt.map(toApiSite) };
}

export function grantOf(db: Db | Tx, user: { id: string }, patientId: string, sessionTag: string) {
  return db
    .select({ reason: crossSiteAccess.reason, at: crossSiteAccess.at })
    .from(crossSiteAccess)
    .where(
      and(
        eq(crossSiteAccess.userId, user.id),
        eq(crossSiteAccess.patientId, patientId),
        eq(crossSiteAccess.sessionTag, sessionTag),
      ),
    )
    .get();
}

/** The records an endpoint names by their own id, by the start of its path; each belongs to one patient. */
const RECORDS = [
  ["/api/cycles/", cycles],
  ["/api/doses/", doses],
  ["/api/assessments/", assessments],
  ["/api/plans/", planVersions],
  ["/api/alerts/", alerts],
  ["/api/interventions/", interventions],
] as const;

/**
 * The patient whose record an endpoint's `{id}` names: the patient itself under /api/patients, the
 * record's patient under /api/cycles, /api/doses and the others; undefined for any other endpoint
 * or an unknown record (which then answers 404 as before).
 */
export async function patientOfEndpoint(path: string, id: string): Promise<string | undefined> {
  if (path.startsWith("/api/patients/{id}")) return id;
  const table = RECORDS.find(([prefix]) => path.startsWith(prefix))?.[1];
  if (!table) return undefined;
  return getDb().select({ patientId: table.patientId }).from(table).where(eq(table.id, id)).get()?.patientId;
}

export type PatientSiteAccess =
  { kind: "home" } | { kind: "needs-reason" } | { kind: "granted"; reason: string; at: string };

/**
 * Whether a user may read a patient now: freely (a course at the user's home site, no course yet,
 * or one site only), after a reason given in this session, or not before one. An unknown patient
 * is "home": the read itself answers 404.
 */
export async function patientSiteAccess(
  user: { id: string; siteId: string },
  patientId: string,
  sessionTag: string,
): Promise<PatientSiteAccess> {
  const db = getDb();
  if (!needsBreakGlass(user.siteId, patientSiteIds(db, patientId))) return { kind: "home" };
  const grant = grantOf(db, user, patientId, sessionTag);
  return grant ? { kind: "granted", ...grant } : { kind: "needs-reason" };
}
