// Plan sign-off (docs/api.md, "Plans"): a version comes into force once an oncologist
// and a nurse or a pharmacist have signed it `agreed`. `authored` records who wrote it and
// counts for nothing else; two oncologists are not enough.
import type { Role, SignatureMeaning } from "./codes";

export interface SignatureFacts {
  role: Role;
  meaning: SignatureMeaning;
}

/** The agreements a version needs before it is in force. */
export const AGREEMENTS_NEEDED = ["oncologist", "nurse-or-pharmacist"] as const;
export type AgreementNeeded = (typeof AGREEMENTS_NEEDED)[number];

function meets(need: AgreementNeeded, role: Role): boolean {
  switch (need) {
    case "oncologist":
      return role === "oncologist";
    case "nurse-or-pharmacist":
      return role === "nurse" || role === "pharmacist";
  }
}

/** The agreements still missing, in the order of AGREEMENTS_NEEDED; none left means in force. */
export function missingAgreements(signatures: readonly SignatureFacts[]): AgreementNeeded[] {
  const agreed = signatures.filter((s) => s.meaning === "agreed");
  return AGREEMENTS_NEEDED.filter((need) => !agreed.some((s) => meets(need, s.role)));
}

/**
 * Whether a draft still waits for someone of this role: an agreement it lacks is one their
 * signature would meet. An oncologist is not asked again once an oncologist has agreed.
 */
export function awaitsRole(signatures: readonly SignatureFacts[], role: Role): boolean {
  return missingAgreements(signatures).some((need) => meets(need, role));
}

/**
 * Whether a draft waits for this signer: their role meets an agreement it lacks and they have not
 * signed it yet (an author who signed `authored` is not asked again).
 */
export function awaitsSigner(
  signatures: readonly (SignatureFacts & { userId: string })[],
  signer: { id: string; role: Role },
): boolean {
  return awaitsRole(signatures, signer.role) && !signatures.some((s) => s.userId === signer.id);
}

export function planComesIntoForce(signatures: readonly SignatureFacts[]): boolean {
  return missingAgreements(signatures).length === 0;
}
