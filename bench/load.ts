// `npm run bench:load`: LOAD_CONNECTIONS clients (default 50) save bedside exams and doses for
// LOAD_DURATION_S seconds (default 60) against the production server, on signed-in sessions, on
// each database of BENCH_DATABASES in turn (bench/lib/databases.ts: SQLite, then PostgreSQL, the
// same workload on each). Then, with the server stopped, every write acknowledged with 201 must be
// in the database, and the only rows beyond them may be the requests still in flight when the
// clients stopped (autocannon does not read those answers); any other answer, timeout or connection
// error fails. LOAD_PATIENTS (default 200) sets the pool of patients the writes spread over. A run
// at the default size that passes on every database it ran writes its "## Load" section of
// docs/benchmarks.md, a column per database.
// A smoke run: LOAD_DURATION_S=5 LOAD_CONNECTIONS=5 npm run bench:load
import { benchDatabases, DATABASE_NAMES, type DatabaseKind } from "./lib/databases";
import { writeDocsSection } from "./lib/docs";
import { measureCeiling, type Ceiling } from "./lib/ceiling";
import { describeMachine, envNumber, latencySummary } from "./lib/report";
import { setUpStage } from "./lib/setup";
import type { DatabaseCheck } from "./lib/verify";
import { startWorkload, type Acked, type WorkloadResult } from "./lib/workload";

const DEFAULTS = { connections: 50, durationS: 60, patients: 200 };
/** Long enough for a steady rate after the first second's warm-up. */
const CEILING_S = 15;
const connections = envNumber("LOAD_CONNECTIONS", DEFAULTS.connections);
const durationS = envNumber("LOAD_DURATION_S", DEFAULTS.durationS);
const patientCount = envNumber("LOAD_PATIENTS", DEFAULTS.patients);
const fullSize =
  connections === DEFAULTS.connections && durationS === DEFAULTS.durationS && patientCount === DEFAULTS.patients;

const n = (value: number) => value.toLocaleString("en-US");

interface LoadRun {
  kind: DatabaseKind;
  machine: string;
  result: WorkloadResult;
  check: DatabaseCheck;
  acked: Acked;
  /** Rows stored beyond the acknowledged writes. */
  extraRows: number;
  ceiling: Ceiling;
  failures: string[];
}

function failuresOf(
  result: WorkloadResult,
  check: DatabaseCheck,
  acked: Acked,
  extraRows: number,
  ceiling: Ceiling,
): string[] {
  const not201 = Object.entries(result.statusCounts).filter(([status]) => status !== "201");
  return [
    ...not201.map(([status, count]) => `${count} answers ${status}`),
    ...(result.connectionErrors ? [`${result.connectionErrors} connection errors`] : []),
    ...(result.timeouts ? [`${result.timeouts} timeouts`] : []),
    ...(check.sound ? [] : [`integrity: ${check.integrity}; foreign keys: ${check.foreignKeys}`]),
    ...(check.missing.assessments.length ? [`${check.missing.assessments.length} acknowledged exams missing`] : []),
    ...(check.missing.doses.length ? [`${check.missing.doses.length} acknowledged doses missing`] : []),
    // autocannon stops without reading the answers in flight: those writes may be stored unacknowledged.
    ...(extraRows < 0 || extraRows > result.unanswered
      ? [`${extraRows} rows stored beyond the ${n(acked.assessments.length + acked.doses.length)} acknowledged`]
      : []),
    ...(ceiling.failed ? [`${ceiling.failed} health checks failed while the ceiling was measured`] : []),
  ];
}

/** One row of the table: a figure, and its value on each database. */
const row = (figure: string, runs: LoadRun[], value: (run: LoadRun) => string | number) =>
  `| ${figure} | ${runs.map((run) => value(run)).join(" | ")} |`;

const rateOf = (run: LoadRun) => run.result.requests / run.result.durationS;

/**
 * What the ceiling leaves a write: at 500 a second a write has 2 ms of the server, of which the
 * cheapest route already takes 1000 / ceiling ms; the write's own work is what its time per
 * request adds to the ceiling's.
 */
function ceilingReading(run: LoadRun): string {
  const base = 1000 / run.ceiling.perSecond;
  const own = 1000 / rateOf(run) - base;
  const left = 1000 / 500 - base;
  return (
    `${DATABASE_NAMES[run.kind]}: the cheapest route costs ${base.toFixed(2)} ms a request; ` +
    `a write adds ${own.toFixed(2)} ms of its own (session, validation, rules engine, statements, audit, commit); ` +
    (left > 0
      ? `500 writes a second would leave it ${left.toFixed(2)} ms, ${(own / left).toFixed(1)}x less than it takes`
      : "500 writes a second is beyond the ceiling itself, whatever the write does")
  );
}

