import { signPlan } from "@/db/plans";
import { endpoints } from "@/lib/api/endpoints";
import { handle } from "@/lib/api/handler";
import { apiError, json } from "@/lib/api/respond";
import { verifyPassword } from "@/lib/auth/password";

/** A signature is confirmed by the signer's own password; a wrong one signs nothing. */
export const POST = handle(endpoints.signPlan, async ({ user, params, body }) => {
  if (!(await verifyPassword(user.passwordHash, body.password))) {
    return apiError("forbidden", "The password is wrong; nothing was signed.", { password: "Wrong password." });
  }
  return json(201, await signPlan(user, params.id!, body.meaning));
});
