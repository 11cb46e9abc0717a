// `npm run bench:worklist-scale` (issue 21, item 2): the worklist's SQL must follow the day, not
// the database. Seeds two wards in temp databases with the same day's list (the first 5,000
// patients' cycles, about 350 due; db/bench-seed.ts duePatients) and times the worklist query
// (db/reads/worklist.ts) in-process on each: 5,000 patients (100,000 cycles), then 50,000 patients
// (1,000,000 cycles), whose extra 45,000 patients are treated on other days; the two are timed in
// alternating rounds, so that other work on the machine weighs on both alike. The goal: the SQL
// time on the larger may be at most 1.5x that on the smaller. It rewrites its section of
// docs/benchmarks.md. SCALE_SMALL, SCALE_LARGE and SCALE_RUNS change the run (a quick one:
// SCALE_LARGE=10000 SCALE_RUNS=10); only a run at the default sizes rewrites the docs.
import fs from "node:fs";
import { closeDb } from "@/db/client";
import { meterSql, seedWard } from "@/db/bench-seed";
import { createUser } from "@/db/commands/users";
import { worklist } from "@/db/reads/worklist";
import { today } from "@/lib/dates";
import { describeMachine, envNumber, latencySummary } from "./lib/report";
import { tempDatabase } from "./lib/server";
import { writeDocsSection } from "./lib/docs";

const SMALL = envNumber("SCALE_SMALL", 5000);
const LARGE = envNumber("SCALE_LARGE", 50_000);
const RUNS = envNumber("SCALE_RUNS", 50);
const WARMUP = 5;
const CYCLES_EACH = 20;
const GOAL = 1.5;
const SECTION = "## Worklist at the scale of a network";

const ROUNDS = 5;

interface Seeded {
  dir: string;
  file: string;
  patients: number;
  cycles: number;
  assessments: number;
  doses: number;
  alerts: number;
  due: number;
  seedSeconds: number;
  megabytes: number;
}

interface Ward extends Seeded {
  rows: number;
  total: ReturnType<typeof latencySummary>;
  sql: ReturnType<typeof latencySummary>;
  sqlMin: number;
}

/** Seeds a ward of `patients` in a fresh temp database, left on disk for the timing rounds. */
async function seed(patients: number, day: string): Promise<Seeded> {
  const { dir, file } = tempDatabase("scale");
  process.env.DATABASE_PATH = file;
  try {
    const nurse = await createUser(null, {
      username: "scale.nurse",
      displayName: "Scale Nurse",
      role: "nurse",
      passwordHash: "not used: nobody signs in",
    });
    const t0 = performance.now();
    const ward = seedWard({
      patients,
      cyclesPerPatient: CYCLES_EACH,
      examsPerPatient: CYCLES_EACH,
      cycleLengthDays: 14,
      day,
      duePatients: SMALL,
      recordedBy: nurse.id,
    });
    const seedSeconds = (performance.now() - t0) / 1000;
    const megabytes = fs.statSync(file).size / 2 ** 20;
    console.log(
      `bench: ${patients} patients seeded in ${seedSeconds.toFixed(1)} s (${megabytes.toFixed(0)} MB), ${ward.dueOnDay.length} due`,
    );
    const { dueOnDay, ...counts } = ward;
    return { dir, file, ...counts, due: dueOnDay.length, seedSeconds, megabytes };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    closeDb();
  }
}

/**
 * Times the day's worklist on each ward in turn, ROUNDS times (each round reopens the database and
 * warms its cache first), so that other work on the machine weighs on both wards alike.
 */
