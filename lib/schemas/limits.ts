// Limits the forms show (a textarea's maxLength, its counter) without loading zod: a page that
// only needs the number must not carry the schemas (docs/benchmarks.md, "Route budgets").

/** Free-text fields hold at most 10,000 characters (docs/api.md). */
export const MAX_TEXT = 10_000;

/** A name (a patient's, a user's, a course's, a site's) holds at most 200 characters. */
export const MAX_NAME = 200;

/**
 * A site's name holds at most 80 characters: it is shown in a list beside every user and on the
 * worklist's switch, where a long one pushed the users table's actions off a 1280 px screen.
 */
export const MAX_SITE_NAME = 80;
