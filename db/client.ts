import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { usesPostgres } from "./dialect";
import { closePg, openPg, pgReadSnapshot, pgWrite } from "./pg-client";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;
/**
 * The handle a transaction's body queries with (`write`, `queueWrite`, `readSnapshot`): the
 * connection itself, inside the transaction this module opened on it. It has no `transaction` of
 * its own: better-sqlite3's is synchronous, and a body is async.
 */
export type Tx = Omit<Db, "transaction">;

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

interface Connection {
  db: Db;
  sqlite: Database.Database;
  file: string;
  /** The transaction statements, compiled once per connection. */
  begin: { immediate: Database.Statement; deferred: Database.Statement };
}

/** What a write waits in the queue with. */
interface QueuedWrite {
  work: (tx: Tx) => unknown;
  /** The caller's async context (db/ids.ts's seed clock among it), restored around its work. */
  resume: <R>(fn: () => R) => R;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The process's one connection, its lock and its write queue. They live on globalThis because
 * Next.js may load this module more than once in one process (route handlers and pages are
 * bundled apart): one connection needs one lock, or a second copy's statements would join the
 * first copy's open transaction.
 */
interface DbState {
  connection?: Connection;
  /** The tail of the lock: each transaction starts when the one before it has settled. */
  tail: Promise<unknown>;
  queued: QueuedWrite[];
  /** Set while this async context runs inside a transaction of this module (it holds the lock). */
  holding: AsyncLocalStorage<true>;
}

const globalForDb = globalThis as unknown as { cipnDbState?: DbState };
const state: DbState = (globalForDb.cipnDbState ??= {
  tail: Promise.resolve(),
  queued: [],
  holding: new AsyncLocalStorage<true>(),
});

function connection(): Connection {
  // Else a stray SQLite file would be made and read beside the database the app serves from.
  if (usesPostgres()) throw new Error("DATABASE_URL names PostgreSQL: there is no SQLite connection to open.");
  const file = databasePath();
  if (!state.connection || state.connection.file !== file) {
    state.connection?.sqlite.close();
    const { db, sqlite } = open(file);
    state.connection = {
      db,
      sqlite,
      file,
      begin: { immediate: sqlite.prepare("BEGIN IMMEDIATE"), deferred: sqlite.prepare("BEGIN DEFERRED") },
    };
  }
  return state.connection;
}

/**
 * The one database handle of this process, opened and migrated on first use. Queries go through
 * `readSnapshot`, `write` or `queueWrite`, which hold the connection's lock; a statement run on
 * this handle outside them would join whatever transaction another request has open.
 */
export function getDb(): Db {
  return connection().db;
}

export function getSqlite(): Database.Database {
  return connection().sqlite;
}

/**
 * Opens the database and brings it to the latest migration now, rather than on the first
 * request: SQLite's file at DATABASE_PATH, or PostgreSQL when DATABASE_URL names it
 * (db/pg-client.ts).
 */
export async function openDb(): Promise<void> {
  if (usesPostgres()) await openPg();
  else connection();
}

/** Closes the database; a PostgreSQL pool ends once its queries in flight are done. */
export function closeDb(): void {
  state.connection?.sqlite.close();
  state.connection = undefined;
  void closePg();
}

/**
 * Runs `body` alone on the connection: the process-wide lock every transaction of this module
 * takes. better-sqlite3 has one connection and a transaction is a state of that connection, so
 * while an async body awaits between two statements, any other request's statement would land in
 * its transaction (drizzle-orm#1472 is why the transaction is not Drizzle's: its better-sqlite3
 * transaction refuses a body that returns a promise). A body does database work only (no network
 * or file I/O), so the lock is held for no longer than its statements take.
 */
function exclusive<T>(body: () => Promise<T>): Promise<T> {
  const run = state.tail.then(() => state.holding.run(true, body));
  state.tail = run.catch(() => undefined);
  return run;
}

/** Runs `work` in a savepoint of the open transaction: if it throws, its statements are undone alone. */
async function inSavepoint<T>(work: (tx: Tx) => T | Promise<T>): Promise<T> {
  const { db, sqlite } = connection();
  sqlite.exec("SAVEPOINT work");
  try {
    const value = await work(db);
    sqlite.exec("RELEASE work");
    return value;
  } catch (error) {
    // A failure that ended the transaction itself (a full disk) left no savepoint to roll back to.
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK TO work; RELEASE work");
    throw error;
  }
}

/**
 * A page's reads, all in one deferred read transaction, so the page shows the database as it was
 * at one moment: under WAL, SQLite gives a read transaction the snapshot of its first read and
 * keeps it to COMMIT, whatever another connection (the CLI, a second server) commits meanwhile;
 * outside one, each statement would see the latest commit and a page could be torn (an alert and
 * not the note on it). It holds the connection's lock to its end, so none of this process's
 * writes lands inside it either. It takes no write lock, so other processes' writers are not held
 * up. Inside a write, it reads in that write's transaction.
 *
 * Snapshots share the writers' connection and lock rather than having a read-only connection of
 * their own. Both would run on the one JavaScript thread, and a body never waits on I/O, so a
 * second connection would let no read run beside a write; it would only double the page cache (64
 * MiB) and compile each read's statements twice. `npm run bench:load` measured no gain from one.
 */
export function readSnapshot<T>(read: (tx: Tx) => T | Promise<T>): Promise<T> {
  if (usesPostgres()) return pgReadSnapshot(read);
  if (state.holding.getStore()) return (async () => read(connection().db))();
  return exclusive(async () => {
    const { db, sqlite, begin } = connection();
    begin.deferred.run();
    try {
      const value = await read(db);
      sqlite.exec("COMMIT");
      return value;
    } finally {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    }
  });
}

/**
 * Every write runs here (or in queueWrite, which is the same): in an IMMEDIATE transaction, so it
 * lands whole or not at all, and its promise settles once that transaction is committed. Inside
 * another write (or snapshot) it is a savepoint of that transaction.
 */
export function write<T>(work: (tx: Tx) => T | Promise<T>): Promise<T> {
  return queueWrite(work);
}

/**
 * A write in an IMMEDIATE transaction, whole or not at all, whose promise settles only once that
 * transaction is committed (with `synchronous = FULL`, on disk). Writes queued while the
 * connection is busy share one transaction and so one commit, one fsync (group commit, for the
 * bedside writes that come by the hundred; docs/benchmarks.md, "Load"): each runs in a savepoint
 * of its own, so one that throws is rolled back alone and the others commit; if the commit fails,
 * every write of the batch fails with it. Nothing is acknowledged before its commit.
 */
export function queueWrite<T>(work: (tx: Tx) => T | Promise<T>): Promise<T> {
  // PostgreSQL commits each write on its own connection; there is no one writer to queue for.
  if (usesPostgres()) return pgWrite(work);
  if (state.holding.getStore()) return inSavepoint(work);
  return new Promise<T>((resolve, reject) => {
    // The batch is taken once the lock is free, and no sooner than the next turn of the event
    // loop, so the requests that arrived together share it.
    if (state.queued.length === 0) setImmediate(() => void exclusive(commitQueued));
    state.queued.push({
      work,
      resume: AsyncLocalStorage.snapshot(),
      resolve: resolve as (value: unknown) => void,
      reject,
    });
  });
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

async function commitQueued(): Promise<void> {
  const batch = state.queued;
  state.queued = [];
  const outcomes: Outcome[] = [];
  try {
    const { sqlite, begin } = connection();
    begin.immediate.run();
    try {
      for (const { work, resume } of batch) {
        // A failure that ended the whole transaction (a full disk) must not let the next write
        // commit alone: the batch stops, and every write of it fails.
        if (!sqlite.inTransaction) throw new Error("The write transaction ended early; nothing was committed.");
        try {
          // The caller's context is restored, and this module's lock is held in it.
          const value = await resume(() => state.holding.run(true, () => inSavepoint(work)));
          outcomes.push({ ok: true, value });
        } catch (error) {
          outcomes.push({ ok: false, error });
        }
      }
      sqlite.exec("COMMIT");
    } finally {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    }
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
