// A transaction's body is async (db/client.ts; docs/architecture.md, "Transactions"): while one
// write awaits between its statements, another request's write must not run its statements inside
// that transaction. Each write lands whole, in the order they were started, and one that throws
// after its first statement leaves nothing behind; none is seen by another connection before its
// commit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSqlite, write } from "@/db/client";
import { useTempDatabase } from "@/lib/testing/api";
import { auditRow, committedAuditRows } from "./audit-rows";

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
  getSqlite();
});
afterAll(() => cleanup());

/** Lets the event loop turn, as a body awaiting a slower driver would. */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe("two writes of one process at once", () => {
  it("do not interleave: each lands whole, in the order they were started, and none is seen before its commit", async () => {
    const ids = ["a-1", "a-2", "b-1"];
    let seenMidway: string[] = [];
    const first = write(async (tx) => {
      await auditRow(tx, "a-1");
      await turns(5);
      seenMidway = committedAuditRows(ids);
      await auditRow(tx, "a-2");
      return "first";
    });
    await turns(1);
    const second = write(async (tx) => {
      await auditRow(tx, "b-1");
      return "second";
    });
    expect(await Promise.all([first, second])).toEqual(["first", "second"]);
    expect(seenMidway).toEqual([]);
    expect(committedAuditRows(ids)).toEqual(["a-1", "a-2", "b-1"]);
  });

  it("leave nothing of one that throws after its first statement, and the other lands", async () => {
    const ids = ["c-1", "d-1"];
    const failing = write(async (tx) => {
      await auditRow(tx, "c-1");
      await turns(5);
      throw new Error("refused after its first row");
    });
    await turns(1);
    const other = write((tx) => auditRow(tx, "d-1"));
    const results = await Promise.allSettled([failing, other]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
    expect(committedAuditRows(ids)).toEqual(["d-1"]);
    expect(getSqlite().inTransaction).toBe(false);
  });
});
