// PostgreSQL (issue 18), on a throwaway cluster (scripts/lib/pg-cluster.ts), one for the whole file:
// the migrations apply to an empty database; every protected table of db/protection.ts refuses
// DELETE, TRUNCATE and the updates its policy refuses, to the app's role by its privileges and to
// the tables' owner by the triggers; the app's role cannot drop, alter or disable them; and the
// command line moves the demo ward from SQLite with every row and the audit trail intact, or
// nothing at all. Without a PostgreSQL server the file says so plainly and its database tests are skipped.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { getTableColumns } from "drizzle-orm";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, databasePath } from "@/db/client";
import { connectPg, migratePg, PG_MIGRATIONS } from "@/db/migrate-pg";
import { MUTABLE, PROTECTED, schemaTables } from "@/db/protection";
import { PG_PROTECT_TAG, pgProtectionMigration, pgTables } from "@/db/protection-pg";
import { moveSqliteToPg } from "@/db/sqlite-to-pg";
import { seedDemoWard } from "@/lib/demo/seed";
import { useTempDatabase } from "@/lib/testing/api";
import { APP_ROLE, startPgCluster, type PgDatabase } from "@/scripts/lib/pg-cluster";

const started = await startPgCluster();
if (!started.ok) console.warn(`PostgreSQL tests skipped: ${started.why}`);
afterAll(() => {
  if (started.ok) started.cluster.stop();
});

describe("the PostgreSQL migrations", () => {
  it("end with the protection db/protection.ts asks for (else `npm run db:protect`)", () => {
    const journal = JSON.parse(fs.readFileSync(path.join(PG_MIGRATIONS, "meta/_journal.json"), "utf8")) as {
      entries: { tag: string }[];
    };
    const latest = journal.entries.map((e) => e.tag).findLast((tag) => tag.endsWith(`_${PG_PROTECT_TAG}`));
    expect(latest).toBeDefined();
    expect(fs.readFileSync(path.join(PG_MIGRATIONS, `${latest}.sql`), "utf8")).toBe(pgProtectionMigration());
  });
});

describe.skipIf(!started.ok)("migrating a PostgreSQL database from several processes at once", () => {
  it("lets each one finish, one after another, as app servers starting together do", async () => {
    if (!started.ok) return;
    const db = started.cluster.createDatabase("cipn_migrate_together");
    await Promise.all(Array.from({ length: 4 }, () => migratePg(db.ownerUrl, APP_ROLE)));
    const app = await connectPg(db.appUrl);
    try {
      const { rows } = await app.query("SELECT code FROM sites WHERE id = 'default'");
      expect(rows).toEqual([{ code: "MAIN" }]);
    } finally {
      await app.end();
    }
  });
});

/** A statement's refusal: its SQLSTATE and message, or null when it succeeded (inside a rolled-back savepoint). */
async function attempt(client: Client, statement: string): Promise<{ code: string; message: string } | null> {
  await client.query("BEGIN");
  try {
    await client.query(statement);
    return null;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  } finally {
    await client.query("ROLLBACK");
  }
}

const PERMISSION_DENIED = "42501";
const REFUSED_BY_TRIGGER = "23001";

