// Checks the database file itself, not the app's answers about it: a benchmark that trusted the
// code under test to report its own losses would prove nothing. So this one reader opens the
// SQLite file directly, read-only, while the server is stopped or between its writes.
import Database from "better-sqlite3";
import type { Acked } from "./workload";

export interface DatabaseCheck {
  integrity: string;
  foreignKeyViolations: number;
  rows: { assessments: number; doses: number };
  missing: { assessments: string[]; doses: string[] };
}

function missingIds(db: Database.Database, table: "assessments" | "doses", ids: string[]): string[] {
  const present = new Set(db.prepare(`SELECT id FROM ${table}`).pluck().all() as string[]);
  return ids.filter((id) => !present.has(id));
}

/** PRAGMA integrity_check and foreign_key_check, and every acknowledged id looked up by table. */
export function checkDatabase(file: string, acked: Acked): DatabaseCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma("integrity_check") as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
    const foreignKeyViolations = (db.pragma("foreign_key_check") as unknown[]).length;
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      integrity,
      foreignKeyViolations,
      rows: { assessments: count("assessments"), doses: count("doses") },
      missing: {
        assessments: missingIds(db, "assessments", acked.assessments),
        doses: missingIds(db, "doses", acked.doses),
      },
    };
  } finally {
    db.close();
  }
}
