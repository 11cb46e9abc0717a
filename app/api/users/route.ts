import { createUser } from "@/db/commands/users";
import { listUsers } from "@/db/reads/users";
import { endpoints } from "@/lib/schemas/endpoints";
import { handle } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { hashAcceptablePassword } from "@/lib/auth/password-policy";

export const GET = handle(endpoints.listUsers, async () => json(200, { users: await listUsers() }));

export const POST = handle(endpoints.createUser, async ({ user, body }) => {
  const { password, ...fields } = body;
  const created = await createUser(user.id, {
    ...fields,
    passwordHash: await hashAcceptablePassword(password, fields),
  });
  return json(201, { user: created });
});
