import { NotFoundError } from "@/db/errors";
import { getUser } from "@/db/reads/users";
import { updateUser } from "@/db/commands/users";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { hashAcceptablePassword } from "@/lib/auth/password-policy";

export const PATCH = handle(endpoints.updateUser, async ({ user, params, body }) => {
  const { password, ...change } = body;
  let passwordHash: string | undefined;
  if (password) {
    const target = await getUser(params.id);
    if (!target) throw new NotFoundError("The user");
    // Checked against the name the user will have after this change.
    passwordHash = await hashAcceptablePassword(password, {
      username: target.username,
      displayName: change.displayName ?? target.displayName,
    });
  }
  return json(200, { user: await updateUser(user.id, params.id, { ...change, passwordHash }) });
});
