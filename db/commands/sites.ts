import "server-only";
import { sql } from "drizzle-orm";
import { needsBreakGlass } from "@/lib/domain/sites";
import { audit } from "./audit";
import { write } from "../client";
import { ConflictError, InvalidError } from "../errors";
import { newId, now } from "../ids";
import { requirePatient } from "../reads/patient-row";
import { grantOf, patientSiteIds, toApiSite, type ApiSite } from "../reads/sites";
import { crossSiteAccess, sites } from "../tables";

export async function createSite(actorId: string, input: { code: string; name: string }): Promise<ApiSite> {
  return write(async (tx) => {
    const taken = (
      await tx
        .select({ id: sites.id })
        .from(sites)
        .where(sql`upper(${sites.code}) = upper(${input.code})`)
        .limit(1)
    )[0];
    if (taken) throw new ConflictError(`The site code ${input.code} is taken.`);
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
