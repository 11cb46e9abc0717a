// `npm run bench:crash`: the load of bench/load.ts, and CRASH_CYCLES times (default 20) a SIGKILL
// of the whole server (start.ts and Next.js, no handler runs) at a random moment between
// CRASH_MIN_MS and CRASH_MAX_MS into the load. After each kill, with the server down, the database
// file must pass PRAGMA integrity_check and hold every write ever acknowledged with 201 (the ids
// kept from the 201 bodies, across all cycles so far); then the server restarts on the same file
// and the same sessions go on. CRASH_CONNECTIONS (default 50) and CRASH_PATIENTS (default 200).
// A run at the default size that passes writes its "## Crash" section of docs/benchmarks.md.
// A smoke run: CRASH_CYCLES=2 CRASH_CONNECTIONS=5 npm run bench:crash
import { writeDocsSection } from "./lib/docs";
import { describeMachine, envNumber } from "./lib/report";
import { Server } from "./lib/server";
import { setUpStage } from "./lib/setup";
import { checkDatabase } from "./lib/verify";
import { startWorkload, type Acked } from "./lib/workload";

const DEFAULTS = { cycles: 20, connections: 50, patients: 200, minMs: 1000, maxMs: 4000 };
const cycles = envNumber("CRASH_CYCLES", DEFAULTS.cycles);
const connections = envNumber("CRASH_CONNECTIONS", DEFAULTS.connections);
const patientCount = envNumber("CRASH_PATIENTS", DEFAULTS.patients);
const minMs = envNumber("CRASH_MIN_MS", DEFAULTS.minMs);
const maxMs = envNumber("CRASH_MAX_MS", DEFAULTS.maxMs);
const fullSize =
  JSON.stringify({ cycles, connections, patients: patientCount, minMs, maxMs }) === JSON.stringify(DEFAULTS);
// Longer than any cycle: the kill, not the duration, ends each load.
const LOAD_CEILING_S = 3600;

interface CycleRow {
  cycle: number;
  killedAfterMs: number;
  acknowledged: number;
  /** Rows stored whose 201 never reached the client: committed just before a kill. Allowed. */
  storedUnacknowledged: number;
  otherAnswers: string;
  integrity: string;
  missing: number;
  restartMs: number | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function section(rows: CycleRow[], acked: Acked, machine: string): string {
  const restarts = rows.map((r) => r.restartMs).filter((ms): ms is number => ms !== null);
  const unacknowledged = rows.at(-1)?.storedUnacknowledged ?? 0;
  return `## Crash

\`npm run bench:crash\` (bench/crash.ts) runs the load of bench/load.ts (${connections} connections, ${patientCount} patients)
and, ${cycles} times, kills the server's whole process group (scripts/start.ts and the Next.js server) with
SIGKILL at a random moment ${minMs / 1000} to ${maxMs / 1000} s into the load. After each kill, with the server down, it
opens the SQLite file read-only: \`PRAGMA integrity_check\` must say ok and every id ever acknowledged
with 201, in all cycles so far, must be present; then the server restarts on the same file and the same
session cookie goes on. \`CRASH_CYCLES\`, \`CRASH_CONNECTIONS\`, \`CRASH_PATIENTS\`, \`CRASH_MIN_MS\` and
\`CRASH_MAX_MS\` change the run (only a run at the default size that passes rewrites this section).

- Machine: ${machine}.
- Run: ${new Date().toISOString()}, ${rows.length} cycles.

| cycle | killed after (ms) | 201s this cycle | stored, never acknowledged (all cycles) | other answers | integrity_check | acknowledged writes missing (all cycles) | restart to healthy (ms) |
|---|---|---|---|---|---|---|---|
${rows.map((r) => `| ${r.cycle} | ${r.killedAfterMs} | ${r.acknowledged} | ${r.storedUnacknowledged} | ${r.otherAnswers} | ${r.integrity} | ${r.missing} | ${r.restartMs ?? "-"} |`).join("\n")}

${(acked.assessments.length + acked.doses.length).toLocaleString("en-US")} writes acknowledged in all (${acked.assessments.length.toLocaleString("en-US")} exams, ${acked.doses.length.toLocaleString("en-US")} doses);
missing after the last kill: ${rows.at(-1)?.missing ?? "-"}. The ${unacknowledged} rows "stored, never acknowledged" are writes
that committed in the instant before a kill, whose answer never left the server: durable, as a commit
must be. Restart to a healthy \`/api/health\` took ${Math.min(...restarts)} to ${Math.max(...restarts)} ms.
`;
}

async function main(): Promise<number> {
  const machine = describeMachine();
  console.log(`crash: ${cycles} SIGKILLs under ${connections} connections over ${patientCount} patients`);
  const stage = await setUpStage("crash", patientCount);
  const acked: Acked = { assessments: [], doses: [] };
  const rows: CycleRow[] = [];
  try {
    for (let cycle = 1; cycle <= cycles; cycle++) {
      const before = acked.assessments.length + acked.doses.length;
      const load = startWorkload({
        baseUrl: stage.server!.baseUrl,
        cookie: stage.nurse.cookie,
        patients: stage.patients,
        connections,
        durationS: LOAD_CEILING_S,
        acked,
      });
      const killedAfterMs = Math.round(minMs + Math.random() * (maxMs - minMs));
      await sleep(killedAfterMs);
      await stage.server!.stop("SIGKILL");
      const result = await load.stop();

      const check = checkDatabase(stage.databasePath, acked);
      const missing = check.missing.assessments.length + check.missing.doses.length;
      const others = Object.entries(result.statusCounts).filter(([status]) => status !== "201");
      const row: CycleRow = {
        cycle,
        killedAfterMs,
        acknowledged: acked.assessments.length + acked.doses.length - before,
        storedUnacknowledged: check.rows.assessments + check.rows.doses - acked.assessments.length - acked.doses.length,
        otherAnswers: others.length ? JSON.stringify(Object.fromEntries(others)) : "none",
        integrity: check.integrity,
        missing,
        restartMs: null,
      };
      rows.push(row);
      if (check.integrity !== "ok" || missing > 0 || others.length > 0) {
        console.error(`crash: cycle ${cycle} FAILED: ${JSON.stringify(row)}`);
        break;
      }
      const restartAt = Date.now();
      stage.server = await Server.start(stage.databasePath, stage.port);
      row.restartMs = Date.now() - restartAt;
      console.log(`crash: cycle ${cycle}: ${JSON.stringify(row)}`);
    }

    const failed = rows.length < cycles || rows.some((r) => r.integrity !== "ok" || r.missing > 0);
    const report = section(rows, acked, machine);
    console.log(`\n${report}`);
    if (failed) {
      console.error("crash: FAILED");
      return 1;
    }
    if (fullSize) writeDocsSection(report);
    console.log(`crash: PASSED: ${cycles} kills, integrity ok after each, every acknowledged write present.`);
    return 0;
  } catch (error) {
    console.error(`crash: ${error instanceof Error ? error.message : String(error)}`);
    if (stage.server) console.error(`server output (tail):\n${stage.server.output}`);
    return 1;
  } finally {
    await stage.cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
