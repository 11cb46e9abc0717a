import { z } from "zod";
import { ADL_IMPACTS } from "@/lib/domain/codes";
import { ANSWER_PATHS } from "@/lib/self-report-questions";
import { day, id, instant } from "./common";

const bothParts = z.strictObject({ feet: z.number().int(), hands: z.number().int() });

/** A patient's own report (docs/api.md, "Patient self-report"). */
export const SelfReport = z.strictObject({
  id,
  patientId: id,
  reportedOn: day,
  submittedAt: instant,
  numbness: bothParts,
  tingling: bothParts,
  pain: z.number().int(),
  coldDysesthesia: z.boolean(),
  balance: z.boolean(),
  fineMotor: z.boolean(),
  falls: z.number().int(),
  adlImpact: z.enum(ADL_IMPACTS),
  comment: z.string().nullish(),
});
export const SelfReportList = z.strictObject({ selfReports: z.array(SelfReport) });

/** A one-time code with the link and QR code (SVG) that carry it. */
export const Invitation = z.strictObject({
  invitation: z.strictObject({ code: z.string(), expiresAt: instant, url: z.string(), qrSvg: z.string() }),
});

/** What a code opens: the questions and the patient's given name, nothing else. */
export const Questionnaire = z.strictObject({
  givenName: z.string(),
  questions: z.array(
    z.strictObject({
      id: z.enum(ANSWER_PATHS),
      text: z.string(),
      hint: z.string().optional(),
      choices: z.array(z.strictObject({ value: z.union([z.number(), z.boolean(), z.string()]), label: z.string() })),
    }),
  ),
});
export const SelfReportReceived = z.strictObject({ received: z.literal(true) });
