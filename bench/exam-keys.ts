// `npm run bench:keys`: how many keys a nurse presses for an exam, from the worklist row to the
// saved exam (issue 13: unchanged at most 5, a full new exam at most 40). It serves the production
// build (`npm run build` first; run under `flock /tmp/e2e.lock` where others build) on a temp
// database, seeds a patient due today with last cycle's exam on record for each count, drives
// Chromium by keyboard alone with the key scripts of e2e/exam-keys.ts (the ones the exam-entry
// spec asserts), and rewrites its section of docs/benchmarks.md.
import { FULL_EXAM, FULL_LIMIT, recordFromWorklist, UNCHANGED_EXAM, UNCHANGED_LIMIT } from "../e2e/exam-keys";
import { signInAs } from "../e2e/fixtures";
import { seedPatientDueToday } from "../e2e/infusion-patient";
import { writeDocsSection } from "./lib/docs";
import { describeMachine } from "./lib/report";
import { withBrowserBench } from "./lib/browser-bench";

const SECTION = "## Exam entry by keyboard";

interface Count {
  what: string;
  keys: readonly string[];
  limit: number;
  pressed: number;
}

function report(counts: Count[], machine: string): string {
  const keyList = (keys: readonly string[]) => keys.map((k) => (k.length === 1 ? `\`${k}\`` : k)).join(" ");
  return [
    SECTION,
    "",
    "`npm run bench:keys` (bench/exam-keys.ts, with the key scripts of e2e/exam-keys.ts that",
    "e2e/exam-entry.spec.ts asserts) serves the production build on a temp database, seeds a patient whose",
    "cycle 2 is today with cycle 1's exam on record, and drives Chromium by keyboard alone from the",
    'worklist row\'s "Record exam" link (holding the focus, as after tabbing to it) to the saved exam,',
    "counting every key pressed. Nothing is entered by pointer and nothing is prefilled but the exam date.",
    "",
    `- Machine: ${machine}.`,
    `- Run: ${new Date().toISOString()}.`,
    "",
    "| Exam | Keys | Limit (issue 13) | Met |",
    "|---|---|---|---|",
    ...counts.map((c) => `| ${c.what} | ${c.pressed} | ${c.limit} | ${c.pressed <= c.limit ? "yes" : "**no**"} |`),
    "",
    ...counts.flatMap((c) => [`${c.what}: ${keyList(c.keys)}.`, ""]),
  ].join("\n");
}

async function main(): Promise<void> {
  const machine = describeMachine();
  await withBrowserBench("exam-keys", async ({ browser, server }) => {
    const counts: Count[] = [];
    for (const [what, keys, limit] of [
      ['Unchanged since last cycle ("Same as last cycle")', UNCHANGED_EXAM, UNCHANGED_LIMIT],
      ["Full new exam, every field typed", FULL_EXAM, FULL_LIMIT],
    ] as const) {
      const seeded = await seedPatientDueToday();
      await seeded.nurse.dispose();
      const context = await browser.newContext({ baseURL: server.baseUrl });
      const page = await context.newPage();
      await signInAs(page, "nurse");
      counts.push({ what, keys, limit, pressed: await recordFromWorklist(page, seeded.mrn, keys) });
      await context.close();
    }
    const section = report(counts, machine);
    console.log(`\n${section}`);
    writeDocsSection(section);
    if (counts.some((c) => c.pressed > c.limit)) process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
