// `npm run bench:patient`: the patient page's server time and first-load JavaScript, beside the
// worklist's. A background ward (db/bench-seed.ts) goes into a temp database, then the production
// server (`npm run build` first; run under `flock /tmp/e2e.lock` where others build) serves it and
// one heavy patient is seeded through the API: 40 weekly paclitaxel cycles, 30 given and examined.
// It times whole-HTML GETs of the pages, the page's data load in-process beside its SQL time,
// reads the first-load JS per route from .next/diagnostics/route-bundle-stats.json, and rewrites
// its section of docs/benchmarks.md. BENCH_PATIENTS and BENCH_RUNS scale a quick run down.
import fs from "node:fs";
import zlib from "node:zlib";
import { addDays, formatISO } from "date-fns";
import { closeDb } from "@/db/client";
import { meterSql, seedWard } from "@/db/bench-seed";
import { getPatientReview } from "@/db/reads/patient-summary";
import { createUser } from "@/db/commands/users";
import { hashPassword } from "@/lib/auth/password";
import { today } from "@/lib/dates";
import { BenchApi, patientDataPaths } from "./lib/api";
import { describeMachine, envNumber, latencySummary, timeInTurn, timeRuns, type SqlMeter } from "./lib/report";
import { freePort } from "../scripts/lib/free-port";
import { requireBuild, Server, tempDatabase } from "./lib/server";
import { writeDocsSection } from "./lib/docs";
import { kb, ROUTE_STATS, routeSizes, type RouteSize } from "../scripts/lib/route-sizes";

const PATIENTS = envNumber("BENCH_PATIENTS", 500);
const RUNS = envNumber("BENCH_RUNS", 50);
const WARMUP = 5;
const PASSWORD = "bench patient passphrase, long enough";
const SECTION = "## Patient page";
const ROUTES = ["/patients/[id]", "/patients/[id]/summary", "/alerts", "/worklist"];

type Summary = ReturnType<typeof latencySummary>;

const time = (fn: () => Promise<unknown>, meter?: SqlMeter) => timeRuns(RUNS, WARMUP, fn, meter);

const day = (offset: number) => formatISO(addDays(new Date(`${today()}T12:00:00`), offset), { representation: "date" });

/** Exams that worsen slowly, with now and then a side not measured (a gap in the charts). */
function exam(n: number, cycle: { id: string; date: string }) {
  const grade = n < 10 ? 0 : n < 22 ? 1 : 2;
  return {
    cycleId: cycle.id,
    assessedOn: cycle.date,
    monofilament: { left: { felt: 5 - Math.min(grade, 2), tested: 5 }, right: { felt: 5, tested: 5 } },
    vibration: { left: Math.max(0, 15 - Math.floor(n / 3)), right: n % 7 === 0 ? null : 14 },
    ankleReflex: { left: grade > 1 ? "reduced" : "normal", right: "normal" },
    symptoms: {
      numbness: grade,
      tingling: grade,
      pain: 0,
      coldDysesthesia: false,
      balance: false,
      falls: 0,
      fineMotor: false,
    },
    adlImpact: grade > 1 ? "instrumental" : "none",
    sensoryGrade: grade,
    motorGrade: 0,
  };
}

/** The reviewed patient: weekly paclitaxel 80 mg/m2 for 40 weeks, 30 given, reduced by 20% at week 21. */
async function seedHeavyPatient(api: BenchApi): Promise<string> {
  const { patient } = await api.must("POST", "/api/patients", {
    mrn: `BENCH-PAGE-${Date.now().toString(36).toUpperCase()}`,
    familyName: "Heavy",
    givenName: "Record",
    birthDate: "1957-06-02",
    sex: "female",
    heightCm: 162,
    weightKg: 66,
    diagnosis: "Breast carcinoma",
    riskFactors: ["diabetes"],
  });
  const { course } = await api.must("POST", `/api/patients/${patient.id}/courses`, {
    name: "Weekly paclitaxel",
    startDate: day(-7 * 30),
    cycleLengthDays: 7,
    cycles: 40,
    agents: [{ agent: "paclitaxel", dose: 80, unit: "mg/m2", route: "IV" }],
  });
  for (const [n, cycle] of (course.cycles as { id: string; date: string }[]).slice(0, 30).entries()) {
    const { alerts } = await api.must("POST", `/api/patients/${patient.id}/assessments`, exam(n, cycle));
    await api.must("POST", `/api/cycles/${cycle.id}/doses`, {
      agent: "paclitaxel",
      dose: n < 20 ? 80 : 64,
      unit: "mg/m2",
    });
    for (const alert of alerts as { id: string; kind: string }[]) {
      if (alert.kind === "worsening") {
        await api.must("POST", `/api/alerts/${alert.id}/acknowledge`, { decision: "proceed", reason: "Reviewed" });
      }
    }
  }
  return patient.id;
}

function firstLoad(): RouteSize[] | string {
  const sizes = routeSizes();
  if (!sizes) return `no ${ROUTE_STATS}: run \`npm run build\` first`;
  return ROUTES.flatMap((route) => sizes.filter((s) => s.route === route));
}

