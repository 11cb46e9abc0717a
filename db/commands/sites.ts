import "server-only";
import { needsBreakGlass, siteLabel, siteNameKey } from "@/lib/domain/sites";
import { audit } from "./audit";
import { write } from "../client";
import { ConflictError, InvalidError } from "../errors";
import { newId, now } from "../ids";
import { requirePatient } from "../reads/patient-row";
import { grantOf, patientSiteIds, toApiSite, type ApiSite } from "../reads/sites";
import { crossSiteAccess, sites } from "../tables";

/**
 * A new site. Its code is unique in any case, and so is its name, ignoring case and spacing: two
 * centres of one name read as one in every list of sites (docs/sites.md). A network holds a few
 * dozen sites at most, so their names are compared here, by the one rule (siteNameKey), rather
 * than by an index that an install already holding two alike could not build. The write runs
 * alone (SQLite's BEGIN IMMEDIATE, PostgreSQL's SERIALIZABLE), so no other site comes in between.
 */
export async function createSite(actorId: string, input: { code: string; name: string }): Promise<ApiSite> {
  return write(async (tx) => {
    const existing = await tx.select().from(sites);
    const sameCode = existing.find((s) => s.code.toUpperCase() === input.code.toUpperCase());
    if (sameCode)
      throw new ConflictError(`The site code ${input.code} is taken.`, undefined, {
        code: `${siteLabel(sameCode)} has this code.`,
      });
    const sameName = existing.find((s) => siteNameKey(s.name) === siteNameKey(input.name));
    if (sameName)
      throw new ConflictError(`A site is already named ${sameName.name}.`, undefined, {
        name: `${siteLabel(sameName)} has this name: give this centre a name of its own.`,
      });
    const row = (
      await tx.insert(sites).values({ id: newId(), code: input.code, name: input.name, createdAt: now() }).returning()
    )[0]!;
    const created = toApiSite(row);
    await audit(tx, { userId: actorId, action: "site.create", entity: "site", entityId: row.id, after: created });
    return created;
  });
}

/**
 * Break the glass: records why the user opens a patient of another site, with its audit row, and
 * grants that record for the rest of this session. Refused (400) for a patient the user may read
 * anyway, so the audit holds only real crossings; given twice in a session, the first stands.
 */
export async function breakGlass(
  user: { id: string; siteId: string },
  patientId: string,
  sessionTag: string,
  reason: string,
): Promise<{ patientId: string; reason: string; at: string }> {
  return write(async (tx) => {
    await requirePatient(tx, patientId);
    if (!needsBreakGlass(user.siteId, await patientSiteIds(tx, patientId)))
      throw new InvalidError({
        reason: "This patient is treated at your site: no reason is needed to open the record.",
      });
    const existing = await grantOf(tx, user, patientId, sessionTag);
    if (existing) return { patientId, ...existing };
    const row = (
      await tx
        .insert(crossSiteAccess)
        .values({ id: newId(), userId: user.id, patientId, sessionTag, siteId: user.siteId, reason, at: now() })
        .returning()
    )[0]!;
    await audit(tx, {
      userId: user.id,
      action: "patient.break-glass",
      entity: "patient",
      entityId: patientId,
      patientId,
      after: { accessReason: reason, fromSiteId: user.siteId, session: sessionTag },
    });
    return { patientId, reason: row.reason, at: row.at };
  });
}
