// `npm run bench:vitals`: the worklist, cycle and patient pages as a ward tablet loads them (issue
// 21, item 6). It serves the production build (`npm run build` first; run under `flock
// /tmp/e2e.lock` where others build, and `flock /tmp/bench.lock` where others measure) on a fresh
// database, SQLite then PostgreSQL (BENCH_DATABASES, bench/lib/databases.ts; issue 21, item 7),
// seeds patients due today with last cycle's exam on record, and drives Chromium with the CPU
// slowed 4x and a slow 4G network (both by the DevTools protocol). Each page is loaded
// cold (a new browser context: empty cache, signed in through the API so no page was loaded
// before) and measured in the page: LCP and CLS by PerformanceObserver (buffered), and the
// JavaScript it fetched. Then the nurse records a whole exam by keyboard on the cycle page and
// saves it: INP from the Event Timing API (durationThreshold 16 ms). It rewrites its section of
// docs/benchmarks.md.
import os from "node:os";
import { expect, type Browser, type Page } from "@playwright/test";
import { FULL_EXAM } from "../e2e/exam-keys";
import { USERS, type E2eRole } from "../e2e/fixtures";
import { seedPatientDueToday } from "../e2e/infusion-patient";
import { writeDocsSection } from "./lib/docs";
import { describeMachine, envNumber, percentile } from "./lib/report";
import { withBrowserBench } from "./lib/browser-bench";
import { benchDatabases, DATABASE_NAMES, type DatabaseKind } from "./lib/databases";

const SECTION = "## Throttled device (web vitals)";

/** Lighthouse's "slow 4G" figures: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const NETWORK = { latencyMs: 150, downKbps: 1600, upKbps: 750 };
const CPU_SLOWDOWN = 4;
const GOALS = { lcpMs: 1500, cls: 0.05, inpMs: 100 };

/** Installed before any page script: the observers read entries from the page's start (buffered). */
const OBSERVERS = `
  window.__vitals = { lcp: 0, lcpElement: "", cls: 0, events: [] };
  const describe = (node) => node ? (node.tagName || "").toLowerCase() + (node.id ? "#" + node.id : "") + (node.textContent ? " \\"" + node.textContent.trim().slice(0, 40) + "\\"" : "") : "";
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { window.__vitals.lcp = e.startTime; window.__vitals.lcpElement = describe(e.element); }
  }).observe({ type: "largest-contentful-paint", buffered: true });
  // CLS as Chrome reports it: the largest session window of shifts (gaps under 1 s, at most 5 s).
  let session = 0, first = 0, last = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      if (session > 0 && e.startTime - last < 1000 && e.startTime - first < 5000) session += e.value;
      else { session = e.value; first = e.startTime; }
      last = e.startTime;
      window.__vitals.cls = Math.max(window.__vitals.cls, session);
    }
  }).observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__vitals.events.push({ id: e.interactionId, name: e.name, duration: e.duration, target: describe(e.target) });
    }
  }).observe({ type: "event", buffered: true, durationThreshold: 16 });
`;

interface Vitals {
  lcp: number;
  lcpElement: string;
  cls: number;
  events: { id: number; name: string; duration: number; target: string }[];
}

interface Measured {
  kind: DatabaseKind;
  loads: Load[];
  exam: Awaited<ReturnType<typeof measureExam>>;
}

interface Load {
  page: string;
  lcp: number[];
  cls: number[];
  jsKb: number;
  /** Requests for other pages sent while it loaded, fetched ahead for the links on the screen. */
  fetchedAhead: number;
  lcpElement: string;
}

async function throttledPage(browser: Browser, baseUrl: string, role: E2eRole): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  // Signed in through the API: the context's cookie jar, and nothing of the app in its cache.
  const { username, password } = USERS[role];
  const signedIn = await context.request.post("/api/session", { data: { username, password } });
  if (!signedIn.ok()) throw new Error(`Sign-in as ${role} answered ${signedIn.status()}.`);
  const page = await context.newPage();
  await page.addInitScript(OBSERVERS);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: NETWORK.latencyMs,
    downloadThroughput: (NETWORK.downKbps * 1000) / 8,
    uploadThroughput: (NETWORK.upKbps * 1000) / 8,
  });
  return page;
}

const readVitals = (page: Page) => page.evaluate(() => (window as unknown as { __vitals: Vitals }).__vitals);

