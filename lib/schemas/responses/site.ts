import { z } from "zod";
import { id, instant } from "./common";

export const Site = z.strictObject({ id, code: z.string(), name: z.string() });
export const SiteResponse = z.strictObject({ site: Site });
export const SiteList = z.strictObject({ sites: z.array(Site) });

/** A reason given to open a patient of another site: the record is open for the rest of the session. */
export const SiteAccess = z.strictObject({
  access: z.strictObject({ patientId: id, reason: z.string(), at: instant }),
});
