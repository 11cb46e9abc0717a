import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Role } from "@/lib/domain/codes";
import { readSnapshot, type Tx } from "../client";
import { users } from "../tables";
import type { User } from "../schema";

export interface PublicUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  siteId: string;
  disabled: boolean;
  version: number;
}

export function toPublicUser(u: User): PublicUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    siteId: u.siteId,
    disabled: u.disabled,
    version: u.version,
  };
}

export async function findUserByUsername(username: string): Promise<User | undefined> {
  const [user] = await readSnapshot((tx) =>
    tx
      .select()
      .from(users)
      .where(sql`lower(${users.username}) = lower(${username})`)
      .limit(1),
  );
  return user;
}

export async function getUser(id: string): Promise<User | undefined> {
  const [user] = await readSnapshot((tx) => tx.select().from(users).where(eq(users.id, id)).limit(1));
  return user;
}

export async function listUsers(): Promise<PublicUser[]> {
  return readSnapshot(usersOf);
}

/** Every user, by username. */
export async function usersOf(tx: Tx): Promise<PublicUser[]> {
  return (await tx.select().from(users).orderBy(asc(users.username))).map(toPublicUser);
}

export async function countUsers(): Promise<number> {
  return readSnapshot((tx) => tx.$count(users));
}