/** Loads `path` cold, waits until the network is quiet and a second more, and reads LCP, CLS and the JS fetched. */
async function measureLoad(browser: Browser, baseUrl: string, role: E2eRole, path: string) {
  const page = await throttledPage(browser, baseUrl, role);
  // Pages fetched ahead for links on the screen (Next.js marks those requests): each one a render on the server.
  let fetchedAhead = 0;
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) fetchedAhead++;
  });
  try {
    await page.goto(path, { waitUntil: "networkidle" });
    await page.waitForTimeout(1000);
    const vitals = await readVitals(page);
    const jsBytes = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((r) => (r as PerformanceResourceTiming).initiatorType === "script" || r.name.endsWith(".js"))
        .reduce((sum, r) => sum + (r as PerformanceResourceTiming).encodedBodySize, 0),
    );
    return { vitals, jsBytes, fetchedAhead };
  } finally {
    await page.context().close();
  }
}

/** The nurse opens the cycle, records a whole new exam by keyboard and saves; INP over those interactions. */
async function measureExam(browser: Browser, baseUrl: string, cycleId: string) {
  const page = await throttledPage(browser, baseUrl, "nurse");
  try {
    await page.goto(`/cycles/${cycleId}`, { waitUntil: "networkidle" });
    // The cycle page puts the cursor on "Same as last cycle", as the worklist's link leaves it.
    await expect(page.getByRole("button", { name: "Same as last cycle" })).toBeFocused({ timeout: 30_000 });
    for (const key of FULL_EXAM.slice(1)) await page.keyboard.press(key);
    await expect(page.getByRole("status").filter({ hasText: /Exam of .* saved/ })).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(1000);
    const { events } = await readVitals(page);
    // An interaction's latency is its longest event (keydown, keyup, click...); INP is the worst of
    // them when there are fewer than 50.
    const byInteraction = new Map<number, { duration: number; name: string; target: string }>();
    for (const e of events) {
      const seen = byInteraction.get(e.id);
      if (!seen || e.duration > seen.duration) byInteraction.set(e.id, e);
    }
    const interactions = [...byInteraction.values()].sort((a, b) => a.duration - b.duration);
    return { interactions, keys: FULL_EXAM.length - 1 };
  } finally {
    await page.context().close();
  }
}

const median = (xs: number[]) =>
  percentile(
    [...xs].sort((a, b) => a - b),
    50,
  );

/** Every page's cold loads and the exam by keyboard, on one database. */
async function measureOn(kind: DatabaseKind, runs: number): Promise<Measured> {
  return withBrowserBench(
    "web-vitals",
    async ({ browser, server }) => {
      // A morning's list of patients due today, each with last cycle's exam and dose on record.
      const seeded: Awaited<ReturnType<typeof seedPatientDueToday>>[] = [];
      for (let i = 0; i < envNumber("VITALS_PATIENTS", 12); i++) {
        const patient = await seedPatientDueToday();
        await patient.nurse.dispose();
        seeded.push(patient);
      }
      const pages: [string, E2eRole, (i: number) => string][] = [
        ["Worklist (nurse)", "nurse", () => "/worklist"],
        ["Cycle page, exam and doses (nurse)", "nurse", (i) => `/cycles/${seeded[i]!.cycleId}`],
        // Opened again once recorded: the saved exam's card and the dose given come in chunks of their own.
        ["Cycle page, exam and dose recorded (nurse)", "nurse", (i) => `/cycles/${seeded[i]!.lastCycleId}`],
        ["Patient page (oncologist)", "oncologist", (i) => `/patients/${seeded[i]!.patientId}`],
      ];
      const loads: Load[] = [];
      for (const [name, role, path] of pages) {
        const load: Load = { page: name, lcp: [], cls: [], jsKb: 0, fetchedAhead: 0, lcpElement: "" };
        for (let i = 0; i < runs; i++) {
          const { vitals, jsBytes, fetchedAhead } = await measureLoad(browser, server.baseUrl, role, path(i));
          load.lcp.push(vitals.lcp);
          load.cls.push(vitals.cls);
          load.jsKb = jsBytes / 1024;
          load.fetchedAhead = fetchedAhead;
          load.lcpElement = vitals.lcpElement;
          console.log(
            `${DATABASE_NAMES[kind]}, ${name}: LCP ${vitals.lcp.toFixed(0)} ms (${vitals.lcpElement}), CLS ${vitals.cls.toFixed(3)}`,
          );
        }
        loads.push(load);
      }
      // A patient whose cycle page has not been opened: the exam form is empty.
      const exam = await measureExam(browser, server.baseUrl, seeded[seeded.length - 1]!.cycleId);
      return { kind, loads, exam };
    },
    kind,
  );
}

