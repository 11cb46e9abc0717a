import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Role } from "@/lib/domain/codes";
import { getDb, readSnapshot, type Tx } from "../client";
import { users, type User } from "../schema";

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
  return getDb()
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`)
    .get();
}

export async function getUser(id: string): Promise<User | undefined> {
  return getDb().select().from(users).where(eq(users.id, id)).get();
}

export async function listUsers(): Promise<PublicUser[]> {
  return readSnapshot(usersOf);
}

/** Every user, by username. */
export function usersOf(tx: Tx): PublicUser[] {
  return tx.select().from(users).orderBy(asc(users.username)).all().map(toPublicUser);
}

export async function countUsers(): Promise<number> {
  return getDb().$count(users);
}
