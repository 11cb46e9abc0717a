import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Role } from "@/lib/domain/codes";
import { audit } from "./audit";
import { write } from "../client";
import { ConflictError, NotFoundError } from "../errors";
import { newId, now } from "../ids";
import { sessions, users } from "../tables";
import { PublicUser, toPublicUser } from "../reads/users";
import { requireSite } from "../reads/sites";

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  /** Left out, the install's first site (the column's default). */
  siteId?: string;
}

/** The password is hashed before this is called: argon2 is async, a transaction is not. */
export async function createUser(actorId: string | null, input: NewUser): Promise<PublicUser> {
  return write(async (tx) => {
    const taken = (
      await tx
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.username}) = lower(${input.username})`)
        .limit(1)
    )[0];
    if (taken) throw new ConflictError(`The username ${input.username} is taken.`);
    if (input.siteId !== undefined) await requireSite(tx, input.siteId, "siteId");
    const row = (
      await tx
        .insert(users)
        .values({ id: newId(), ...input, createdAt: now() })
        .returning()
    )[0]!;
    const created = toPublicUser(row);
    await audit(tx, {
      userId: actorId ?? row.id,
      action: "user.create",
      entity: "user",
      entityId: row.id,
      after: created,
    });
    return created;
  });
}

export interface UserChange {
  version: number;
  displayName?: string;
  role?: Role;
  disabled?: boolean;
  passwordHash?: string;
  siteId?: string;
}

export async function updateUser(actorId: string, id: string, change: UserChange): Promise<PublicUser> {
  return write(async (tx) => {
    const current = (await tx.select().from(users).where(eq(users.id, id)).limit(1))[0];
    if (!current) throw new NotFoundError("The user");
    if (current.version !== change.version)
      throw new ConflictError("Someone changed this user since you read it.", toPublicUser(current));
    if (change.siteId !== undefined) await requireSite(tx, change.siteId, "siteId");
    // No change may leave the app without an active admin: nobody could then manage users.
    const staysActiveAdmin = (change.role ?? current.role) === "admin" && !(change.disabled ?? current.disabled);
    if (current.role === "admin" && !current.disabled && !staysActiveAdmin) {
      const others = (
        await tx
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, id)))
          .limit(1)
      )[0];
      if (!others)
        throw new ConflictError(
          `${current.displayName} is the last active admin: make another user an admin first, or nobody could manage users.`,
        );
    }
    const { version: _read, passwordHash, ...fields } = change;
    const row = (
      await tx
        .update(users)
        .set({ ...fields, ...(passwordHash ? { passwordHash } : {}), version: current.version + 1 })
        .where(eq(users.id, id))
        .returning()
    )[0]!;
    const after = toPublicUser(row);
    // A disabled account or a reset password ends every session it had, in the same write.
    if (change.disabled || passwordHash) {
      await tx
        .update(sessions)
        .set({ revokedAt: now() })
        .where(and(eq(sessions.userId, id), isNull(sessions.revokedAt)));
    }
    await audit(tx, {
      userId: actorId,
      action: passwordHash ? "user.update+password-reset" : "user.update",
      entity: "user",
      entityId: id,
      before: toPublicUser(current),
      after,
    });
    return after;
  });
}
