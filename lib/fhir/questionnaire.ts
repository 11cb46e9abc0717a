// The patient's self-report (docs/api.md, "Patient self-report"): the questionnaire once as a
// Questionnaire, and each report as a QuestionnaireResponse that the patient authored.
import type {
  BundleEntry,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItemAnswer,
} from "@medplum/fhirtypes";
import type { SelfReport } from "@/db/schema";
import { ADL_IMPACTS } from "@/lib/domain/codes";
import { COMMENT_QUESTION, MAX_COMMENT, QUESTIONS, type AnswerPath } from "@/lib/self-report-questions";
import { IDENTIFIER, SELF_REPORT_QUESTIONNAIRE, SYSTEM } from "./codes";
import { fullUrlFor } from "./ids";
import { ADL_DISPLAY } from "./observations";
import { patientRef } from "./references";

const COMMENT = "comment";

/** Each question's FHIR item type: the 0-4 and 0-10 scales and the fall count are integers. */
function itemOf(id: AnswerPath, text: string): QuestionnaireItem {
  if (id === "adlImpact") {
    return {
      linkId: id,
      text,
      type: "choice",
      required: true,
      answerOption: ADL_IMPACTS.map((a) => ({
        valueCoding: { system: SYSTEM.adlImpact, code: a, display: ADL_DISPLAY[a] },
      })),
    };
  }
  if (id === "coldDysesthesia" || id === "balance" || id === "fineMotor") {
    return { linkId: id, text, type: "boolean", required: true };
  }
  const max = id === "pain" ? 10 : id === "falls" ? null : 4;
  return {
    linkId: id,
    text,
    type: "integer",
    required: true,
    ...(max === null ? {} : { answerOption: Array.from({ length: max + 1 }, (_, n) => ({ valueInteger: n })) }),
  };
}

export function selfReportQuestionnaire(): BundleEntry<Questionnaire> {
  return {
    fullUrl: fullUrlFor("Questionnaire/cipn-self-report"),
    resource: {
      resourceType: "Questionnaire",
      url: SELF_REPORT_QUESTIONNAIRE.url,
      version: SELF_REPORT_QUESTIONNAIRE.version,
      name: "CipnSelfReport",
      title: "Neuropathy symptoms before treatment (patient's own report)",
      status: "active",
      subjectType: ["Patient"],
      item: [
        ...QUESTIONS.map((q) => itemOf(q.id, q.text)),
        { linkId: COMMENT, text: COMMENT_QUESTION, type: "text", maxLength: MAX_COMMENT },
      ],
    },
  };
}

function answerOf(id: AnswerPath, report: SelfReport): QuestionnaireResponseItemAnswer {
  const a = report.answers;
  const [group, part] = id.split(".") as [keyof typeof a, "feet" | "hands" | undefined];
  const value = part ? (a[group] as Record<string, number>)[part]! : a[group];
  if (id === "adlImpact") {
    const code = a.adlImpact;
    return { valueCoding: { system: SYSTEM.adlImpact, code, display: ADL_DISPLAY[code] } };
  }
  return typeof value === "boolean" ? { valueBoolean: value } : { valueInteger: value as number };
}

/** One report as the patient sent it; the patient is its author and its source. */
export function selfReportResponse(report: SelfReport, patientUrl: string): BundleEntry<QuestionnaireResponse> {
  const comment = report.answers.comment;
  return {
    fullUrl: fullUrlFor(`QuestionnaireResponse/${report.id}`),
    resource: {
      resourceType: "QuestionnaireResponse",
      identifier: { system: IDENTIFIER.selfReport, value: report.id },
      questionnaire: `${SELF_REPORT_QUESTIONNAIRE.url}|${SELF_REPORT_QUESTIONNAIRE.version}`,
      status: "completed",
      subject: patientRef(patientUrl),
      authored: report.submittedAt,
      author: patientRef(patientUrl),
      source: patientRef(patientUrl),
      item: [
        ...QUESTIONS.map((q) => ({ linkId: q.id, text: q.text, answer: [answerOf(q.id, report)] })),
        ...(comment ? [{ linkId: COMMENT, text: COMMENT_QUESTION, answer: [{ valueString: comment }] }] : []),
      ],
    },
  };
}
