// Moving a centre's SQLite database into PostgreSQL (issue 18; docs/deploy.md, "Moving a SQLite
// centre in"): every row of every table, in one PostgreSQL transaction, table by table in the order
// of their foreign keys, from one read snapshot of the SQLite file. Before the commit each table is
// counted and every row hashed, in key order, on both sides; any difference (a count, a value, the
// audit trail) rolls the whole move back and says where. The target must be migrated to the latest
// of db/migrations-pg and hold nothing but the default site its first migration made. Run as the
// tables' owner: the migration's default site is replaced by the centre's own, which only the
// owner can do (by lifting the sites' no-delete trigger inside this transaction).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { asc, getTableColumns, gt, is, sql } from "drizzle-orm";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { SQLiteTable, getTableConfig as sqliteConfig } from "drizzle-orm/sqlite-core";
import { connectPg, PG_MIGRATIONS } from "./migrate-pg";
import * as sqliteSchema from "./schema";
import * as pgSchema from "./schema-pg";

const SQLITE_MIGRATIONS = path.join(/*turbopackIgnore: true*/ process.cwd(), "db/migrations");
/** Rows per statement: PostgreSQL takes at most 65,535 parameters in one. */
const PARAMETERS_PER_INSERT = 30_000;
const ROWS_PER_READ = 5_000;

export interface TableMove {
  table: string;
  rows: number;
  /** SHA-256 of the table's rows in key order, the same on both sides. */
  sha256: string;
}

export interface MoveReport {
  tables: TableMove[];
  ms: number;
}

/** The tables in an order where each comes after the tables it references. */
function inForeignKeyOrder(): { name: string; pg: PgTable; sqlite: SQLiteTable }[] {
  const sqliteByName = new Map(
    Object.values(sqliteSchema)
      .filter((v) => is(v, SQLiteTable))
      .map((t) => [sqliteConfig(t).name, t]),
  );
  const pending = new Map(
    Object.values(pgSchema)
      .filter((v) => is(v, PgTable))
      .map((t) => [getTableConfig(t).name, t]),
  );
  const ordered: { name: string; pg: PgTable; sqlite: SQLiteTable }[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([name, table]) =>
      getTableConfig(table).foreignKeys.every((fk) => {
        const target = getTableConfig(fk.reference().foreignTable).name;
        return target === name || !pending.has(target);
      }),
    );
    if (ready.length === 0) throw new Error(`The foreign keys of ${[...pending.keys()].join(", ")} form a cycle.`);
    for (const [name, table] of ready.sort(([a], [b]) => a.localeCompare(b))) {
      ordered.push({ name, pg: table, sqlite: sqliteByName.get(name)! });
      pending.delete(name);
    }
  }
  return ordered;
}

/** JSON with every object's keys sorted: jsonb keeps its own key order, SQLite's text the writer's. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

type Row = Record<string, unknown>;
type Page = (after: unknown) => Promise<Row[]>;

/** Reads a table page by page in key order, hashing every row; returns its count and hash. */
async function readAll(page: Page, onRows?: (rows: Row[]) => Promise<void>): Promise<{ rows: number; sha256: string }> {
  const hash = createHash("sha256");
  let rows = 0;
  let after: unknown = undefined;
  for (;;) {
    const batch = await page(after);
    if (batch.length === 0) return { rows, sha256: hash.digest("hex") };
    for (const row of batch) hash.update(`${canonical(row)}\n`);
    rows += batch.length;
    after = batch.at(-1)!.id;
    await onRows?.(batch);
  }
}