async function timeWards(wards: Seeded[], day: string): Promise<Ward[]> {
  const samples = wards.map(() => ({ total: [] as number[], sql: [] as number[], rows: 0 }));
  const perRound = Math.ceil(RUNS / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, ward] of wards.entries()) {
      process.env.DATABASE_PATH = ward.file;
      const meter = meterSql();
      samples[i]!.rows = (await worklist(day)).patients.length;
      for (let w = 0; w < WARMUP; w++) await worklist(day);
      for (let r = 0; r < perRound; r++) {
        meter.reset();
        const t0 = performance.now();
        await worklist(day);
        samples[i]!.total.push(performance.now() - t0);
        samples[i]!.sql.push(meter.elapsedMs());
      }
      closeDb();
    }
  }
  return wards.map((ward, i) => ({
    ...ward,
    rows: samples[i]!.rows,
    total: latencySummary(samples[i]!.total),
    sql: latencySummary(samples[i]!.sql),
    sqlMin: Math.min(...samples[i]!.sql),
  }));
}

const ms = (n: number) => n.toFixed(1);
const count = (n: number) => n.toLocaleString("en-GB");

function report(small: Ward, large: Ward, machine: string): string {
  const ratio = large.sql.p50 / small.sql.p50;
  const ratioTotal = large.total.p50 / small.total.p50;
  const row = (w: Ward) =>
    `| ${count(w.patients)} | ${count(w.cycles)} | ${count(w.assessments)} | ${count(w.doses)} | ${count(w.alerts)} | ${w.megabytes.toFixed(0)} MB | ${w.seedSeconds.toFixed(1)} s | ${w.due} (${w.rows} rows) | ${ms(w.sql.p50)} | ${ms(w.sql.p95)} | ${ms(w.sqlMin)} | ${ms(w.total.p50)} | ${ms(w.total.p95)} |`;
  return [
    SECTION,
    "",
    "`npm run bench:worklist-scale` (bench/worklist-scale.ts, db/bench-seed.ts) seeds two wards in temp databases",
    `with the same day's list (only the first ${count(SMALL)} patients can be due on the day; the others are treated`,
    "on other days) and times the worklist query (db/reads/worklist.ts) in-process on each: its SQL time (statements",
    "compiled and run, metered) and its whole time (with the rows' assembly in JavaScript). Each patient has one",
    `course of ${CYCLES_EACH} cycles every 14 days and ${CYCLES_EACH} exams. The seed inserts in one transaction`,
    "with prepared statements, bypassing the rules engine and setting the indexes and protection triggers aside",
    `until the rows are in. Milliseconds, nearest-rank percentiles of ${RUNS} runs each, taken in ${ROUNDS} rounds`,
    `that alternate the two wards (each reopens its database and runs the worklist ${WARMUP} times unmeasured`,
    "first), so that other work on the machine weighs on both alike; min is the fastest run.",
    "",
    `- Machine: ${machine}.`,
    `- Run: ${new Date().toISOString()}.`,
    "",
    "| Patients | Cycles | Exams | Doses | Open alerts | File | Seeded in | Due on the day | SQL p50 | SQL p95 | SQL min | p50 | p95 |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    row(small),
    row(large),
    "",
    `Goal (issue 21, item 2): the worklist SQL on ${count(large.patients)} patients at most ${GOAL}x that on ` +
      `${count(small.patients)}, for the same day's list: ${ratio.toFixed(2)}x (p50), ` +
      `${ratio <= GOAL ? "met" : "missed"}; the whole query ${ratioTotal.toFixed(2)}x. ` +
      "Every statement reads by an index from the day's cycles to those patients' rows " +
      '(tests/query-plans.test.ts; "Query plans" below), so what grows is the depth of each B-tree, not the rows read.',
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const machine = describeMachine();
  const day = today();
  const seeded: Seeded[] = [];
  try {
    seeded.push(await seed(SMALL, day));
    seeded.push(await seed(LARGE, day));
    const [small, large] = await timeWards(seeded, day);
    const section = report(small!, large!, machine);
    console.log(`\n${section}`);
    if (SMALL === 5000 && LARGE === 50_000 && RUNS === 50) writeDocsSection(section);
    else console.log("bench: not the default sizes; docs/benchmarks.md left as it was");
  } finally {
    for (const ward of seeded) fs.rmSync(ward.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
