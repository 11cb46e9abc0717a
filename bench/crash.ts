// `npm run bench:crash`: the load of bench/load.ts, and CRASH_CYCLES times (default 20) a SIGKILL
// of the whole app server (start.ts and Next.js, no handler runs) at a moment between CRASH_MIN_MS
// and CRASH_MAX_MS into the load, on each database of BENCH_DATABASES in turn (SQLite, then
// PostgreSQL; the kill moments drawn from CRASH_SEED, the same on each). The database itself is
// never killed: on PostgreSQL the server keeps running and sees the app's connections drop. After
// each kill, with the app down, the stored data must pass the database's own checks and hold every
// write ever acknowledged with 201 (bench/lib/verify.ts; the ids kept from the 201 bodies, across
// all cycles so far); then the app restarts on the same database and the same sessions go on.
// CRASH_CONNECTIONS (default 50) and CRASH_PATIENTS (default 200). A run at the default size that
// passes on every database it ran writes its "## Crash" section of docs/benchmarks.md.
// A smoke run: CRASH_CYCLES=2 CRASH_CONNECTIONS=5 npm run bench:crash
import { benchDatabases, DATABASE_NAMES, type DatabaseKind } from "./lib/databases";
import { writeDocsSection } from "./lib/docs";
import { describeMachine, envNumber } from "./lib/report";
import { Server } from "./lib/server";
import { setUpStage } from "./lib/setup";
import { startWorkload, type Acked } from "./lib/workload";

const DEFAULTS = { cycles: 20, connections: 50, patients: 200, minMs: 1000, maxMs: 4000, seed: 18 };
const cycles = envNumber("CRASH_CYCLES", DEFAULTS.cycles);
const connections = envNumber("CRASH_CONNECTIONS", DEFAULTS.connections);
const patientCount = envNumber("CRASH_PATIENTS", DEFAULTS.patients);
const minMs = envNumber("CRASH_MIN_MS", DEFAULTS.minMs);
const maxMs = envNumber("CRASH_MAX_MS", DEFAULTS.maxMs);
const seed = envNumber("CRASH_SEED", DEFAULTS.seed);
const fullSize =
  JSON.stringify({ cycles, connections, patients: patientCount, minMs, maxMs, seed }) === JSON.stringify(DEFAULTS);
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
  foreignKeys: string;
  sound: boolean;
  missing: number;
  restartMs: number | null;
}