function migrationsIn(folder: string): number {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta/_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/**
 * Moves the SQLite file's data into the PostgreSQL database at `ownerUrl`, or throws saying why and
 * leaves that database as it was.
 */
export async function moveSqliteToPg(sqliteFile: string, ownerUrl: string): Promise<MoveReport> {
  const started = performance.now();
  if (!fs.existsSync(sqliteFile)) throw new Error(`No SQLite database at ${sqliteFile}.`);
  const sqlite = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  const client = await connectPg(ownerUrl);
  try {
    const applied = sqlite.prepare("SELECT count(*) FROM __drizzle_migrations").pluck().get() as number;
    if (applied !== migrationsIn(SQLITE_MIGRATIONS))
      throw new Error(
        `${sqliteFile} has ${applied} of this version's ${migrationsIn(SQLITE_MIGRATIONS)} migrations: ` +
          "open it once with this version (npm start, or any npm run cli command with DATABASE_PATH naming it) first.",
      );
    await refuseUnlessMigratedAndOwner(client);

    const tables = inForeignKeyOrder();
    const source = drizzleSqlite(sqlite);
    const target = drizzlePg(client);
    await client.query("BEGIN");
    try {
      // Nothing else writes while the move runs (the app may read).
      await client.query(`LOCK TABLE ${tables.map((t) => `"${t.name}"`).join(", ")} IN EXCLUSIVE MODE`);
      await refuseUnlessEmpty(
        client,
        tables.map((t) => t.name),
      );
      // One snapshot of the SQLite file for every read below (a deferred read transaction).
      sqlite.exec("BEGIN");
      const moved: TableMove[] = [];
      for (const { name, pg, sqlite: table } of tables) {
        if (name === "sites") await dropDefaultSite(client);
        const id = getTableColumns(table).id!;
        const readSqlite: Page = async (after) =>
          source
            .select()
            .from(table)
            .where(after === undefined ? undefined : gt(id, after))
            .orderBy(asc(id))
            .limit(ROWS_PER_READ)
            .all();
        const perInsert = Math.floor(PARAMETERS_PER_INSERT / Object.keys(getTableColumns(pg)).length);
        const copied = await readAll(readSqlite, async (rows) => {
          for (let i = 0; i < rows.length; i += perInsert)
            await target
              .insert(pg)
              .values(rows.slice(i, i + perInsert) as never)
              .catch((error: Error) => {
                // Drizzle's message repeats the whole batch's values; PostgreSQL's own says what is wrong.
                const reason = error.cause instanceof Error ? error.cause.message : error.message;
                throw new Error(`${name}: PostgreSQL refused a row (${reason}). Nothing was moved.`);
              });
        });
        const expected = sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number;
        const pgId = getTableColumns(pg).id!;
        // SQLite orders text by its bytes; the C collation does too, whatever the database's.
        const order = pgId.columnType === "PgText" ? sql`${pgId} COLLATE "C"` : sql`${pgId}`;
        const readPg: Page = async (after) =>
          await target
            .select()
            .from(pg)
            .where(after === undefined ? undefined : sql`${order} > ${after}`)
            .orderBy(order)
            .limit(ROWS_PER_READ);
        const landed = await readAll(readPg);
        if (copied.rows !== expected || landed.rows !== expected || landed.sha256 !== copied.sha256)
          throw new Error(
            `${name}: SQLite holds ${expected} rows and ${copied.rows} were read; PostgreSQL holds ${landed.rows}` +
              (landed.sha256 === copied.sha256 ? "." : ", and they differ. Nothing was moved."),
          );
        if (pgId.columnType === "PgInteger") await continueCounting(client, name);
        moved.push({ table: name, rows: expected, sha256: copied.sha256 });
      }
      sqlite.exec("COMMIT");
      await client.query("COMMIT");
      // Statistics for the planner now, not when autovacuum next comes round: without them it
      // takes every table for a small one and may scan where an index would read a few rows.
      await client.query("ANALYZE");
      return { tables: moved, ms: Math.round(performance.now() - started) };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  } finally {
    sqlite.close();
    await client.end();
  }
}

/** Throws unless the database is at the latest of db/migrations-pg and this connection owns its tables. */
async function refuseUnlessMigratedAndOwner(client: Awaited<ReturnType<typeof connectPg>>): Promise<void> {
  // From the catalogs, which any role may read: the app's role may not look inside the tables.
  const owners = await client.query<{ schema: string; owner: string; me: string }>(
    `SELECT n.nspname AS schema, pg_get_userbyid(c.relowner) AS owner, current_user AS me
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE (n.nspname, c.relname) IN (('drizzle', '__drizzle_migrations'), ('public', 'sites'))`,
  );
  const sites = owners.rows.find((r) => r.schema === "public");
  if (!sites || !owners.rows.some((r) => r.schema === "drizzle"))
    throw new Error("The PostgreSQL database is not migrated: run `npm run cli -- pg:migrate` first.");
  if (sites.owner !== sites.me)
    throw new Error(
      `Connected as ${sites.me}; the move runs as the tables' owner, ${sites.owner} (DATABASE_OWNER_URL): ` +
        "it replaces the first migration's default site, which only the owner can.",
    );
  const applied = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations");
  if (applied.rows[0]!.n !== migrationsIn(PG_MIGRATIONS))
    throw new Error("The PostgreSQL database is not migrated to this version: run `npm run cli -- pg:migrate` first.");
}

/** Throws unless every table is empty, but for the default site the first migration made. */
async function refuseUnlessEmpty(client: Awaited<ReturnType<typeof connectPg>>, tables: string[]): Promise<void> {
  const counts = await client.query<{ name: string; n: number }>(
    tables.map((t) => `SELECT '${t}' AS name, count(*)::int AS n FROM "${t}"`).join(" UNION ALL "),
  );
  const sites = await client.query("SELECT id FROM sites");
  const held = counts.rows.filter(
    (r) => r.n > 0 && !(r.name === "sites" && sites.rows[0]?.id === "default" && r.n === 1),
  );
  if (held.length > 0)
    throw new Error(
      `The PostgreSQL database is not empty (${held.map((r) => `${r.name}: ${r.n} rows`).join(", ")}); ` +
        "the move goes only into a new, migrated database. Nothing was moved.",
    );
}

/** The first migration's default site gives way to the centre's own (with its name and date). */
async function dropDefaultSite(client: Awaited<ReturnType<typeof connectPg>>): Promise<void> {
  await client.query('ALTER TABLE "sites" DISABLE TRIGGER "sites_no_delete"');
  await client.query("DELETE FROM \"sites\" WHERE id = 'default'");
  await client.query('ALTER TABLE "sites" ENABLE TRIGGER "sites_no_delete"');
}

/** An identity column given its ids by the move goes on after the highest (transactional, unlike setval). */
async function continueCounting(client: Awaited<ReturnType<typeof connectPg>>, table: string): Promise<void> {
  const { rows } = await client.query<{ next: number }>(`SELECT coalesce(max(id), 0)::int + 1 AS next FROM "${table}"`);
  await client.query(`ALTER TABLE "${table}" ALTER COLUMN "id" RESTART WITH ${rows[0]!.next}`);
}
