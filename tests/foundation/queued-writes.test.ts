// Group commit (db/client.ts queueWrite; issue 21, item 5): writes queued together share one
// IMMEDIATE transaction and one commit, each in a savepoint of its own. A write that throws is
// rolled back alone, the others land; a promise settles only once its write is committed (another
// connection to the file sees it); and each write keeps its caller's seed clock (db/ids.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSqlite, queueWrite } from "@/db/client";
import { now, withSeedClock } from "@/db/ids";
import { useTempDatabase } from "@/lib/testing/api";
import { auditRow, committedAuditRows } from "./audit-rows";

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
  getSqlite();
});
afterAll(() => cleanup());

describe("writes queued together", () => {
  it("commit together, each whole, a failing one rolled back alone", async () => {
    const ids = ["q-1", "q-2", "q-3", "q-4"];
    const results = await Promise.allSettled([
      queueWrite((tx) => auditRow(tx, "q-1")),
      queueWrite((tx) => auditRow(tx, "q-2")),
      queueWrite(async (tx) => {
        await auditRow(tx, "q-3");
        throw new Error("refused after its first row");
      }),
      queueWrite(async (tx) => {
        await auditRow(tx, "q-4");
        return "fourth";
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(results[3]).toEqual({ status: "fulfilled", value: "fourth" });
    expect(committedAuditRows(ids)).toEqual(["q-1", "q-2", "q-4"]);
  });

  it("are settled only once committed: another connection sees each one then", async () => {
    const seen = await Promise.all(
      ["c-1", "c-2", "c-3"].map((id) => queueWrite((tx) => auditRow(tx, id)).then(() => committedAuditRows([id]))),
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