describe.skipIf(!started.ok)("a PostgreSQL database, migrated", () => {
  let db: PgDatabase;
  const clients: Record<"superuser" | "owner" | "app", Client> = {} as never;

  beforeAll(async () => {
    if (!started.ok) return;
    db = started.cluster.createDatabase("cipn_protect");
    await migratePg(db.ownerUrl, APP_ROLE);
    clients.superuser = await connectPg(db.superuserUrl);
    clients.owner = await connectPg(db.ownerUrl);
    clients.app = await connectPg(db.appUrl);
    // One row in each table, its references unchecked (as the superuser, replication role on).
    await clients.superuser.query("SET session_replication_role = replica");
    for (const [name, table] of pgTables()) {
      const columns = Object.values(getTableColumns(table)).filter(
        (c) => c.columnType !== "PgInteger" || c.name !== "id",
      );
      const values = columns.map(
        (c) =>
          c.enumValues?.[0] ??
          { PgInteger: 1, PgDoublePrecision: 1, PgBoolean: false, PgJsonb: "{}" }[c.columnType] ??
          `${name}-1`,
      );
      const list = columns.map((c) => `"${c.name}"`).join(", ");
      const params = columns.map((_, i) => `$${i + 1}`).join(", ");
      await clients.superuser.query(
        `INSERT INTO "${name}" (${list}) VALUES (${params}) ON CONFLICT DO NOTHING`,
        values,
      );
    }
    await clients.superuser.query("RESET session_replication_role");
  });
  afterAll(async () => {
    await Promise.all(Object.values(clients).map((c) => c.end()));
  });

  it("has every table of db/schema-pg.ts, owned by the owner, and the default site", async () => {
    const { rows } = await clients.app.query<{ tablename: string; tableowner: string }>(
      "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    expect(rows.map((r) => r.tablename)).toEqual([...pgTables().keys()].sort());
    expect(new Set(rows.map((r) => r.tableowner))).toEqual(new Set(["cipn_owner"]));
    const sites = await clients.app.query("SELECT code FROM sites WHERE id = 'default'");
    expect(sites.rows).toEqual([{ code: "MAIN" }]);
  });

  it.each(Object.keys(PROTECTED))("refuses the app's role and the owner to forget %s", async (table) => {
    const { update } = PROTECTED[table]!;
    const { rows } = await clients.owner.query(`SELECT count(*)::int AS n FROM "${table}"`);
    expect(rows[0].n, "a row to try").toBeGreaterThan(0);
    const columns = Object.values(getTableColumns(pgTables().get(table)!));
    // "never": any update, even to the same value; limited: a change of a column outside its list.
    const frozen =
      update === "never" || update === "any"
        ? `"${columns[0]!.name}" = "${columns[0]!.name}"`
        : columns
            .filter((c) => c.columnType === "PgText" && !update.only.includes(c.name))
            .map((c) => `"${c.name}" = "${c.name}" || '+'`)[0]!;
    const frozenUpdate = `UPDATE "${table}" SET ${frozen}`;

    for (const statement of [`DELETE FROM "${table}"`, `TRUNCATE "${table}" CASCADE`]) {
      expect(await attempt(clients.app, statement), `app: ${statement}`).toMatchObject({ code: PERMISSION_DENIED });
      expect(await attempt(clients.owner, statement), `owner: ${statement}`).toMatchObject({
        code: REFUSED_BY_TRIGGER,
        message: expect.stringMatching(new RegExp(`^${table}: rows are never deleted`)),
      });
    }
    if (update === "any") {
      expect(await attempt(clients.app, frozenUpdate), "app: an update of a changeable table").toBeNull();
      return;
    }
    expect(await attempt(clients.app, frozenUpdate), `app: ${frozenUpdate}`).toMatchObject({ code: PERMISSION_DENIED });
    expect(await attempt(clients.owner, frozenUpdate), `owner: ${frozenUpdate}`).toMatchObject({
      code: REFUSED_BY_TRIGGER,
      message: expect.stringMatching(new RegExp(`^${table}: `)),
    });
  });

  it("lets the app's role delete from the mutable tables only", async () => {
    for (const table of Object.keys(MUTABLE))
      expect(await attempt(clients.app, `DELETE FROM "${table}"`), table).toBeNull();
  });

  it("does not let the app's role drop, alter or disable a trigger, nor turn triggers off", async () => {
    for (const statement of [
      `DROP TRIGGER "audit_log_no_delete" ON "audit_log"`,
      `ALTER TABLE "audit_log" DISABLE TRIGGER ALL`,
      `ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update"`,
      `DROP TABLE "audit_log" CASCADE`,
      `DROP FUNCTION refuse_to_forget() CASCADE`,
      `CREATE OR REPLACE FUNCTION refuse_to_forget() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
      `CREATE TABLE "mine" (id int)`,
      `SET session_replication_role = replica`,
    ])
      expect(await attempt(clients.app, statement), statement).toMatchObject({ code: PERMISSION_DENIED });
  });
});

/** Every row of every table, by table, each table's rows ordered by id. */
type Rows = Record<string, Record<string, unknown>[]>;
const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => (String(a.id) < String(b.id) ? -1 : 1);

async function pgRows(client: Client): Promise<Rows> {
  const db = drizzlePg(client);
  const rows: Rows = {};
  for (const [name, table] of pgTables()) rows[name] = ((await db.select().from(table)) as Rows[string]).sort(byId);
  return rows;
}

describe.skipIf(!started.ok)("moving a SQLite centre into PostgreSQL", () => {
  let cleanup: () => void;
  let file: string;
  let sqliteRows: Rows;
  const databases: Record<"moved" | "failed", PgDatabase> = {} as never;

  beforeAll(async () => {
    if (!started.ok) return;
    cleanup = useTempDatabase();
    await seedDemoWard();
    file = databasePath();
    closeDb();
    const sqlite = new Database(file, { readonly: true });
    const db = drizzleSqlite(sqlite);
    sqliteRows = {};
    for (const [name, table] of schemaTables())
      sqliteRows[name] = (db.select().from(table).all() as Rows[string]).sort(byId);
    sqlite.close();
    databases.moved = started.cluster.createDatabase("cipn_moved");
    databases.failed = started.cluster.createDatabase("cipn_failed");
    for (const db of Object.values(databases)) await migratePg(db.ownerUrl, APP_ROLE);
  }, 120_000);
  afterAll(() => cleanup?.());

  it("moves the demo ward with `npm run cli -- pg:import`: every table's rows, the audit trail among them, alike", async () => {
    const run = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/cli.ts", "pg:import", file], {
      env: { ...process.env, DATABASE_OWNER_URL: databases.moved.ownerUrl },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Moved \d+ rows in 24 tables in \d+ ms; every count and row checked\.$/m);

    const app = await connectPg(databases.moved.appUrl);
    try {
      const moved = await pgRows(app);
      expect(Object.keys(moved).sort()).toEqual(Object.keys(sqliteRows).sort());
      for (const table of Object.keys(sqliteRows)) expect(moved[table], table).toEqual(sqliteRows[table]);
      expect(sqliteRows.audit_log!.length).toBeGreaterThan(1000);
      expect(sqliteRows.patients!.length).toBeGreaterThan(30);
      // The app's next audit row follows the moved ones.
      const next = await app.query<{ id: number }>(
        "INSERT INTO audit_log (at, action, entity, entity_id) VALUES ('2026-12-01T00:00:00.000Z', 'user.create', 'user', 'x') RETURNING id",
      );
      expect(next.rows[0]!.id).toBe(Math.max(...sqliteRows.audit_log!.map((r) => r.id as number)) + 1);
    } finally {
      await app.end();
    }
  });

  it("refuses a database that already holds records, and changes nothing there", async () => {
    const owner = await connectPg(databases.moved.ownerUrl);
    try {
      const before = await pgRows(owner);
      await expect(moveSqliteToPg(file, databases.moved.ownerUrl)).rejects.toThrow(/is not empty .*Nothing was moved/);
      expect(await pgRows(owner)).toEqual(before);
    } finally {
      await owner.end();
    }
  });

  it("refuses to run as the app's role, or into a database that is not migrated", async () => {
    await expect(moveSqliteToPg(file, databases.failed.appUrl)).rejects.toThrow(
      /^Connected as cipn_app; the move runs as the tables' owner, cipn_owner/,
    );
    if (!started.ok) return;
    const unmigrated = started.cluster.createDatabase("cipn_unmigrated");
    await expect(moveSqliteToPg(file, unmigrated.ownerUrl)).rejects.toThrow(
      /is not migrated: run `npm run cli -- pg:migrate`/,
    );
  });

  it("moves nothing when a row cannot land (a NUL in a note's text): the database is as migrated", async () => {
    const broken = path.join(path.dirname(file), "broken.db");
    fs.copyFileSync(file, broken);
    const sqlite = new Database(broken);
    sqlite
      .prepare(
        "INSERT INTO notes (id, patient_id, text, author_id, author_role, created_at) " +
          "SELECT 'nul-note', p.id, 'a' || char(0) || 'b', u.id, 'nurse', '2026-01-01T00:00:00.000Z' FROM patients p, users u LIMIT 1",
      )
      .run();
    sqlite.close();
    await expect(moveSqliteToPg(broken, databases.failed.ownerUrl)).rejects.toThrow(
      /^notes: PostgreSQL refused a row \(invalid byte sequence .*0x00\)/,
    );
    const app = await connectPg(databases.failed.appUrl);
    try {
      const rows = await pgRows(app);
      for (const [table, held] of Object.entries(rows)) expect(held.length, table).toBe(table === "sites" ? 1 : 0);
      // Even the audit trail's counter was put back (setval would not have been).
      const first = await app.query<{ id: number }>(
        "INSERT INTO audit_log (at, action, entity, entity_id) VALUES ('2026-12-01T00:00:00.000Z', 'user.create', 'user', 'x') RETURNING id",
      );
      expect(first.rows[0]!.id).toBe(1);
    } finally {
      await app.end();
    }
  });
});
