// `npm run bench:reads`: the worklist and patient reads and the assessment save, on SQLite and on
// PostgreSQL side by side in one run (issue 18, item 7). It builds one ward in a SQLite file (the
// synthetic ward of bench/worklist.ts, db/bench-seed.ts, and patients with 40 cycles of history
// recorded through db/ as the API records them), moves that file into a fresh durable PostgreSQL
// cluster with the command operators use (db/sqlite-to-pg.ts, `npm run cli -- pg:import`), so both
// hold the same rows, then serves each with the production build (`npm run build` first) and times
// every request over HTTP, taking the databases and the requests in turn. It rewrites its section of
// docs/benchmarks.md after a full-size run on both. Everything on PostgreSQL runs in the servers:
// this process chose SQLite when it first imported db/tables.ts. BENCH_DATABASES (sqlite, postgres,
// both), BENCH_PATIENTS, BENCH_RUNS, BENCH_SAVES and BENCH_HEAVY change the run.
import fs from "node:fs";
import os from "node:os";
import { closeDb } from "@/db/client";
import { seedWard } from "@/db/bench-seed";
import { createUser } from "@/db/commands/users";
import { usesPostgres } from "@/db/dialect";
import { migratePg } from "@/db/migrate-pg";
import { moveSqliteToPg } from "@/db/sqlite-to-pg";
import { hashPassword } from "@/lib/auth/password";
import { shiftDay, today } from "@/lib/dates";
import { APP_ROLE } from "../scripts/lib/pg-cluster";
import { freePort } from "../scripts/lib/free-port";
import { exam, HISTORY_CYCLES, seedHistoryPatients } from "./assessment-save";
import { BenchApi, patientDataPaths } from "./lib/api";
import { benchDatabases, DATABASE_NAMES, openBenchDatabase, type BenchDatabase } from "./lib/databases";
import { writeDocsSection } from "./lib/docs";
import { describeMachine, envNumber, latencySummary, timeInTurn } from "./lib/report";
import { requireBuild, Server, tempDatabase } from "./lib/server";

const DEFAULTS = { patients: 5000, runs: 50, saves: 200, heavy: 50 };
const PATIENTS = envNumber("BENCH_PATIENTS", DEFAULTS.patients);
const RUNS = envNumber("BENCH_RUNS", DEFAULTS.runs);
const SAVES = envNumber("BENCH_SAVES", DEFAULTS.saves);
const HEAVY = envNumber("BENCH_HEAVY", DEFAULTS.heavy);
const WARMUP = 5;
const NURSE = { username: "bench.nurse", displayName: "Bench Nurse", role: "nurse" as const };
const PASSWORD = "bench reads passphrase, long enough";
const SECTION = "## Reads and saves on both databases";

type Summary = ReturnType<typeof latencySummary>;

/** One database of the run: its server, and the nurse signed in to it. */
interface Served {
  database: BenchDatabase;
  server: Server;
  nurse: BenchApi;
}

interface Row {
  what: string;
  runs: number;
  /** One summary per database, in the order they run. */
  each: Summary[];
}

const loadAverage = () => os.loadavg()[0]!.toFixed(2);

/** Moves the seeded file into the new PostgreSQL database as an operator would: migrate, then pg:import. */
async function moveInto(database: BenchDatabase, file: string): Promise<string> {
  const ownerUrl = typeof database.env === "string" ? undefined : database.env.DATABASE_OWNER_URL;
  if (!ownerUrl) throw new Error("The PostgreSQL database has no owner's URL.");
  await migratePg(ownerUrl, APP_ROLE);
  const report = await moveSqliteToPg(file, ownerUrl);
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  const move = `${rows.toLocaleString("en-US")} rows in ${report.tables.length} tables moved in ${(report.ms / 1000).toFixed(1)} s`;
  console.log(`reads: PostgreSQL: ${move}`);
  return move;
}

/** Times `target` on every database, request by request in turn: one row of the table. */
function timedOnEach(served: Served[], targets: { what: string; request: (api: BenchApi) => Promise<unknown> }[]) {
  const fns = targets.flatMap((t) => served.map((s) => () => t.request(s.nurse)));
  return timeInTurn(RUNS, WARMUP, fns).then((summaries) =>
    targets.map((t, i): Row => ({
      what: t.what,
      runs: RUNS,
      each: summaries.slice(i * served.length, (i + 1) * served.length),
    })),
  );
}