interface CrashRun {
  kind: DatabaseKind;
  machine: string;
  rows: CycleRow[];
  acked: Acked;
  failed: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The kill moments: random within the window, but from a seed (mulberry32), so each database is
 * killed at the same moments of its load.
 */
function killMoments(count: number): number[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return Array.from({ length: count }, () => Math.round(minMs + next() * (maxMs - minMs)));
}

const n = (value: number) => value.toLocaleString("en-US");
const range = (values: number[]) => (values.length ? `${Math.min(...values)} to ${Math.max(...values)}` : "-");

function summaryRow(figure: string, runs: CrashRun[], value: (run: CrashRun) => string | number): string {
  return `| ${figure} | ${runs.map((run) => value(run)).join(" | ")} |`;
}

function section(runs: CrashRun[]): string {
  const restarts = (run: CrashRun) => run.rows.map((r) => r.restartMs).filter((ms): ms is number => ms !== null);
  const names = runs.map((run) => DATABASE_NAMES[run.kind]);
  return `## Crash

\`npm run bench:crash\` (bench/crash.ts) runs the load of bench/load.ts (${connections} connections, ${patientCount} patients)
on each database in turn, SQLite then PostgreSQL (set up as in "Load": the PostgreSQL cluster durable,
with \`fsync\` and \`synchronous_commit\` on), and, ${cycles} times on each, kills the app server's whole process
group (scripts/start.ts and the Next.js server) with SIGKILL at a moment ${minMs / 1000} to ${maxMs / 1000} s into the load,
the moments drawn from a seed (\`CRASH_SEED\`, ${seed}), so the same on both. The database is not killed:
PostgreSQL's server runs on and sees the app's connections drop, rolling back what they had not
committed. After each kill, with the app down, the stored data is checked directly (bench/lib/verify.ts,
as in "Load"): on SQLite \`PRAGMA integrity_check\` and \`foreign_key_check\`, on PostgreSQL amcheck's
\`bt_index_check\` with \`heapallindexed\` on every B-tree index and the foreign keys validated (the server
enforces them on every statement); and every id ever acknowledged with 201, in all cycles so far, must be
present. Then the app restarts on the same database (on PostgreSQL the restart includes the migration
check as the owner) and the same session cookie goes on. \`BENCH_DATABASES\`, \`CRASH_CYCLES\`,
\`CRASH_CONNECTIONS\`, \`CRASH_PATIENTS\`, \`CRASH_MIN_MS\`, \`CRASH_MAX_MS\` and \`CRASH_SEED\` change the run
(only a run at the default size that passes on every database it ran rewrites this section).

${runs.map((run) => `- ${DATABASE_NAMES[run.kind]}: ${run.machine}.`).join("\n")}
- Run: ${new Date().toISOString()}.

| figure | ${names.join(" | ")} |
|---|${runs.map(() => "---|").join("")}
${summaryRow("kills", runs, (r) => `${r.rows.length} of ${cycles}`)}
${summaryRow("writes acknowledged in all (exams + doses)", runs, (r) => `${n(r.acked.assessments.length + r.acked.doses.length)} (${n(r.acked.assessments.length)} + ${n(r.acked.doses.length)})`)}
${summaryRow("acknowledged writes missing after the last kill", runs, (r) => r.rows.at(-1)?.missing ?? "-")}
${summaryRow(
  "other answers than 201, all cycles",
  runs,
  (r) =>
    r.rows
      .filter((c) => c.otherAnswers !== "none")
      .map((c) => `cycle ${c.cycle}: ${c.otherAnswers}`)
      .join(", ") || "none",
)}
${summaryRow("stored, never acknowledged (all cycles)", runs, (r) => r.rows.at(-1)?.storedUnacknowledged ?? "-")}
${summaryRow("integrity after every kill", runs, (r) => (r.rows.every((c) => c.sound) ? `${r.rows.at(-1)?.integrity ?? "-"} each time` : r.rows.find((c) => !c.sound)!.integrity))}
${summaryRow("foreign keys", runs, (r) => r.rows.at(-1)?.foreignKeys ?? "-")}
${summaryRow("restart to a healthy /api/health (ms)", runs, (r) => range(restarts(r)))}

Each cycle: when it was killed, the 201s in it, acknowledged writes missing (all cycles so far) and the
restart, on each database.

| cycle | killed after (ms) | ${names.map((name) => `${name}: 201s / missing / restart (ms)`).join(" | ")} |
|---|---|${runs.map(() => "---|").join("")}
${runs[0]!.rows
  .map(
    (first, i) =>
      `| ${first.cycle} | ${first.killedAfterMs} | ${runs
        .map((run) => {
          const c = run.rows[i];
          return c ? `${c.acknowledged} / ${c.missing} / ${c.restartMs ?? "-"}` : "-";
        })
        .join(" | ")} |`,
  )
  .join("\n")}

The rows "stored, never acknowledged" are writes that committed in the instant before a kill, whose
answer never left the server: durable, as a commit must be.
`;
}

async function runOn(kind: DatabaseKind, moments: number[]): Promise<CrashRun> {
  const name = DATABASE_NAMES[kind];
  const machine = describeMachine();
  console.log(`crash: ${name}: ${cycles} SIGKILLs under ${connections} connections over ${patientCount} patients`);
  const stage = await setUpStage("crash", patientCount, kind);
  const acked: Acked = { assessments: [], doses: [] };
  const rows: CycleRow[] = [];
  try {
    for (const [index, killedAfterMs] of moments.entries()) {
      const cycle = index + 1;
      const before = acked.assessments.length + acked.doses.length;
      const load = startWorkload({
        baseUrl: stage.server!.baseUrl,
        cookie: stage.nurse.cookie,
        patients: stage.patients,
        connections,
        durationS: LOAD_CEILING_S,
        acked,
      });
      await sleep(killedAfterMs);
      await stage.server!.stop("SIGKILL");
      const result = await load.stop();

      const check = await stage.database.check(acked);
      const missing = check.missing.assessments.length + check.missing.doses.length;
      const others = Object.entries(result.statusCounts).filter(([status]) => status !== "201");
      const row: CycleRow = {
        cycle,
        killedAfterMs,
        acknowledged: acked.assessments.length + acked.doses.length - before,
        storedUnacknowledged: check.rows.assessments + check.rows.doses - acked.assessments.length - acked.doses.length,
        otherAnswers: others.length ? JSON.stringify(Object.fromEntries(others)) : "none",
        integrity: check.integrity,
        foreignKeys: check.foreignKeys,
        sound: check.sound,
        missing,
        restartMs: null,
      };
      rows.push(row);
      if (!check.sound || missing > 0 || others.length > 0) {
        console.error(`crash: ${name}: cycle ${cycle} FAILED: ${JSON.stringify(row)}`);
        console.error(`server output (tail):\n${stage.server!.output}`);
        break;
      }
      const restartAt = Date.now();
      stage.server = await Server.start(stage.database.env, stage.port);
      row.restartMs = Date.now() - restartAt;
      console.log(`crash: ${name}: cycle ${cycle}: ${JSON.stringify(row)}`);
    }
    const failed = rows.length < cycles || rows.some((r) => !r.sound || r.missing > 0 || r.otherAnswers !== "none");
    return { kind, machine, rows, acked, failed };
  } catch (error) {
    if (stage.server) console.error(`server output (tail):\n${stage.server.output}`);
    throw error;
  } finally {
    await stage.cleanUp();
  }
}

async function main(): Promise<number> {
  const moments = killMoments(cycles);
  const runs: CrashRun[] = [];
  try {
    for (const kind of benchDatabases()) runs.push(await runOn(kind, moments));
  } catch (error) {
    console.error(`crash: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const report = section(runs);
  console.log(`\n${report}`);
  if (runs.some((run) => run.failed)) {
    console.error("crash: FAILED");
    return 1;
  }
  if (fullSize) writeDocsSection(report);
  console.log(`crash: PASSED: ${cycles} kills on each database, sound after each, every acknowledged write present.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
