// A page reads in one read transaction (db/client.ts readSnapshot; issue 17, item 7): a write
// another connection commits while the page is being read (the CLI, a second server) shows on the
// next page, never on half of this one. The write is made to land between two of the page's reads:
// at the moment the later read's statement is compiled, on a connection whose cache is empty.
import Database from "better-sqlite3";
import { count } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, databasePath, getDb, getSqlite, queueWrite, readSnapshot, type Db, type Tx } from "@/db/client";
import { cycleDetail } from "@/db/reads/cycle-detail";
import { getPatientReview } from "@/db/reads/patient-summary";
import * as schema from "@/db/schema";
import { signedIn, useTempDatabase, type ApiClient } from "@/lib/testing/api";

let cleanup: () => void;
let nurse: ApiClient;
let patientId: string;
let cycleId: string;

beforeAll(async () => {
  cleanup = useTempDatabase();
  nurse = await signedIn("nurse");
  const oncologist = await signedIn("oncologist");
  const patient = await nurse.post("/api/patients", {
    mrn: "SNAP-1",
    familyName: "Snapshot",
    givenName: "Case",
    birthDate: "1960-05-01",
    sex: "female",
    heightCm: 165,
    weightKg: 62,
  });
  patientId = patient.body.patient.id;
  const course = await oncologist.post(`/api/patients/${patientId}/courses`, {
    name: "FOLFOX",
    startDate: "2026-01-05",
    cycleLengthDays: 14,
    cycles: 2,
    agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV" }],
  });
  expect(course.status, JSON.stringify(course.body)).toBe(201);
  cycleId = course.body.course.cycles[0].id;
});
afterAll(() => cleanup());

/**
 * Another process's handle: a connection of its own to the same file. Its writes run inside a
 * statement's compilation (below), where nothing can be awaited, so they use better-sqlite3's
 * synchronous calls, as another process's own driver would be free to.
 */
type OtherDb = BetterSQLite3Database<typeof schema>;

/** A connection of its own to the same file, as another process would have. */
function otherConnection() {
  const sqlite = new Database(databasePath());
  sqlite.pragma("busy_timeout = 5000");
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

/**
 * Runs `read` on a freshly opened connection and, just before the first statement whose SQL
 * matches `before` is compiled (every read ahead of it done), commits `write` on another
 * connection. Answers what `read` gave and whether the write did land during it.
 */
async function writeDuring<T>(
  before: RegExp,
  write: (other: OtherDb) => void,
  read: () => Promise<T>,
): Promise<{ result: T; landed: boolean }> {
  closeDb();
  const sqlite = getSqlite();
  const prepare = sqlite.prepare.bind(sqlite);
  const other = otherConnection();
  let landed = false;
  sqlite.prepare = (source: string) => {
    if (!landed && before.test(source)) {
      other.db.transaction((tx) => write(tx));
      landed = true;
    }
    return prepare(source);
  };
  try {
    return { result: await read(), landed };
  } finally {
    other.sqlite.close();
    closeDb();
  }
}

let written = 0;
/** An alert and a note on it, committed together: a page shows both or neither. */
function alertWithNote(tx: OtherDb) {
  const at = new Date().toISOString();
  const alertId = `snapshot-alert-${++written}`;
  const author = tx.select({ id: schema.users.id }).from(schema.users).limit(1).get()!;
  tx.insert(schema.alerts)
    .values({
      id: alertId,
      patientId,
      key: alertId,
      kind: "no-plan",
      severity: "info",
      agent: "oxaliplatin",
      message: "Written by another connection mid-read.",
      status: "open",
      cycleId,
      raisedAt: at,
    })
    .run();
  tx.insert(schema.notes)
    .values({
      id: `${alertId}-note`,
      patientId,
      alertId,
      text: "On that alert.",
      authorId: author.id,
      authorRole: "nurse",
      createdAt: at,
    })
    .run();
  return alertId;
}

describe("readSnapshot", () => {
  const auditRows = async (db: Db | Tx) => (await db.select({ n: count() }).from(schema.auditLog))[0]!.n;
  const auditEntry = () => ({
    userId: null,
    action: "patient.read" as const,
    entity: "test",
    entityId: "snapshot",
    at: new Date().toISOString(),
  });
  const auditRow = (other: OtherDb) => other.insert(schema.auditLog).values(auditEntry()).run();

  it("reads as of its first read: a row another connection commits between two reads is not seen by the second", async () => {
    const other = otherConnection();
    try {
      const [first, second] = await readSnapshot(async (tx) => {
        const before = await auditRows(tx);
        auditRow(other.db);
        return [before, await auditRows(tx)] as const;
      });
      expect(second).toBe(first);
      // The row is committed: the next read sees it.
      expect(await readSnapshot(auditRows)).toBe(first + 1);
    } finally {
      other.sqlite.close();
    }
  });

  it("is what keeps the two reads together: without it the second read sees the new row", async () => {
    const other = otherConnection();
    try {
      const before = await auditRows(getDb());
      auditRow(other.db);
      expect(await auditRows(getDb())).toBe(before + 1);
    } finally {
      other.sqlite.close();
    }
  });

  it("keeps its snapshot while it awaits: a write this process starts meanwhile lands after it, not inside", async () => {
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    const reading = readSnapshot(async (tx) => {
      const before = await auditRows(tx);
      await paused;
      return [before, await auditRows(tx)] as const;
    });
    // Another request's write, started while the read is paused between its two statements.
    const writing = queueWrite((tx) => tx.insert(schema.auditLog).values(auditEntry()));
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    resume();
    const [first, second] = await reading;
    expect(second).toBe(first);
    await writing;
    expect(await readSnapshot(auditRows)).toBe(first + 1);
  });
});

describe("a page read", () => {
  it("is never torn: the patient review shows an alert and its note, written mid-read, both or neither", async () => {
    const { result, landed } = await writeDuring(/from "notes"/, alertWithNote, () => getPatientReview(patientId));
    expect(landed).toBe(true);
    const alertId = `snapshot-alert-${written}`;
    // Its alerts were read before the write, its notes after: one snapshot shows neither.
    expect(result.alerts.map((a) => a.id)).not.toContain(alertId);
    expect(result.notes.map((n) => n.alertId)).not.toContain(alertId);
    const next = await getPatientReview(patientId);
    expect(next.alerts.map((a) => a.id)).toContain(alertId);
    expect(next.notes.map((n) => n.alertId)).toContain(alertId);
  });

  it("is never torn: the cycle page reads its exams, doses and notes in the same snapshot as the cycle", async () => {
    const { result, landed } = await writeDuring(/from "notes"/, alertWithNote, () => cycleDetail(cycleId));
    expect(landed).toBe(true);
    const alertId = `snapshot-alert-${written}`;
    expect(result!.openAlerts.map((a) => a.id)).not.toContain(alertId);
    expect(result!.notes.map((n) => n.alertId)).not.toContain(alertId);
    const next = (await cycleDetail(cycleId))!;
    expect(next.openAlerts.map((a) => a.id)).toContain(alertId);
    expect(next.notes.map((n) => n.alertId)).toContain(alertId);
  });
});
