// Plan sign-off (api.md, "Dose-reduction plans"): a version comes into force once an oncologist
// and a nurse or a pharmacist have signed it `agreed`. `authored` records who wrote it and
// counts for nothing else; two oncologists are not enough.
import type { Role, SignatureMeaning } from "./codes";

export interface SignatureFacts {
  role: Role;
  meaning: SignatureMeaning;
}

export function planComesIntoForce(signatures: readonly SignatureFacts[]): boolean {
  const agreed = signatures.filter((s) => s.meaning === "agreed");
  return (
    agreed.some((s) => s.role === "oncologist") && agreed.some((s) => s.role === "nurse" || s.role === "pharmacist")
  );
}
