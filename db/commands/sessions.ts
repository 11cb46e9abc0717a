import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { audit } from "./audit";
import { getDb, write } from "../client";
import { now } from "../ids";
import { sessions, users, type User } from "../schema";

export async function createSession(tokenHash: string, user: User): Promise<void> {
  write((tx) => {
    const at = now();
    tx.insert(sessions).values({ id: tokenHash, userId: user.id, createdAt: at, lastSeenAt: at }).run();
    audit(tx, { userId: user.id, action: "session.create", entity: "session", entityId: user.id });
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
  const db = getDb();
  const row = db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, tokenHash), isNull(sessions.revokedAt)))
    .get();
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
    db.update(sessions)
      .set({ lastSeenAt: new Date(t).toISOString() })
      .where(eq(sessions.id, tokenHash))
      .run();
  }
  return row.user;
}

export async function revokeSession(tokenHash: string, userId: string): Promise<void> {
  write((tx) => {
    tx.update(sessions).set({ revokedAt: now() }).where(eq(sessions.id, tokenHash)).run();
    audit(tx, { userId, action: "session.revoke", entity: "session", entityId: userId });
  });
}