function goals(run: LoadRun): string {
  const rate = rateOf(run);
  const { p95 } = latencySummary(run.result.latencies);
  return (
    `${DATABASE_NAMES[run.kind]}: ${rate.toFixed(1)} writes per second (${rate >= 500 ? "met" : "missed"}), ` +
    `p95 ${p95} ms (${p95 < 150 ? "met" : "missed"}), ` +
    `${run.failures.length ? `failed: ${run.failures.join("; ")}` : "no errors and no acknowledged write missing"}`
  );
}

function section(runs: LoadRun[]) {
  const latency = new Map(runs.map((run) => [run, latencySummary(run.result.latencies)]));
  const sqlite = runs.find((run) => run.kind === "sqlite");
  const postgres = runs.find((run) => run.kind === "postgres");
  return `## Load

\`npm run bench:load\` (bench/load.ts, helpers in bench/lib/) serves the \`npm run build\` output with
scripts/start.ts (PORT, HOSTNAME=127.0.0.1) on each database in turn, the same workload on each: first
SQLite (DATABASE_PATH in a temp folder), then PostgreSQL (a throwaway PostgreSQL 15 cluster of
scripts/lib/pg-cluster.ts on loopback, DATABASE_URL as the app's role, DATABASE_OWNER_URL for the
migrations on start, as docs/deploy.md sets it up). On each it creates a nurse and an oncologist with
\`npm run cli -- user:create\`, signs them in (session cookie), seeds ${patientCount} patients each with a
12-cycle oxaliplatin course, then runs autocannon: ${connections} connections for ${durationS} s, each alternating
\`POST /api/patients/{id}/assessments\` (a bedside exam, now and then grade 1 or 2) and
\`POST /api/cycles/{id}/doses\` (oxaliplatin 85 mg/m2), spread over the patients and their cycles in the
same order on both. Every write runs the rules engine and its audit row in one transaction: IMMEDIATE
with \`synchronous = FULL\` on SQLite; SERIALIZABLE on PostgreSQL (db/pg-client.ts, run again on a
serialization failure), on a cluster started durable, with \`fsync\`, \`synchronous_commit\` and
\`full_page_writes\` on (its defaults; the test clusters turn them off): on both, no write is answered
before its commit is on disk, so the comparison is fair. Afterwards, with the server stopped, the
stored data is read directly, not through the app (bench/lib/verify.ts): every id from a 201 body must
be there, and the only rows beyond them may be the requests still in flight when autocannon stopped
(it does not read those answers). On SQLite the file is opened read-only and \`PRAGMA integrity_check\`
and \`foreign_key_check\` run. PostgreSQL has no one statement like them: the ids are looked up as the
tables' owner; in place of integrity_check the superuser runs amcheck's \`bt_index_check\` with
\`heapallindexed\` on every B-tree index of the app's tables (each index's structure, and every row of its
table in it); foreign keys are not checked after the fact because the server enforces them on every
statement (none is deferrable), so what is reported is that each is validated. Latency is time to the
whole answer, nearest-rank percentiles. \`BENCH_DATABASES\` (\`sqlite\`, \`postgres\` or \`both\`, the
default), \`LOAD_CONNECTIONS\`, \`LOAD_DURATION_S\` and \`LOAD_PATIENTS\` change the run (smoke:
\`LOAD_DURATION_S=5 LOAD_CONNECTIONS=5 npm run bench:load\`; only a run at the default size that passes
on every database it ran rewrites this section). Run it under \`flock /tmp/bench.lock\`, after
\`npm run build\` (a build rewrites .next under a running server).

${runs.map((run) => `- ${DATABASE_NAMES[run.kind]}: ${run.machine}.`).join("\n")}
- Run: ${new Date().toISOString()}. Other work may run on the machine at the same time: the load averages say how much.

| figure | ${runs.map((run) => DATABASE_NAMES[run.kind]).join(" | ")} |
|---|${runs.map(() => "---|").join("")}
${row("requests", runs, (r) => `${n(r.result.requests)} in ${r.result.durationS.toFixed(1)} s, ${JSON.stringify(r.result.statusCounts)} by status`)}
${row("requests (writes) per second", runs, (r) => rateOf(r).toFixed(1))}
${row("latency p50 / p95 / p99 / max (ms)", runs, (r) => {
  const l = latency.get(r)!;
  return `${l.p50} / ${l.p95} / ${l.p99} / ${l.max}`;
})}
${row("errors: non-201 answers / connection errors / timeouts", runs, (r) => `${r.result.requests - (r.result.statusCounts["201"] ?? 0)} / ${r.result.connectionErrors} / ${r.result.timeouts}`)}
${row("exams: acknowledged / stored", runs, (r) => `${n(r.acked.assessments.length)} / ${n(r.check.rows.assessments)}`)}
${row("doses: acknowledged / stored", runs, (r) => `${n(r.acked.doses.length)} / ${n(r.check.rows.doses)}`)}
${row("requests in flight at the stop / rows stored beyond the acknowledged", runs, (r) => `${r.result.unanswered} / ${r.extraRows}`)}
${row("acknowledged writes missing", runs, (r) => r.check.missing.assessments.length + r.check.missing.doses.length)}
${row("integrity", runs, (r) => r.check.integrity)}
${row("foreign keys", runs, (r) => r.check.foreignKeys)}
${row(`ceiling: \`GET /api/health\` per second, ${connections} clients, ${CEILING_S} s (p50 / p95 ms)`, runs, (r) => `${r.ceiling.perSecond.toFixed(1)} (${r.ceiling.p50} / ${r.ceiling.p95})`)}
${
  sqlite
    ? `
Reading the figures, SQLite: one Node process serves the writes (better-sqlite3 is synchronous), and
the exams and doses are committed in groups (db/client.ts queueWrite): the writes that arrive while the
server is busy run one after another in one IMMEDIATE transaction, each in a savepoint of its own with
its audit row and alerts, and share one commit, one fsync of the WAL with \`synchronous = FULL\`; none is
answered before that commit. ${connections} clients / ${rateOf(sqlite).toFixed(0)} writes per second gives
${Math.round((connections / rateOf(sqlite)) * 1000)} ms, the mean time a write spends queued and running (Little's law; compare the p50).
The server's time per write is about ${(1000 / rateOf(sqlite)).toFixed(1)} ms, its share of the fsync included.
`
    : ""
}${
    postgres
      ? `
Reading the figures, PostgreSQL: each write is a transaction of its own on one of the pool's
connections (DATABASE_POOL_SIZE, default 10), run concurrently by the server's backends; a write that
loses a serialization conflict (40001) or a deadlock (40P01) runs again, up to 8 tries, before the app
answers that the database is busy. Each commit waits for its WAL flush; commits that arrive during a
flush share the next one. ${connections} clients / ${rateOf(postgres).toFixed(0)} writes per second gives
${Math.round((connections / rateOf(postgres)) * 1000)} ms, the mean time a write spends queued and running (Little's law).
The Node process of the app and the PostgreSQL server share the machine's cores.
`
      : ""
  }
