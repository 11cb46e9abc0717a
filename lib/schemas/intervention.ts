import * as z from "zod/mini";
import { INTERVENTION_KINDS, INTERVENTION_RESPONSES } from "@/lib/domain/interventions";
import { freeText, isoDay, version } from "./common";

/** Duloxetine's dose in mg a day: 30 to 60 mg in the trials, up to 120 mg on its label. */
const duloxetineDose = z
  .number()
  .check(z.positive("Must be above 0."), z.maximum(240, "Above any duloxetine dose (at most 120 mg a day)."));

export const InterventionInput = z
  .strictObject({
    kind: z.enum(INTERVENTION_KINDS, { error: "Choose a kind of supportive care." }),
    startedOn: isoDay,
    endedOn: z.nullish(isoDay),
    dose: z.nullish(duloxetineDose),
    notes: z.nullish(freeText),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.kind === "duloxetine" && v.dose == null)
        ctx.addIssue({ code: "custom", path: ["dose"], message: "Give the dose in mg a day." });
      if (v.kind !== "duloxetine" && v.dose != null)
        ctx.addIssue({ code: "custom", path: ["dose"], message: "Only duloxetine has a dose here." });
      if (v.endedOn && v.endedOn < v.startedOn)
        ctx.addIssue({ code: "custom", path: ["endedOn"], message: "Ends before it starts." });
    }),
  );
export type InterventionInput = z.infer<typeof InterventionInput>;

export const InterventionPatch = z.strictObject({
  version,
  endedOn: z.nullish(isoDay),
  response: z.nullish(z.enum(INTERVENTION_RESPONSES, { error: "better, same or worse." })),
  notes: z.nullish(freeText),
});
export type InterventionPatch = z.infer<typeof InterventionPatch>;
