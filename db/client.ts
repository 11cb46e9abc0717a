import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;
/** The handle inside a transaction; writes use it, never the outer `db`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? "data/cipn.db");
}

/**
 * The database and its WAL hold every patient's record: readable by the app's user only (0600),
 * in a directory it creates for itself only (0700). SQLite gives the -wal and -shm files the
 * database file's mode; an older file made 0644 is narrowed on open.
 */
function restrictToOwner(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, "a", 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
}

/** At most this many compiled statements are kept; past it the cache starts again. */
const KEPT_STATEMENTS = 1000;

/**
 * The connection as Drizzle sees it, keeping each statement SQLite compiles, by its SQL: Drizzle
 * prepares every query it runs, and compiling was a seventh of a save's time (docs/benchmarks.md,
 * "Load"). A kept statement is handed back as a fresh one would be (rows as objects).
 */
function keepingStatements(sqlite: Database.Database): Database.Database {
  const kept = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    let statement = kept.get(source);
    if (statement) {
      if (statement.reader) statement.raw(false);
      return statement;
    }
    // The connection's own prepare, looked up now: a benchmark's meter may wrap it.
    statement = sqlite.prepare(source);
    if (kept.size >= KEPT_STATEMENTS) kept.clear();
    kept.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, key) {
      if (key === "prepare") return prepare;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function open(file: string): { db: Db; sqlite: Database.Database } {
  restrictToOwner(file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // WAL's default here is NORMAL, which can lose the last commits on power loss.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("busy_timeout = 5000");
  // 64 MiB of page cache (the default is 2 MB): a network's database is gigabytes, and the day's
  // worklist touches a few thousand pages of it, which then stay cached between reads
  // (docs/benchmarks.md, "Worklist at the scale of a network").
  sqlite.pragma("cache_size = -65536");
  const db = drizzle(keepingStatements(sqlite), { schema });
  migrateToLatest(db, sqlite);
  return { db, sqlite };
}

/**
 * Migrations run with foreign keys off and are checked once done, as SQLite's procedure for schema
 * changes asks (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): with
 * them on, SQLite refuses to add a REFERENCES column with a default to a table that holds rows, so
 * a centre's database with courses in it could not take migration 0025 (every course and user at
 * the default site). A reference left pointing nowhere stops the app before it serves anyone.
 */
function migrateToLatest(db: Db, sqlite: Database.Database): void {
  sqlite.pragma("foreign_keys = OFF");
  migrate(db, { migrationsFolder: path.join(/*turbopackIgnore: true*/ process.cwd(), "db/migrations") });
  const broken = sqlite.pragma("foreign_key_check") as unknown[];
  if (broken.length > 0)
    throw new Error(
      `The migrated database has ${broken.length} references to rows that do not exist; it was not opened.`,
    );
  sqlite.pragma("foreign_keys = ON");
}

const globalForDb = globalThis as unknown as { cipnDb?: { db: Db; sqlite: Database.Database; file: string } };

/** The one database handle of this process, opened and migrated on first use. */
export function getDb(): Db {
  const file = databasePath();
  if (!globalForDb.cipnDb || globalForDb.cipnDb.file !== file) {
    globalForDb.cipnDb?.sqlite.close();
    globalForDb.cipnDb = { ...open(file), file };
  }
  return globalForDb.cipnDb.db;
}

export function getSqlite(): Database.Database {
  getDb();
  return globalForDb.cipnDb!.sqlite;
}

export function closeDb(): void {
  globalForDb.cipnDb?.sqlite.close();
  globalForDb.cipnDb = undefined;
}

/**
 * A page's reads, all in one deferred read transaction, so the page shows the database as it was
 * at one moment: under WAL, SQLite gives a read transaction the snapshot of its first read and
 * keeps it to COMMIT, whatever another connection (the CLI, a second server) commits meanwhile;
 * outside one, each statement would see the latest commit and a page could be torn (an alert and
 * not the note on it). `read` is synchronous (better-sqlite3 refuses a transaction function that
 * returns a promise): this process's writes cannot land inside it either, as the connection is
 * one and each write, `queueWrite`'s group commit too (started from setImmediate), runs only
 * between two turns of the event loop, never during this one. It takes no write lock, so the
 * writers are not held up. Inside a write, it is a savepoint of that write's transaction.
 */
export function readSnapshot<T>(read: (tx: Tx) => T): T {
  return getDb().transaction(read, { behavior: "deferred" });
}

/** Every write runs here (or in queueWrite): one synchronous IMMEDIATE transaction, so it lands whole or not at all. */
export function write<T>(work: (tx: Tx) => T): T {
  return getDb().transaction(work, { behavior: "immediate" });
}

interface QueuedWrite {
  work: (tx: Tx) => unknown;
  /** The caller's async context (db/ids.ts's seed clock among it), restored around its work. */
  resume: <R>(fn: () => R) => R;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

let queued: QueuedWrite[] = [];

/**
 * A write as `write` runs it (an IMMEDIATE transaction, whole or not at all), whose promise settles
 * only once that transaction is committed (with `synchronous = FULL`, on disk). Writes queued
 * while the server is busy share one transaction and so one commit, one fsync (group commit,
 * for the bedside writes that come by the hundred; docs/benchmarks.md, "Load"): each runs in a
 * savepoint of its own, so one that throws is rolled back alone and the others commit; if the
 * commit fails, every write of the batch fails with it. Nothing is acknowledged before its commit.
 */
export function queueWrite<T>(work: (tx: Tx) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (queued.length === 0) setImmediate(commitQueued);
    queued.push({ work, resume: AsyncLocalStorage.snapshot(), resolve: resolve as (value: unknown) => void, reject });
  });
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function commitQueued(): void {
  const batch = queued;
  queued = [];
  const outcomes: Outcome[] = [];
  try {
    getDb().transaction(
      (tx) => {
        for (const { work, resume } of batch) {
          // A failure that ended the whole transaction (a full disk) must not let the next write
          // commit alone: the batch stops, and the commit below fails for all.
          if (!getSqlite().inTransaction) throw new Error("The write transaction ended early; nothing was committed.");
          try {
            outcomes.push({ ok: true, value: resume(() => tx.transaction((savepoint) => work(savepoint))) });
          } catch (error) {
            outcomes.push({ ok: false, error });
          }
        }
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    for (const { reject } of batch) reject(error);
    return;
  }
  batch.forEach(({ resolve, reject }, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) resolve(outcome.value);
    else reject(outcome.error);
  });
}