/** Saves an exam for each of `targets` on every database in turn (after WARMUP unmeasured saves), timed. */
async function timeSaves(
  what: string,
  served: Served[],
  targets: readonly { patientId: string; cycleId: string }[],
  day: string,
): Promise<Row> {
  const save = (api: BenchApi, t: { patientId: string; cycleId: string }, i: number) =>
    api.must("POST", `/api/patients/${t.patientId}/assessments`, exam(t.cycleId, day, i));
  // A second exam on the same cycle is taken as any other (a third of the ward's due cycles have one already).
  for (const [i, t] of targets.slice(0, WARMUP).entries()) for (const s of served) await save(s.nurse, t, i);
  const samples = served.map(() => [] as number[]);
  for (const [i, t] of targets.entries()) {
    for (const [d, s] of served.entries()) {
      const t0 = performance.now();
      await save(s.nurse, t, i);
      samples[d]!.push(performance.now() - t0);
    }
  }
  return { what, runs: targets.length, each: samples.map((s) => latencySummary(s)) };
}

/** The same worklist from every server, or the run stops: the comparison needs the same data. */
async function sameWorklist(served: Served[], day: string): Promise<number> {
  const bodies = await Promise.all(served.map((s) => s.nurse.call("GET", `/api/worklist?date=${day}`)));
  const counts = bodies.map((b) => (b.body as { patients: unknown[] }).patients.length);
  if (counts.some((n) => n !== counts[0]))
    throw new Error(
      `The worklists differ: ${counts.join(" and ")} rows on ${served.map((s) => s.database.kind).join(" and ")}.`,
    );
  return counts[0]!;
}

const ms = (n: number) => n.toFixed(1);