/** The chunks that hold Recharts: fetched by the patient page after its first load. */
function chartChunks(): { raw: number; gzip: number } {
  const dir = ".next/static/chunks";
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".js"));
  const charts = files.map((f) => fs.readFileSync(`${dir}/${f}`)).filter((b) => b.includes("recharts-wrapper"));
  return {
    raw: charts.reduce((sum, b) => sum + b.length, 0),
    gzip: charts.reduce((sum, b) => sum + zlib.gzipSync(b).length, 0),
  };
}

const ms = (n: number) => n.toFixed(1);

function report(rows: { what: string; s: Summary; sql?: Summary | null }[], facts: string, machine: string): string {
  const bundles = firstLoad();
  const charts = chartChunks();
  const lines = [
    SECTION,
    "",
    "`npm run bench:patient` (bench/patient-page.ts) serves a temp database from the production build and",
    "times whole-HTML GETs of each page (time to the last byte, signed in as an oncologist), then the",
    "page's data load in-process beside its SQL time. Milliseconds, nearest-rank percentiles.",
    "",
    `- Data: ${facts}.`,
    `- Machine: ${machine}.`,
    `- Run: ${new Date().toISOString()}; ${RUNS} runs each after ${WARMUP} unmeasured.`,
    "",
    "| What | p50 | p95 | SQL p50 | SQL p95 |",
    "|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.what} | ${ms(r.s.p50)} | ${ms(r.s.p95)} | ${r.sql ? ms(r.sql.p50) : "-"} | ${r.sql ? ms(r.sql.p95) : "-"} |`,
    ),
    "",
    `Issue 21, item 3: the patient page is ${(rows[0]!.s.p50 / rows[1]!.s.p50).toFixed(2)}x its data over the API ` +
      `(p50, goal at most 2x: ${rows[0]!.s.p50 / rows[1]!.s.p50 <= 2 ? "met" : "missed"}).`,
    "",
    "First-load JavaScript per route (from .next/diagnostics/route-bundle-stats.json; gzip computed here):",
    "",
  ];
  if (typeof bundles === "string") lines.push(`Skipped: ${bundles}.`);
  else {
    lines.push("| Route | Uncompressed | Gzip |", "|---|---|---|");
    lines.push(...bundles.map((b) => `| ${b.route} | ${kb(b.raw)} | ${kb(b.gzip)} |`));
  }
  lines.push(
    "",
    `The trend charts (Recharts) are not in any route's first load: the patient page fetches them after it has ` +
      `rendered (next/dynamic), ${kb(charts.raw)} uncompressed, ${kb(charts.gzip)} gzip. The rest of the patient ` +
      "page's extra first-load JS over the worklist is the decision form's zod schema, shared with the API.",
    "",
  );
  return lines.join("\n");
}

async function main(): Promise<void> {
  requireBuild();
  const machine = describeMachine();
  const { dir, file } = tempDatabase("patient-page");
  process.env.DATABASE_PATH = file;
  let server: Server | undefined;
  try {
    const user = { username: "bench.oncologist", displayName: "Bench Oncologist", role: "oncologist" as const };
    const oncologist = await createUser(null, { ...user, passwordHash: await hashPassword(PASSWORD) });
    const ward = seedWard({
      patients: PATIENTS,
      cyclesPerPatient: 20,
      examsPerPatient: 20,
      cycleLengthDays: 14,
      day: today(),
      recordedBy: oncologist.id,
    });
    closeDb();

    server = await Server.start(file, await freePort());
    const api = await BenchApi.signIn(server.baseUrl, user.username, PASSWORD);
    const patientId = await seedHeavyPatient(api);
    const get = (path: string) => () => api.read(path);
    const dataPaths = patientDataPaths(patientId);
    const pageAndData = await timeInTurn(RUNS, WARMUP, [
      get(`/patients/${patientId}`),
      () => Promise.all(dataPaths.map((p) => get(p)())),
    ]);
    const rows: { what: string; s: Summary; sql?: Summary | null }[] = [
      { what: "Patient page over HTTP (whole HTML)", s: pageAndData[0]! },
      { what: `Its data over the API (${dataPaths.length} GETs at once, same run)`, s: pageAndData[1]! },
      { what: "Pre-cycle summary over HTTP", s: (await time(get(`/patients/${patientId}/summary`))).total },
      { what: "Open alerts page over HTTP", s: (await time(get("/alerts"))).total },
      { what: "Worklist page over HTTP, same server", s: (await time(get(`/worklist?date=${today()}`))).total },
    ];
    await server.stop("SIGTERM");

    const meter = meterSql();
    const load = await time(() => getPatientReview(patientId), meter);
    rows.push({ what: "Patient page data load in-process (getPatientReview)", s: load.total, sql: load.sql });

    const facts =
      `a ward of ${ward.patients} patients (${ward.cycles} cycles, ${ward.assessments} assessments, ${ward.doses} doses) ` +
      "and the reviewed patient: 40 weekly paclitaxel cycles, 30 examined and given, one reduction, decided alerts";
    const section = report(rows, facts, machine);
    console.log(`\n${section}`);
    writeDocsSection(section);
  } finally {
    await server?.stop("SIGTERM");
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
