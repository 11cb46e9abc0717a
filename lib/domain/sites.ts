// Sites: the infusion centres of a network (docs/sites.md). A course is given at one site and its
// cycles with it; a user works at one home site. Pure rules only: which list a user sees by
// default, and when opening a patient needs a reason ("break the glass").

/** The site every install starts with, and that existing courses and users belong to. */
export const DEFAULT_SITE_ID = "default";

/** A site's short code, as it appears in a URL (`?site=NORTH`): 1-16 capitals, digits or hyphens. */
export const SITE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,15}$/;

/** The worklist's and the alerts page's choice of site: the user's own, one named site, or every site. */
export type SiteScope = { kind: "all" } | { kind: "site"; siteId: string };

/**
 * The scope a list shows: every site when asked for `all`, the site asked for by its id, else the
 * user's home site. A single-site install has nothing to choose, so it always shows everything.
 */
export function siteScope(
  homeSiteId: string,
  asked: "all" | { siteId: string } | undefined,
  siteCount: number,
): SiteScope {
  if (siteCount <= 1 || asked === "all") return { kind: "all" };
  return { kind: "site", siteId: asked?.siteId ?? homeSiteId };
}

/**
 * Whether opening a patient's record needs a reason: the patient is treated somewhere (has a
 * course) and nowhere at the user's home site. A patient without a course yet (just registered)
 * is open to every site, since no centre has them in its care; with one site, never.
 */
export function needsBreakGlass(homeSiteId: string, patientSiteIds: readonly string[]): boolean {
  return patientSiteIds.length > 0 && !patientSiteIds.includes(homeSiteId);
}
