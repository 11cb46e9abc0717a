// `npm run cli -- backup FILE` while another process goes on writing: the copy passes
// integrity_check, and the app started on the copy finds every row committed before the backup
// began (and nothing half-written after it).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDb, databasePath, getSqlite } from "@/db/client";
import { ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { patientBody } from "./records";

const TSX = ["node_modules/.bin/tsx", "--conditions=react-server"] as const;
const ROWS_BEFORE = 40;

let cleanup: () => void;
let writer: ChildProcess | undefined;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => {
  writer?.kill("SIGKILL");
  cleanup();
});

/** Starts the writer; resolves once it has committed `atLeast` rows. `ids` fills as it goes. */
function startWriter(userId: string, ids: string[], atLeast: number): Promise<void> {
  writer = spawn(TSX[0], [...TSX.slice(1), "tests/security/fixtures/backup-writer.ts", userId], {
    env: { ...process.env, DATABASE_PATH: databasePath() },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let buffered = "";
  return new Promise((resolve, reject) => {
    writer!.once("exit", (code) => reject(new Error(`The writer exited early (${code}).`)));
    writer!.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      ids.push(...lines);
      if (ids.length >= atLeast) resolve();
    });
  });
}

it("copies the database consistently while another process writes, and the app runs on the copy", async () => {
  const nurse = await signedIn("nurse");
  const userId: string = (await nurse.get("/api/session")).body.user.id;
  const writerIds: string[] = [];
  // The writer process starts (seconds on a busy machine) while this one registers its patients.
  const writing = startWriter(userId, writerIds, 20);
  for (let i = 0; i < ROWS_BEFORE; i++) expect((await nurse.post("/api/patients", patientBody())).status).toBe(201);
  await writing;
  // Every row committed before the backup begins: read on our own connection, right now.
  const committedBefore = getSqlite().prepare("SELECT id FROM patients").pluck().all() as string[];
  const writtenBeforeBackup = writerIds.length;

  const copy = path.join(path.dirname(databasePath()), "backup.db");
  // Asynchronous, so the writer's ids keep arriving while the backup runs.
  const backup = spawn(TSX[0], [...TSX.slice(1), "scripts/cli.ts", "backup", copy], {
    env: { ...process.env, DATABASE_PATH: databasePath() },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let backupErrors = "";
  backup.stderr.on("data", (chunk: Buffer) => (backupErrors += chunk.toString()));
  const backupExit = await new Promise<number | null>((resolve) => backup.once("exit", resolve));
  expect(backupExit, backupErrors).toBe(0);
  const writtenDuringBackup = writerIds.length - writtenBeforeBackup;
  writer!.removeAllListeners("exit");
  const exited = new Promise((resolve) => writer!.once("exit", resolve));
  writer!.kill("SIGTERM");
  await exited;
  expect(writtenDuringBackup, "the writer kept writing while the backup ran").toBeGreaterThan(0);
  expect(committedBefore.length).toBeGreaterThanOrEqual(ROWS_BEFORE + 20);

  // Start the app's database layer on the copy, as a restore would, and read through the API.
  const original = process.env.DATABASE_PATH;
  closeDb();
  process.env.DATABASE_PATH = copy;
  try {
    expect(getSqlite().pragma("integrity_check", { simple: true })).toBe("ok");
    expect(getSqlite().pragma("foreign_key_check")).toEqual([]);
    // The session lives in the database too: the same cookie works on the restored copy.
    const restored = await nurse.get("/api/patients?limit=1000");
    expect(restored.status).toBe(200);
    const found = new Set((restored.body.patients as { id: string }[]).map((p) => p.id));
    expect(committedBefore.filter((id) => !found.has(id))).toEqual([]);
    // Every patient in the copy came with its audit row: no write was copied half-done.
    const audited = getSqlite().prepare("SELECT count(*) FROM audit_log WHERE action = 'patient.create'").pluck().get();
    expect(audited).toBe(found.size);
    console.log(
      `backup: ${committedBefore.length} patients committed before the backup began, ` +
        `${writtenDuringBackup} written by the other process while \`cli backup\` ran, ${found.size} in the copy`,
    );
    expect((await new ApiClient().get("/api/health")).status).toBe(200);
  } finally {
    closeDb();
    process.env.DATABASE_PATH = original;
  }
});