async function main(): Promise<void> {
  const runs = envNumber("VITALS_RUNS", 3);
  const machineAtStart = describeMachine();
  // One database after the other, each with its own server and patients (BENCH_DATABASES).
  const measured: Measured[] = [];
  for (const kind of benchDatabases()) measured.push(await measureOn(kind, runs));
  const [oneAfter] = os.loadavg();
  const section = report(measured, machineAtStart, oneAfter ?? NaN, runs);
  console.log(`\n${section}`);
  writeDocsSection(section);
  const missed = measured.some(
    ({ loads, exam }) =>
      loads.some((l) => median(l.lcp) > GOALS.lcpMs || median(l.cls) > GOALS.cls) ||
      (exam.interactions.at(-1)?.duration ?? 0) > GOALS.inpMs,
  );
  if (missed) process.exitCode = 1;
}

function report(measured: Measured[], machine: string, loadAfter: number, runs: number): string {
  const ms = (x: number) => `${Math.round(x)} ms`;
  const met = (ok: boolean) => (ok ? "yes" : "**no**");
  const keys = measured[0]!.exam.keys;
  return [
    SECTION,
    "",
    "`npm run bench:vitals` (bench/web-vitals.ts) serves the production build on a fresh database with",
    `patients due today (each with last cycle's exam and dose on record) and drives Chromium with the CPU`,
    `slowed ${CPU_SLOWDOWN}x (\`Emulation.setCPUThrottlingRate\`) and a slow 4G network`,
    `(\`Network.emulateNetworkConditions\`: ${NETWORK.latencyMs} ms latency, ${NETWORK.downKbps / 1000} Mbit/s down,`,
    `${NETWORK.upKbps} kbit/s up), a 1280x800 window. Each page is loaded cold: a new browser context`,
    "(empty cache), signed in through the API. LCP and CLS are read in the page by PerformanceObserver",
    "(buffered; CLS as the largest session window), a second after the network is quiet; the pages fetched",
    "ahead are the requests for other pages it sent meanwhile (marked `Next-Router-Prefetch`). Then the nurse",
    `opens an unexamined cycle and records a whole new exam by keyboard (${keys} keys: every field typed,`,
    "the suggested grades accepted, saved); INP is the longest interaction (Event Timing API,",
    "`durationThreshold` 16 ms; each interaction's longest event), the worst one with fewer than 50.",
    "The whole run is made on each database in BENCH_DATABASES (default both: SQLite, then PostgreSQL on a",
    "durable throwaway cluster, bench/lib/databases.ts), each with its own server and patients.",
    "",
    `- Machine: ${machine}; ${loadAfter.toFixed(2)} (1 min) at the end. The CPU slowdown multiplies`,
    "  whatever else runs on the 2 cores: the load average says how much that was.",
    `- Run: ${new Date().toISOString()}; ${runs} cold loads of each page, the median shown (each run in brackets).`,
    "",
    "| Page | Database | LCP (goal <= 1500 ms) | Met | CLS (goal <= 0.05) | Met | JS fetched (gzip) | Pages fetched ahead | LCP element |",
    "|---|---|---|---|---|---|---|---|---|",
    ...measured[0]!.loads.flatMap((_, i) =>
      measured.map(({ kind, loads }) => {
        const l = loads[i]!;
        return (
          `| ${l.page} | ${DATABASE_NAMES[kind]} | ${ms(median(l.lcp))} (${l.lcp.map((x) => Math.round(x)).join(", ")}) | ` +
          `${met(median(l.lcp) <= GOALS.lcpMs)} | ${median(l.cls).toFixed(3)} (${l.cls.map((x) => x.toFixed(3)).join(", ")}) | ` +
          `${met(median(l.cls) <= GOALS.cls)} | ${Math.round(l.jsKb)} kB | ${l.fetchedAhead} | ${l.lcpElement.replace(/\|/g, "\\|")} |`
        );
      }),
    ),
    "",
    "| Interaction on the cycle page | Database | Figure | Goal | Met |",
    "|---|---|---|---|---|",
    ...measured.flatMap(({ kind, exam }) => {
      const worst = exam.interactions.at(-1);
      const durations = exam.interactions.map((e) => e.duration);
      return [
        `| INP: the whole exam typed and saved (${exam.interactions.length} interactions over 16 ms) | ${DATABASE_NAMES[kind]} | ${worst ? ms(worst.duration) : "none over 16 ms"} | <= 100 ms | ${met((worst?.duration ?? 0) <= GOALS.inpMs)} |`,
        `| median of those interactions | ${DATABASE_NAMES[kind]} | ${durations.length ? ms(median(durations)) : "-"} | | |`,
      ];
    }),
    "",
    ...measured.flatMap(({ kind, exam }) => {
      const worst = exam.interactions.at(-1);
      return worst
        ? [
            `The slowest interaction on ${DATABASE_NAMES[kind]}: ${worst.name} on ${worst.target.replace(/\|/g, "\\|")}.`,
            "",
          ]
        : [];
    }),
  ].join("\n");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
