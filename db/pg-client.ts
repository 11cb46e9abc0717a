// The app on PostgreSQL (issue 18; docs/deploy.md): a pool of connections from DATABASE_URL, as
// the app's role, and the same `write` and `readSnapshot` as on SQLite (db/client.ts), each body
// in a transaction of its own connection. The driver is imported on first use, so an install on
// SQLite never loads it.
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { Pool } from "pg";
import { BusyError } from "./errors";
import { migratePg, PG_MIGRATIONS } from "./migrate-pg";
import { loadDrizzlePg, loadPg } from "./pg-driver";
import * as schema from "./schema-pg";
import type { Db, Tx } from "./client";

type PgDb = NodePgDatabase<typeof schema>;

interface PgState {
  url: string;
  pool: Pool;
  db: PgDb;
}

/** SQLSTATEs after which a transaction may simply run again: a serialization failure, a deadlock. */
const RETRYABLE = new Set(["40001", "40P01"]);
/** Tries of one body before its caller is told the database is too busy. */
const TRIES = 8;

/**
 * The pool and its transaction context on globalThis, as db/client.ts's state is: Next.js may
 * load this module more than once in one process.
 */
const globalForPg = globalThis as unknown as {
  cipnPg?: { opening?: Promise<PgState>; inside: AsyncLocalStorage<Tx> };
};
const pgState = (globalForPg.cipnPg ??= { inside: new AsyncLocalStorage<Tx>() });

/** The role a connection string signs in as. */
const roleOf = (url: string) => decodeURIComponent(new URL(url).username);

/**
 * Migrates on start, as the SQLite file does: with DATABASE_OWNER_URL, as the tables' owner, then
 * granting the app's role its privileges (db/protection-pg.ts). The app's own role may not create
 * tables, so without the owner's URL the database must already be at the latest migration, or
 * the app refuses to start rather than serve from an older schema.
 */
async function migrateOnStart(pool: Pool, url: string): Promise<void> {
  const ownerUrl = process.env.DATABASE_OWNER_URL;
  if (ownerUrl) return migratePg(ownerUrl, roleOf(url));
  const journal = JSON.parse(fs.readFileSync(path.join(PG_MIGRATIONS, "meta/_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  const applied = await pool
    .query<{ n: number }>("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations")
    .then((r) => r.rows[0]?.n ?? 0)
    .catch((error: unknown) => {
      // An empty database has no list of migrations yet (no such schema or table).
      if (["3F000", "42P01"].includes(sqlState(error) ?? "")) return 0;
      throw error;
    });
  if (applied < journal.entries.length)
    throw new Error(
      `The PostgreSQL database has ${applied} of ${journal.entries.length} migrations applied. ` +
        "Set DATABASE_OWNER_URL (the tables' owner) so the app migrates it on start, or run `npm run cli -- pg:migrate`.",
    );
}

async function open(url: string): Promise<PgState> {
  const [{ default: pg }, { drizzle }] = await Promise.all([loadPg(), loadDrizzlePg()]);
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  try {
    await migrateOnStart(pool, url);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { url, pool, db: drizzle(pool, { schema }) };
}

/** The pool for DATABASE_URL, opened (and the database migrated) on first use. */
function connection(): Promise<PgState> {
  const url = process.env.DATABASE_URL!;
  if (!pgState.opening) {
    pgState.opening = open(url);
    // A failed open is not kept: the next request tries again.
    pgState.opening.catch(() => (pgState.opening = undefined));
  }
  return pgState.opening.then((state) => {
    if (state.url === url) return state;
    void closePg();
    return connection();
  });
}

/** Opens (and migrates) the database now rather than on the first request. */
export async function openPg(): Promise<void> {
  await connection();
}

/** The drizzle handle on the pool, typed as the one query API (db/tables.ts). */
export async function pgDb(): Promise<Db> {
  return (await connection()).db as unknown as Db;
}

export async function closePg(): Promise<void> {
  const opening = pgState.opening;
  pgState.opening = undefined;
  if (opening) await opening.then((state) => state.pool.end()).catch(() => undefined);
}

const sqlState = (error: unknown): string | undefined => {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
};

/** Waits a little longer after each lost try, at random, so the writes that collided part. */
const backOff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * 2 ** Math.min(attempt, 6)));

/**
 * Runs `body` in a transaction of one pooled connection, or, inside one already, in a savepoint
 * of it. Writes run SERIALIZABLE: each reads before it writes (a cycle's version, the tries
 * counted against a password, a plan's latest version, whether a patient was already read this
 * session), and on SQLite the one writer made every such read-then-write whole. PostgreSQL's
 * serializable isolation gives the same guarantee with many connections: a transaction whose
 * reads another has changed fails with 40001 instead of committing, and runs again from the start
 * (PostgreSQL documentation, "Transaction Isolation", 13.2.3). A body does database work only, so
 * running it again is safe.
 */
async function inTransaction<T>(
  body: (tx: Tx) => T | Promise<T>,
  isolationLevel: "serializable" | "repeatable read",
): Promise<T> {
  const open = pgState.inside.getStore();
  if (open)
    return (open as unknown as PgDb).transaction((savepoint) =>
      pgState.inside.run(savepoint as unknown as Tx, async () => body(savepoint as unknown as Tx)),
    );
  const { db } = await connection();
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(
        (tx) => pgState.inside.run(tx as unknown as Tx, async () => body(tx as unknown as Tx)),
        { isolationLevel },
      );
    } catch (error) {
      if (!RETRYABLE.has(sqlState(error) ?? "")) throw error;
      if (attempt === TRIES) throw new BusyError();
      await backOff(attempt);
    }
  }
}

export function pgWrite<T>(work: (tx: Tx) => T | Promise<T>): Promise<T> {
  return inTransaction(work, "serializable");
}

/**
 * A page's reads from one snapshot (REPEATABLE READ: every statement sees the database as of the
 * first), as SQLite's deferred read transaction gives them.
 */
export function pgReadSnapshot<T>(read: (tx: Tx) => T | Promise<T>): Promise<T> {
  return inTransaction(read, "repeatable read");
}
