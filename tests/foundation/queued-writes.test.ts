// Group commit (db/client.ts queueWrite; issue 21, item 5): writes queued together share one
// IMMEDIATE transaction and one commit, each in a savepoint of its own. A write that throws is
// rolled back alone, the others land; a promise settles only once its write is committed (another
// connection to the file sees it); and each write keeps its caller's seed clock (db/ids.ts).
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit } from "@/db/commands/audit";
import { databasePath, getSqlite, queueWrite } from "@/db/client";
import { now, withSeedClock } from "@/db/ids";
import { useTempDatabase } from "@/lib/testing/api";

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
  getSqlite();
});
afterAll(() => cleanup());

// Any write will do; an audit row of a closed-set action (lib/domain/codes.ts) is the smallest.
const auditRow = (entityId: string) => async (tx: Parameters<Parameters<typeof queueWrite>[0]>[0]) =>
  audit(tx, { userId: null, action: "patient.read", entity: "test", entityId });

/** The audit rows of these ids, read by a connection of its own, as another process would. */
function committed(ids: string[]): string[] {
  const other = new Database(databasePath(), { readonly: true });
  try {
    return other
      .prepare(`SELECT entity_id FROM audit_log WHERE entity_id IN (${ids.map(() => "?").join(", ")}) ORDER BY id`)
      .pluck()
      .all(...ids) as string[];
  } finally {
    other.close();
  }
}

describe("writes queued together", () => {
  it("commit together, each whole, a failing one rolled back alone", async () => {
    const ids = ["q-1", "q-2", "q-3", "q-4"];
    const results = await Promise.allSettled([
      queueWrite(auditRow("q-1")),
      queueWrite(auditRow("q-2")),
      queueWrite(async (tx) => {
        await auditRow("q-3")(tx);
        throw new Error("refused after its first row");
      }),
      queueWrite(async (tx) => {
        await auditRow("q-4")(tx);
        return "fourth";
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(results[3]).toEqual({ status: "fulfilled", value: "fourth" });
    expect(committed(ids)).toEqual(["q-1", "q-2", "q-4"]);
  });

  it("are settled only once committed: another connection sees each one then", async () => {
    const seen = await Promise.all(
      ["c-1", "c-2", "c-3"].map((id) => queueWrite(auditRow(id)).then(() => committed([id]))),
    );
    expect(seen).toEqual([["c-1"], ["c-2"], ["c-3"]]);
    expect(getSqlite().inTransaction).toBe(false);
  });

  it("keep each caller's seed clock", async () => {
    const at = (iso: string) => () => new Date(iso);
    const stamps = await Promise.all([
      withSeedClock(at("2026-03-01T09:00:00.000Z"), () => queueWrite(() => now())),
      queueWrite(() => now()),
      withSeedClock(at("2026-04-01T09:00:00.000Z"), () => queueWrite(() => now())),
    ]);
    expect(stamps[0]).toBe("2026-03-01T09:00:00.000Z");
    expect(stamps[1].startsWith("2026-03")).toBe(false);
    expect(stamps[2]).toBe("2026-04-01T09:00:00.000Z");
  });
});
