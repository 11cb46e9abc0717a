import { missingAgreements, type AgreementNeeded, type SignatureFacts } from "@/lib/domain/signoff";

const NEEDED: Record<AgreementNeeded, string> = {
  oncologist: "an oncologist",
  "nurse-or-pharmacist": "a nurse or a pharmacist",
};

/** "Needs the agreement of an oncologist and of a nurse or a pharmacist." */
export function awaitingText(signatures: readonly SignatureFacts[]): string {
  const missing = missingAgreements(signatures).map((need) => NEEDED[need]);
  return missing.length === 0 ? "Agreed by all it needs." : `Needs the agreement of ${missing.join(" and of ")}.`;
}
