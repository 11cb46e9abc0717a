import "server-only";
import { and, asc, count, eq, gte, lt, sql } from "drizzle-orm";
import { write } from "../client";
import { passwordAttempts } from "../tables";

export interface AttemptKey {
  purpose: "sign-in" | "plan-signing";
  username: string;
  /** `device:…`, `address:…`, `session`, or `unknown` (lib/auth/throttle.ts). */
  client: string;
}

export interface AttemptLimits {
  /** Tries per account and client within `clientWindowMs`. */
  perClient: number;
  clientWindowMs: number;
  /** Tries per account from all clients but this one's trusted device, within `accountWindowMs`; null: none. */
  perAccount: number | null;
  accountWindowMs: number;
}

export type Reservation = { ok: true; id: number } | { ok: false; retryAfterSeconds: number };

/**
 * Counts a password try before its password is checked, in the same IMMEDIATE transaction as
 * the check of the limits: simultaneous tries (other requests, other processes) queue on the
 * write lock, so no more than the limit are ever checked. A right password then clears its row
 * (clearPasswordAttempt); a wrong one leaves it as the failure. Rows older than the longest
 * window are pruned here too.
 */
export async function reservePasswordAttempt(
  key: AttemptKey,
  limits: AttemptLimits,
  at = new Date(),
): Promise<Reservation> {
  const username = key.username.toLowerCase();
  const since = (ms: number) => new Date(at.getTime() - ms).toISOString();
  return write(async (tx) => {
    await tx
      .delete(passwordAttempts)
      .where(lt(passwordAttempts.at, since(Math.max(limits.clientWindowMs, limits.accountWindowMs))));
    const ofAccount = and(eq(passwordAttempts.username, username), eq(passwordAttempts.purpose, key.purpose));
    /** Seconds until enough of the bucket's tries leave its window to allow one more. */
    const blocked = async (
      where: ReturnType<typeof and>,
      limit: number,
      windowMs: number,
    ): Promise<Reservation | null> => {
      const [row] = await tx.select({ n: count() }).from(passwordAttempts).where(where);
      const n = row?.n ?? 0;
      if (n < limit) return null;
      const oldest = (
        await tx
          .select({ at: passwordAttempts.at })
          .from(passwordAttempts)
          .where(where)
          .orderBy(asc(passwordAttempts.at))
          .limit(1)
          .offset(n - limit)
      )[0];
      const freeAt = Date.parse(oldest!.at) + windowMs;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((freeAt - at.getTime()) / 1000)) };
    };
    const refusal =
      (await blocked(
        and(ofAccount, eq(passwordAttempts.client, key.client), gte(passwordAttempts.at, since(limits.clientWindowMs))),
        limits.perClient,
        limits.clientWindowMs,
      )) ??
      (limits.perAccount === null
        ? null
        : await blocked(
            and(
              ofAccount,
              gte(passwordAttempts.at, since(limits.accountWindowMs)),
              sql`${passwordAttempts.client} NOT LIKE 'device:%'`,
            ),
            limits.perAccount,
            limits.accountWindowMs,
          ));
    if (refusal) return refusal;
    const { id } = (
      await tx
        .insert(passwordAttempts)
        .values({ purpose: key.purpose, username, client: key.client, at: at.toISOString() })
        .returning({ id: passwordAttempts.id })
    )[0]!;
    return { ok: true, id };
  });
}

/** The password was right: the try was no failure. */
export async function clearPasswordAttempt(id: number): Promise<void> {
  await write((tx) => tx.delete(passwordAttempts).where(eq(passwordAttempts.id, id)));
}
