import { updateUser } from "@/db/users";
import { endpoints } from "@/lib/api/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { hashPassword } from "@/lib/auth/password";

export const PATCH = handle(endpoints.updateUser, async ({ user, params, body }) => {
  const { password, ...change } = body;
  const updated = await updateUser(user.id, params.id!, {
    ...change,
    passwordHash: password ? await hashPassword(password) : undefined,
  });
  return json(200, { user: updated });
});
