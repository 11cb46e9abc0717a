// `npm run bench:load`: LOAD_CONNECTIONS clients (default 50) save bedside exams and doses for
// LOAD_DURATION_S seconds (default 60) against the production server, on signed-in sessions.
// Then, with the server stopped, every write acknowledged with 201 must be in the database file,
// and the only rows beyond them may be the requests still in flight when the clients stopped
// (autocannon does not read those answers); any other answer, timeout or connection error fails.
// LOAD_PATIENTS (default 200) sets the pool of patients the writes spread over. A run at the
// default size that passes writes its "## Load" section of docs/benchmarks.md.
// A smoke run: LOAD_DURATION_S=5 LOAD_CONNECTIONS=5 npm run bench:load
import { writeDocsSection } from "./lib/docs";
import { describeMachine, envNumber, latencySummary } from "./lib/report";
import { setUpStage } from "./lib/setup";
import { checkDatabase, type DatabaseCheck } from "./lib/verify";
import { startWorkload, type Acked, type WorkloadResult } from "./lib/workload";

const DEFAULTS = { connections: 50, durationS: 60, patients: 200 };
const connections = envNumber("LOAD_CONNECTIONS", DEFAULTS.connections);
const durationS = envNumber("LOAD_DURATION_S", DEFAULTS.durationS);
const patientCount = envNumber("LOAD_PATIENTS", DEFAULTS.patients);
const fullSize =
  connections === DEFAULTS.connections && durationS === DEFAULTS.durationS && patientCount === DEFAULTS.patients;

const n = (value: number) => value.toLocaleString("en-US");

function failuresOf(result: WorkloadResult, check: DatabaseCheck, acked: Acked, extraRows: number): string[] {
  const not201 = Object.entries(result.statusCounts).filter(([status]) => status !== "201");
  return [
    ...not201.map(([status, count]) => `${count} answers ${status}`),
    ...(result.connectionErrors ? [`${result.connectionErrors} connection errors`] : []),
    ...(result.timeouts ? [`${result.timeouts} timeouts`] : []),
    ...(check.integrity !== "ok" ? [`integrity_check: ${check.integrity}`] : []),
    ...(check.foreignKeyViolations ? [`${check.foreignKeyViolations} foreign key violations`] : []),
    ...(check.missing.assessments.length ? [`${check.missing.assessments.length} acknowledged exams missing`] : []),
    ...(check.missing.doses.length ? [`${check.missing.doses.length} acknowledged doses missing`] : []),
    // autocannon stops without reading the answers in flight: those writes may be stored unacknowledged.
    ...(extraRows < 0 || extraRows > result.unanswered
      ? [`${extraRows} rows stored beyond the ${n(acked.assessments.length + acked.doses.length)} acknowledged`]
      : []),
  ];
}

function section(result: WorkloadResult, check: DatabaseCheck, acked: Acked, extraRows: number, machine: string) {
  const latency = latencySummary(result.latencies);
  const rate = result.requests / result.durationS;
  return `## Load

\`npm run bench:load\` (bench/load.ts, helpers in bench/lib/) serves the \`npm run build\` output with
scripts/start.ts (PORT, HOSTNAME=127.0.0.1, DATABASE_PATH in a temp folder) after creating a nurse and an
oncologist with \`npm run cli -- user:create\`, signs them in (session cookie), seeds ${patientCount} patients
each with a 12-cycle oxaliplatin course, then runs autocannon: ${connections} connections for ${durationS} s,
each alternating \`POST /api/patients/{id}/assessments\` (a bedside exam, now and then grade 1 or 2) and
\`POST /api/cycles/{id}/doses\` (oxaliplatin 85 mg/m2), spread over the patients and their cycles. Every
write runs the rules engine and its audit row in one IMMEDIATE transaction with \`synchronous = FULL\`.
Afterwards, with the server stopped, the SQLite file is read directly (read-only): every id from a 201
body must be there, and the only rows beyond them may be the requests still in flight when autocannon
stopped (it does not read those answers). Latency is time to the whole answer, nearest-rank percentiles.
\`LOAD_CONNECTIONS\`, \`LOAD_DURATION_S\` and \`LOAD_PATIENTS\` change the run (smoke:
\`LOAD_DURATION_S=5 LOAD_CONNECTIONS=5 npm run bench:load\`; only a run at the default size that passes
rewrites this section). Run it under \`flock /tmp/e2e.lock\` where others build: \`next build\` rewrites
.next under a running server.

- Machine: ${machine}. Other work may run on the machine at the same time: the load average says how much.
- Run: ${new Date().toISOString()}.

| figure | value |
|---|---|
| requests | ${n(result.requests)} in ${result.durationS.toFixed(1)} s, ${JSON.stringify(result.statusCounts)} by status |
| requests per second | ${rate.toFixed(1)} |
| latency p50 / p95 / p99 / max (ms) | ${latency.p50} / ${latency.p95} / ${latency.p99} / ${latency.max} |
| errors: non-201 answers / connection errors / timeouts | ${result.requests - (result.statusCounts["201"] ?? 0)} / ${result.connectionErrors} / ${result.timeouts} |
| exams: acknowledged / stored | ${n(acked.assessments.length)} / ${n(check.rows.assessments)} |
| doses: acknowledged / stored | ${n(acked.doses.length)} / ${n(check.rows.doses)} |
| requests in flight at the stop / rows stored beyond the acknowledged | ${result.unanswered} / ${extraRows} |
| acknowledged writes missing | ${check.missing.assessments.length + check.missing.doses.length} |
| \`integrity_check\` / foreign-key violations | ${check.integrity} / ${check.foreignKeyViolations} |

Reading the figures: one Node process serves the writes (better-sqlite3 is synchronous), and the
exams and doses are committed in groups (db/client.ts queueWrite): the writes that arrive while the
server is busy run one after another in one IMMEDIATE transaction, each in a savepoint of its own with
its audit row and alerts, and share one commit, one fsync of the WAL with \`synchronous = FULL\`; none is
answered before that commit. ${connections} clients / ${rate.toFixed(0)} writes per second gives
${Math.round((connections / rate) * 1000)} ms, the mean time a write spends queued and running (Little's law; compare the p50).
The server's time per write is about ${(1000 / rate).toFixed(1)} ms, its share of the fsync included. Goals (issue 21,
item 5): at least 500 writes per second (${rate.toFixed(1)}: ${rate >= 500 ? "met" : "missed"}), p95 under 150 ms
(${latency.p95}: ${latency.p95 < 150 ? "met" : "missed"}), no errors and no acknowledged write missing (the checks
above; a run with either fails and leaves this section as it was).
`;
}

async function main(): Promise<number> {
  const machine = describeMachine();
  console.log(`load: ${connections} connections for ${durationS} s over ${patientCount} patients`);
  const stage = await setUpStage("load", patientCount);
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
    // Stopped before the check, so the file is read as it is at rest, with nothing in flight.
    await stage.server!.stop("SIGTERM");
    const check = checkDatabase(stage.databasePath, acked);
    const extraRows = check.rows.assessments + check.rows.doses - acked.assessments.length - acked.doses.length;
    const failures = failuresOf(result, check, acked, extraRows);
    const report = section(result, check, acked, extraRows, machine);
    console.log(`\n${report}`);
    if (failures.length) {
      console.error(`load: FAILED: ${failures.join("; ")}`);
      return 1;
    }
    if (fullSize) writeDocsSection(report);
    console.log("load: PASSED: zero errors, every acknowledged write is in the database.");
    return 0;
  } catch (error) {
    console.error(`load: ${error instanceof Error ? error.message : String(error)}`);
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