The ceiling: after the writes, the same ${connections} clients ask \`GET /api/health\` for ${CEILING_S} s, a
route that runs one \`SELECT 1\` in a read snapshot, with no session, no body and no write
(bench/lib/ceiling.ts). It is what Next.js, Node, the database driver and the load generator itself
cost per request on this 2-core machine, and no write can be answered faster:

${runs.map((run) => `- ${ceilingReading(run)}.`).join("\n")}

The reads and the save latency timed alone, on both databases side by side, are in "Reads and saves on
both databases" (\`npm run bench:reads\`); \`npm run bench:worklist\` and \`npm run bench:patient\` run on SQLite
only, as they set each figure beside SQLite's own statement time, metered in-process.

Goals (issue 21, item 5: at least 500 writes per second, p95 under 150 ms; issue 18, item 7: no errors and
no acknowledged write missing, on both):

${runs.map((run) => `- ${goals(run)}.`).join("\n")}
`;
}

async function runOn(kind: DatabaseKind): Promise<LoadRun> {
  const machine = describeMachine();
  console.log(
    `load: ${DATABASE_NAMES[kind]}: ${connections} connections for ${durationS} s over ${patientCount} patients`,
  );
  const stage = await setUpStage("load", patientCount, kind);
  try {
    const acked: Acked = { assessments: [], doses: [] };
    const result = await startWorkload({
      baseUrl: stage.server!.baseUrl,
      cookie: stage.nurse.cookie,
      patients: stage.patients,
      connections,
      durationS,
      acked,
    }).done;
    const ceiling = await measureCeiling(stage.server!.baseUrl, connections, CEILING_S);
    // Stopped before the check, so the data is read as it is at rest, with nothing in flight.
    await stage.server!.stop("SIGTERM");
    const check = await stage.database.check(acked);
    const extraRows = check.rows.assessments + check.rows.doses - acked.assessments.length - acked.doses.length;
    const failures = failuresOf(result, check, acked, extraRows, ceiling);
    if (failures.length) console.error(`load: ${DATABASE_NAMES[kind]}: FAILED: ${failures.join("; ")}`);
    if (failures.length && stage.server) console.error(`server output (tail):\n${stage.server.output}`);
    return { kind, machine, result, check, acked, extraRows, ceiling, failures };
  } catch (error) {
    if (stage.server) console.error(`server output (tail):\n${stage.server.output}`);
    throw error;
  } finally {
    await stage.cleanUp();
  }
}

async function main(): Promise<number> {
  const runs: LoadRun[] = [];
  try {
    for (const kind of benchDatabases()) runs.push(await runOn(kind));
  } catch (error) {
    console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const report = section(runs);
  console.log(`\n${report}`);
  if (runs.some((run) => run.failures.length)) {
    console.error("load: FAILED");
    return 1;
  }
  if (fullSize) writeDocsSection(report);
  console.log("load: PASSED: zero errors, every acknowledged write is in the database, on each database.");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
