import { signPlan } from "@/db/commands/plans";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { refusePasswordConfirmation } from "@/lib/auth/sign-in";

/** A signature is confirmed by the signer's own password; a wrong one signs nothing. */
export const POST = handle(endpoints.signPlan, async ({ user, params, body }) => {
  const refusal = await refusePasswordConfirmation(user, body.password);
  if (refusal) return refusal;
  return json(201, await signPlan(user, params.id, body.meaning));
});
