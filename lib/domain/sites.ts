// Sites: the infusion centres of a network (docs/sites.md). A course is given at one site and its
// cycles with it; a user works at one home site. Pure rules only: which list a user sees by
// default, and when opening a patient needs a reason ("break the glass").

/** The site every install starts with, and that existing courses and users belong to. */
export const DEFAULT_SITE_ID = "default";

/** A site's short code, as it appears in a URL (`?site=NORTH`): 1-16 capitals, digits or hyphens. */
export const SITE_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,15}$/;

/**
 * A site as every list of sites names it, its code beside its name ("Main infusion centre (MAIN)"):
 * the code is unique and fixed, so two centres whose names read alike are still told apart.
 */
export function siteLabel(site: { name: string; code: string }): string {
  return `${site.name} (${site.code})`;
}

/**
 * What makes two site names the same name: case, and the spaces around and between words, do not
 * count ("Main  Infusion centre " is "Main infusion centre"). Two centres of one name read as one
 * in every list of sites, so the second is refused (docs/sites.md).
 */
export function siteNameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

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
