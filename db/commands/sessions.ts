import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { audit } from "./audit";
import { readSnapshot, write } from "../client";
import { now } from "../ids";
import { sessions, users } from "../tables";
import type { User } from "../schema";

export async function createSession(tokenHash: string, user: User): Promise<void> {
  await write(async (tx) => {
    const at = now();
    await tx.insert(sessions).values({ id: tokenHash, userId: user.id, createdAt: at, lastSeenAt: at });
    await audit(tx, { userId: user.id, action: "session.create", entity: "session", entityId: user.id });
  });
}

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/**
 * The user behind a live session, touching its idle clock. A session is over once revoked,
 * idle too long, past its absolute lifetime, or when its user is disabled.
 */
export async function liveSessionUser(tokenHash: string, limits: SessionLimits): Promise<User | null> {
  const row = await readSnapshot(
    async (tx) =>
      (
        await tx
          .select({ session: sessions, user: users })
          .from(sessions)
          .innerJoin(users, eq(users.id, sessions.userId))
          .where(and(eq(sessions.id, tokenHash), isNull(sessions.revokedAt)))
          .limit(1)
      )[0],
  );
  if (!row || row.user.disabled) return null;
  const t = Date.now();
  if (
    t - Date.parse(row.session.lastSeenAt) > limits.idleMs ||
    t - Date.parse(row.session.createdAt) > limits.absoluteMs
  ) {
    return null;
  }
  // Touching at most every 30 s keeps reads from turning into a write each.
  if (t - Date.parse(row.session.lastSeenAt) > 30_000) {
    await write((tx) =>
      tx
        .update(sessions)
        .set({ lastSeenAt: new Date(t).toISOString() })
        .where(eq(sessions.id, tokenHash)),
    );
  }
  return row.user;
}

export async function revokeSession(tokenHash: string, userId: string): Promise<void> {
  await write(async (tx) => {
    await tx.update(sessions).set({ revokedAt: now() }).where(eq(sessions.id, tokenHash));
    await audit(tx, { userId, action: "session.revoke", entity: "session", entityId: userId });
  });
}
