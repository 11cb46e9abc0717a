import { z } from "zod";
import { requiredText } from "./common";

/**
 * A note on one cycle or on one alert of the patient (exactly one of them): what a pharmacist
 * checked in the dose arithmetic, say. It is read beside the cycle or alert; it decides nothing.
 */
export const NoteInput = z
  .strictObject({
    cycleId: z.string().min(1).max(64).optional(),
    alertId: z.string().min(1).max(64).optional(),
    text: requiredText,
  })
  .refine((n) => (n.cycleId === undefined) !== (n.alertId === undefined), {
    message: "A note is on a cycle or on an alert: name exactly one.",
    path: ["cycleId"],
  });
export type NoteInput = z.infer<typeof NoteInput>;