function report(served: Served[], rows: Row[], facts: string[], machine: string, load: string): string {
  const names = served.map((s) => DATABASE_NAMES[s.database.kind]);
  const both = served.length === 2;
  return [
    SECTION,
    "",
    "`npm run bench:reads` (bench/reads.ts) builds one ward in a SQLite file: the synthetic ward of",
    "bench:worklist (db/bench-seed.ts) and patients with a weekly paclitaxel course whose first",
    `${HISTORY_CYCLES} cycles are given and examined, recorded through db/ as the API records them (rules, alerts, audit`,
    "rows). It moves that file into an empty database of a throwaway PostgreSQL cluster started durable",
    "(bench/lib/databases.ts: `fsync`, `synchronous_commit` and `full_page_writes` on, as SQLite runs with",
    "`synchronous = FULL`) with the command operators use (db/sqlite-to-pg.ts, `npm run cli -- pg:import`,",
    "after `pg:migrate`), which ends with ANALYZE, as SQLite's seed ends with `PRAGMA optimize`, so both",
    "planners start with statistics. Both databases then hold the same rows. The",
    "production build (`npm start`) serves each, both servers up at once, and every figure is a request over",
    "HTTP signed in as a nurse, time to the last byte, taken in turn: each request on SQLite, then the same on",
    "PostgreSQL, then the next, so that other work on the machine weighs on both alike. The saves are",
    "`POST /api/patients/{id}/assessments` of a pre-infusion exam, one after another (no concurrency; the",
    "load under concurrency is the Load section below): on the day's due cycles of the ward, then on the next",
    `cycle of each patient with ${HISTORY_CYCLES} cycles of history; each database gets the same exams in the same order.`,
    `Milliseconds, nearest-rank percentiles; reads ${RUNS} runs each after ${WARMUP} unmeasured, saves after ${WARMUP} unmeasured.`,
    "",
    ...facts.map((f) => `- ${f}.`),
    `- Machine: ${machine}; ${load}.`,
    `- Run: ${new Date().toISOString()}.`,
    "",
    `| What | Runs | ${names.map((n) => `${n} p50 | ${n} p95`).join(" | ")} |${both ? " PostgreSQL / SQLite p50 |" : ""}`,
    `|---|---|${names.map(() => "---|---|").join("")}${both ? "---|" : ""}`,
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.runs} | ${r.each.map((s) => `${ms(s.p50)} | ${ms(s.p95)}`).join(" | ")} |` +
        (both ? ` ${(r.each[1]!.p50 / r.each[0]!.p50).toFixed(2)}x |` : ""),
    ),
    "",
    "Reading the figures: the same Next.js server and code run on both; what differs is the driver and the",
    "database. On SQLite each query is a synchronous call into the server's own process (better-sqlite3); on",
    "PostgreSQL it is a round trip over loopback to a server process (node-postgres, a pool of connections),",
    "each read a REPEATABLE READ transaction (db/pg-client.ts pgReadSnapshot), its BEGIN and COMMIT round trips",
    "too, so a page's cost grows with its statements. A save commits with its WAL flushed to disk on both (one",
    "fsync); on PostgreSQL it runs SERIALIZABLE (db/pg-client.ts pgWrite). The worklist reads every due cycle",
    "of the day in a handful of set-based queries; the page renders the 100 most urgent rows. The patient",
    "page and its data over the API read one patient's whole record. This 2-core machine is shared with other",
    "agents' builds and tests and the PostgreSQL server competes with Node for the cores: see the load",
    "averages; the p95 figures follow the load more than the code.",
    "",
    "The first run of this bench (1 Dec, 22:06 UTC) found the worklist page 11.65x slower on PostgreSQL (1,441",
    "ms p50 against 124 ms). Beyond the rows the API gives, the page lists the follow-up exams due that day",
    "(db/reads/after-treatment.ts followUpsDueOf). Its PostgreSQL query read the doses given on the day's few",
    "spans of last-dose dates from a JSON list (json_to_recordset), which the planner took for 100 rows (there",
    "were 3), so it scanned all 51,835 doses, running the planned-cycle NOT EXISTS for each: 870 ms in EXPLAIN",
    "ANALYZE. The spans are now literal ranges the planner sees, and it reads the day's doses by doses_given_on",
    "and checks each by doses_patient_agent: 13 ms on the same ward.",
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  requireBuild();
  if (usesPostgres())
    throw new Error("Unset DATABASE_URL: the ward is seeded in a SQLite file, then moved into PostgreSQL.");
  const kinds = benchDatabases();
  const machine = describeMachine();
  const { dir, file } = tempDatabase("reads");
  process.env.DATABASE_PATH = file;
  const served: Served[] = [];
  const databases: BenchDatabase[] = [];
  try {
    const nurse = await createUser(null, { ...NURSE, passwordHash: await hashPassword(PASSWORD) });
    const day = today();
    const t0 = performance.now();
    const ward = seedWard({
      patients: PATIENTS,
      cyclesPerPatient: 20,
      examsPerPatient: 20,
      cycleLengthDays: 14,
      day,
      recordedBy: nurse.id,
    });
    // Their next cycle is the day before the one read, so the day's worklist stays the ward's own.
    const historyDay = shiftDay(day, -1);
    const history = await seedHistoryPatients(nurse.id, HEAVY, historyDay);
    closeDb();
    const seeded = `seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
    console.log(`reads: ${seeded}`);
    const facts = [
      `Ward: ${ward.patients} patients, ${ward.cycles} cycles (20 each, every 14 days), ${ward.assessments} ` +
        `assessments, ${ward.doses} doses, ${ward.alerts} open alerts; ${ward.dueOnDay.length} cycles due on the day read; ` +
        `and ${HEAVY} patients with ${HISTORY_CYCLES + 2} weekly cycles, ${HISTORY_CYCLES} given and examined (${seeded})`,
    ];

    for (const kind of kinds) {
      const database = await openBenchDatabase(kind, dir);
      databases.push(database);
      if (kind === "postgres") facts.push(`PostgreSQL: ${await moveInto(database, file)}, every count and row checked`);
    }
    for (const database of databases) {
      const server = await Server.start(database.env, await freePort());
      served.push({ database, server, nurse: await BenchApi.signIn(server.baseUrl, NURSE.username, PASSWORD) });
    }
    const due = await sameWorklist(served, day);
    facts.push(
      `The worklist read: ${due} rows${served.length === 2 ? ", the same count from both servers" : ""}; the patient read: ` +
        `the first of the ${HEAVY} with ${HISTORY_CYCLES} cycles of history`,
    );

    const startLoad = loadAverage();
    const patientId = history[0]!.patientId;
    const rows = await timedOnEach(served, [
      {
        what: "Worklist API (`GET /api/worklist?date=`, every row)",
        request: (api) => api.read(`/api/worklist?date=${day}`),
      },
      { what: "Worklist page (whole HTML, 100 most urgent rows)", request: (api) => api.read(`/worklist?date=${day}`) },
      {
        what: `Patient page, ${HISTORY_CYCLES} cycles of history (whole HTML)`,
        request: (api) => api.read(`/patients/${patientId}`),
      },
      {
        what: `Its data over the API (${patientDataPaths(patientId).length} GETs at once)`,
        request: (api) => Promise.all(patientDataPaths(patientId).map((p) => api.read(p))),
      },
    ]);
    rows.push(await timeSaves("Assessment save, a due cycle of the ward", served, ward.dueOnDay.slice(0, SAVES), day));
    rows.push(
      await timeSaves(
        `Assessment save, a patient with ${HISTORY_CYCLES} cycles of history`,
        served,
        history,
        historyDay,
      ),
    );
    const load = `load average ${startLoad} (1 min) when the timing started, ${loadAverage()} when it ended`;

    const section = report(served, rows, facts, machine, load);
    console.log(`\n${section}`);
    const fullSize =
      served.length === 2 &&
      PATIENTS === DEFAULTS.patients &&
      RUNS === DEFAULTS.runs &&
      SAVES === DEFAULTS.saves &&
      HEAVY === DEFAULTS.heavy;
    if (fullSize) writeDocsSection(section);
    else console.log("reads: not a full-size run on both databases: docs/benchmarks.md left as it was.");
  } catch (error) {
    for (const s of served)
      if (s.server.output) console.error(`server on ${s.database.kind} (tail):\n${s.server.output}`);
    throw error;
  } finally {
    for (const s of served) await s.server.stop("SIGTERM");
    for (const database of databases) database.close();
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
