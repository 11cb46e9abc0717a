import * as z from "zod/mini";
import { SITE_CODE_PATTERN } from "@/lib/domain/sites";
import { name, reason } from "./common";
import { MAX_SITE_NAME } from "./limits";

/** A new infusion centre of the network (docs/sites.md). */
export const SiteInput = z.strictObject({
  code: z.string().check(z.trim(), z.regex(SITE_CODE_PATTERN, "1 to 16 capital letters, digits or hyphens.")),
  name: name.check(z.maxLength(MAX_SITE_NAME, `At most ${MAX_SITE_NAME} characters.`)),
});
export type SiteInput = z.infer<typeof SiteInput>;

/** Why a user opens a patient treated only at other sites ("break the glass"). */
export const BreakGlassInput = z.strictObject({ reason });
export type BreakGlassInput = z.infer<typeof BreakGlassInput>;

/**
 * The worklist's and the alerts page's `?site=`: `all`, or a site's code. Left out, the user's
 * home site (lib/domain/sites.ts).
 */
export const siteParam = z.optional(
  z.union([z.literal("all"), z.string().check(z.regex(SITE_CODE_PATTERN, "`all`, or a site's code."))]),
);
