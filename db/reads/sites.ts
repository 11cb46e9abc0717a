import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { needsBreakGlass, siteScope } from "@/lib/domain/sites";
import { readSnapshot, type Tx } from "../client";
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
} from "../tables";
import type { Site } from "../schema";

export function toApiSite(s: Site) {
  return { id: s.id, code: s.code, name: s.name };
}
export type ApiSite = ReturnType<typeof toApiSite>;

/** Every site, by code: the admin's list and the worklist's switch. */
export async function listSites(): Promise<ApiSite[]> {
  return (await readSnapshot((tx) => tx.select().from(sites).orderBy(asc(sites.code)))).map(toApiSite);
}

/** One site is the default install: no site UI and no break-the-glass anywhere (docs/sites.md). */
export async function siteCount(): Promise<number> {
  return readSnapshot((tx) => tx.$count(sites));
}

/** The site a `?site=` code names (any case), or undefined. */
export async function siteByCode(code: string): Promise<ApiSite | undefined> {
  const [row] = await readSnapshot((tx) =>
    tx
      .select()
      .from(sites)
      .where(sql`upper(${sites.code}) = upper(${code})`)
      .limit(1),
  );
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
  if (named) return named;
  const [site] = await readSnapshot((tx) => tx.select().from(sites).where(eq(sites.id, scope.siteId)).limit(1));
  return toApiSite(site!);
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
export async function requireSite(tx: Tx, siteId: string, field: string): Promise<void> {
  if (!(await tx.select({ id: sites.id }).from(sites).where(eq(sites.id, siteId)).limit(1))[0])
    throw new InvalidError({ [field]: "No such site." });
}

/** The sites a patient's courses are given at (none for a patient without a course). */
export async function patientSiteIds(db: Tx, patientId: string): Promise<string[]> {
  return (
    await db.selectDistinct({ siteId: courses.siteId }).from(courses).where(eq(courses.patientId, patientId))
  ).map((r) => r.siteId);
}

/** The patient as the break-the-glass form names them, with the sites treating them. */
export async function patientAtOtherSites(patientId: string) {
  return readSnapshot(async (db) => {
    const patient = (
      await db
        .select({ id: patients.id, mrn: patients.mrn, familyName: patients.familyName, givenName: patients.givenName })
        .from(patients)
        .where(eq(patients.id, patientId))
        .limit(1)
    )[0];
    if (!patient) return null;
    const ids = await patientSiteIds(db, patientId);
    const treatedAt = ids.length
      ? await db.select().from(sites).where(inArray(sites.id, ids)).orderBy(asc(sites.code))
      : [];
    return { patient, sites: treatedAt.map(toApiSite) };
  });
}

export async function grantOf(db: Tx, user: { id: string }, patientId: string, sessionTag: string) {
  return (
    await db
      .select({ reason: crossSiteAccess.reason, at: crossSiteAccess.at })
      .from(crossSiteAccess)
      .where(
        and(
          eq(crossSiteAccess.userId, user.id),
          eq(crossSiteAccess.patientId, patientId),
          eq(crossSiteAccess.sessionTag, sessionTag),
        ),
      )
      .limit(1)
  )[0];
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
  const [row] = await readSnapshot((tx) =>
    tx.select({ patientId: table.patientId }).from(table).where(eq(table.id, id)).limit(1),
  );
  return row?.patientId;
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
  return readSnapshot(async (tx): Promise<PatientSiteAccess> => {
    if (!needsBreakGlass(user.siteId, await patientSiteIds(tx, patientId))) return { kind: "home" };
    const grant = await grantOf(tx, user, patientId, sessionTag);
    return grant ? { kind: "granted", ...grant } : { kind: "needs-reason" };
  });
}
