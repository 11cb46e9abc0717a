import * as z from "zod/mini";
import { requiredText } from "./common";

/**
 * A note on one cycle or on one alert of the patient (exactly one of them): what a pharmacist
 * checked in the dose arithmetic, say. It is read beside the cycle or alert; it decides nothing.
 */
const id = z.string().check(z.minLength(1), z.maxLength(64));

export const NoteInput = z
  .strictObject({
    cycleId: z.optional(id),
    alertId: z.optional(id),
    text: requiredText,
  })
  .check(
    z.refine((n) => (n.cycleId === undefined) !== (n.alertId === undefined), {
      message: "A note is on a cycle or on an alert: name exactly one.",
      path: ["cycleId"],
    }),
  );
export type NoteInput = z.infer<typeof NoteInput>;
