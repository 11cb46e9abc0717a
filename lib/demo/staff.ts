import "server-only";
import { createUser } from "@/db/commands/users";
import { type PublicUser } from "@/db/reads/users";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/domain/codes";
import { UserInput } from "@/lib/schemas/user";
import { DEMO_USERS } from "./users";

export type Staff = Record<Role, PublicUser>;

/** Creates the demo users as the command line does: validated, then with an argon2 hash. */
export async function createStaff(): Promise<Staff> {
  const staff: Partial<Staff> = {};
  for (const user of DEMO_USERS) {
    const { password, ...fields } = UserInput.parse(user);
    staff[fields.role] = await createUser(null, { ...fields, passwordHash: await hashPassword(password) });
  }
  return staff as Staff;
}
