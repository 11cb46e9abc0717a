// PostgreSQL (issue 18), on a throwaway cluster (scripts/lib/pg-cluster.ts), one for the whole file:
// the migrations apply to an empty database; every protected table of db/protection.ts refuses
// DELETE, TRUNCATE and the updates its policy refuses, to the app's role by its privileges and to
// the tables' owner by the triggers; the app's role cannot drop, alter or disable them. Without a
// PostgreSQL server the file says so plainly and its database tests are skipped.
import fs from "node:fs";
import path from "node:path";
import { getTableColumns } from "drizzle-orm";
import type { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPg, migratePg, PG_MIGRATIONS } from "@/db/migrate-pg";
import { MUTABLE, PROTECTED } from "@/db/protection";
import { PG_PROTECT_TAG, pgProtectionMigration, pgTables } from "@/db/protection-pg";
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
