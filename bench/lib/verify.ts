// Checks the database itself, not the app's answers about it: a benchmark that trusted the code
// under test to report its own losses would prove nothing. So this reader opens the SQLite file
// directly, read-only, or connects to PostgreSQL on its own, while the server is stopped.
import Database from "better-sqlite3";
import type { Acked } from "./workload";

export interface DatabaseCheck {
  /** What the database's own checker says of its stored structures: "ok", or its complaints. */
  integrity: string;
  /** How the foreign keys were checked, and what came of it. */
  foreignKeys: string;
  /** Both of the above found nothing wrong. */
  sound: boolean;
  rows: { assessments: number; doses: number };
  missing: { assessments: string[]; doses: string[] };
}

const missingFrom = (present: Set<string>, ids: string[]) => ids.filter((id) => !present.has(id));

/** PRAGMA integrity_check and foreign_key_check, and every acknowledged id looked up by table. */
export function checkSqlite(file: string, acked: Acked): DatabaseCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
    const violations = (db.pragma("foreign_key_check") as unknown[]).length;
    const ids = (table: string) => new Set(db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[]);
    const assessments = ids("assessments");
    const doses = ids("doses");
    return {
      integrity,
      foreignKeys: `foreign_key_check: ${violations} violations`,
      sound: integrity === "ok" && violations === 0,
      rows: { assessments: assessments.size, doses: doses.size },
      missing: { assessments: missingFrom(assessments, acked.assessments), doses: missingFrom(doses, acked.doses) },
    };
  } finally {
    db.close();
  }
}

/**
 * PostgreSQL has no one statement like integrity_check. What stands in for it here is the server's
 * own checker, amcheck (contrib; PostgreSQL documentation, F.2): bt_index_check with heapallindexed
 * on every B-tree index of the app's tables checks each index's structure and that every row of its
 * table is in it. It needs the superuser, who creates the extension once. Foreign keys need no
 * check after the fact: the server enforces them on every statement (none is deferrable in
 * db/migrations-pg), so what is reported is that each one is validated (pg_constraint.convalidated).
 * The acknowledged ids are looked up as the tables' owner.
 */
export async function checkPostgres(
  urls: { superuserUrl: string; ownerUrl: string },
  acked: Acked,
): Promise<DatabaseCheck> {
  const { default: pg } = await import("pg");
  const superuser = new pg.Client({ connectionString: urls.superuserUrl });
  const owner = new pg.Client({ connectionString: urls.ownerUrl });
  await Promise.all([superuser.connect(), owner.connect()]);
  try {
    let integrity: string;
    try {
      await superuser.query("CREATE EXTENSION IF NOT EXISTS amcheck");
      const checked = await superuser.query(
        `SELECT bt_index_check(c.oid, true) FROM pg_index i
           JOIN pg_class c ON c.oid = i.indexrelid
           JOIN pg_am a ON a.oid = c.relam
           JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE a.amname = 'btree' AND n.nspname = 'public'`,
      );
      integrity = `ok (amcheck, ${checked.rowCount} indexes)`;
    } catch (error) {
      integrity = `amcheck: ${error instanceof Error ? error.message : String(error)}`;
    }
    const fk = await owner.query<{ total: number; unvalidated: number }>(
      `SELECT count(*)::int AS total, (count(*) FILTER (WHERE NOT convalidated))::int AS unvalidated
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const { total, unvalidated } = fk.rows[0]!;
    const ids = async (table: string) =>
      new Set((await owner.query<{ id: string }>(`SELECT id FROM ${table}`)).rows.map((r) => r.id));
    const assessments = await ids("assessments");
    const doses = await ids("doses");
    return {
      integrity,
      foreignKeys: `enforced by the server: ${total} constraints, ${unvalidated} not validated`,
      sound: integrity.startsWith("ok") && unvalidated === 0,
      rows: { assessments: assessments.size, doses: doses.size },
      missing: { assessments: missingFrom(assessments, acked.assessments), doses: missingFrom(doses, acked.doses) },
    };
  } finally {
    await Promise.all([superuser.end(), owner.end()]);
  }
}
