// `npm run bench:test-cpu`: where the CPU of the browser run goes. `npm test` must end within 15
// minutes on 2 cores, and its browser run, the longest step, keeps both cores busy, so only CPU
// saved there shortens it. This runs the SQLite browser run on the last build (`npm run build`
// first; under `flock /tmp/e2e.lock` where others run it), reads every process's CPU time from
// /proc each second, and writes each kind of process's total to its section of docs/benchmarks.md.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { writeDocsSection } from "./lib/docs";
import { describeMachine } from "./lib/report";

const SECTION = "## npm test's time";
const TICKS_PER_SECOND = 100;

/** What a process is, from its command line: Chromium's by its `--type`, then ours. */
function kindOf(command: string): string {
  const type = /--type=([a-z-]+)/.exec(command)?.[1];
  if (command.includes("--top-chrome-webui")) return "Chromium: the browser's own pages (top-chrome WebUI)";
  if (type === "utility") return `Chromium: utility (${/--utility-sub-type=([\w.]+)/.exec(command)?.[1] ?? "?"})`;
  if (type) return `Chromium: ${type}`;
  if (command.includes("/chromium")) return "Chromium: browser process";
  // `next start` renames itself next-server once running; a process is named when first seen.
  if (/next-server|next\/dist\/bin\/next|scripts\/start\.ts/.test(command)) return "the app's server";
  if (command.includes("playwright") || command.includes("scripts/e2e.ts")) return "Playwright (runner and workers)";
  return "other";
}

interface Seen {
  kind: string;
  first: number;
  last: number;
}

/** Every process's CPU ticks (user and system) as last seen, from the first time it was seen. */
function sample(seen: Map<string, Seen>, startedBefore: boolean): void {
  for (const pid of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      const key = `${pid}:${fields[19]}`;
      const known = seen.get(key);
      if (known) known.last = Math.max(known.last, ticks);
      else {
        const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
        // A process already running when the run began counts from then; one born during it, whole.
        seen.set(key, { kind: kindOf(command), first: startedBefore ? ticks : 0, last: ticks });
      }
    } catch {
      // Gone between the listing and the read.
    }
  }
}

const seen = new Map<string, Seen>();
sample(seen, true);
const started = Date.now();
const timer = setInterval(() => sample(seen, false), 1000);
const code = await new Promise<number>((resolve) => {
  const run = spawn("npx", ["tsx", "scripts/e2e.ts"], {
    stdio: "inherit",
    env: { ...process.env, E2E_SKIP_BUILD: "1" },
  });
  run.on("close", (status) => resolve(status ?? 1));
});
clearInterval(timer);
sample(seen, false);
if (code !== 0) {
  console.error("bench: the browser run failed; nothing written.");
  process.exit(code);
}

const wall = (Date.now() - started) / 1000;
const byKind = new Map<string, number>();
for (const { kind, first, last } of seen.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + (last - first));
const rows = [...byKind]
  .map(([kind, ticks]) => [kind, ticks / TICKS_PER_SECOND] as const)
  .filter(([, seconds]) => seconds >= 1)
  .sort((a, b) => b[1] - a[1]);
const total = rows.reduce((sum, [, seconds]) => sum + seconds, 0);

writeDocsSection(`${SECTION}

\`npm run bench:test-cpu\` (\`bench/test-cpu.ts\`): the SQLite browser run of \`npm test\` (every spec, two
workers, on the last build), with every process's CPU time read from /proc each second. ${describeMachine()}.

The run took ${(wall / 60).toFixed(1)} min and ${Math.round(total)} s of CPU, ${Math.round((total / (wall * 2)) * 100)}% of two cores:
the run is bound by CPU, so only CPU saved shortens it.

| Process | CPU (s) | Share |
| --- | ---: | ---: |
${rows.map(([kind, seconds]) => `| ${kind} | ${Math.round(seconds)} | ${Math.round((seconds / total) * 100)}% |`).join("\n")}

Reading: Chromium's new headless mode is the whole browser, so each window renders its address bar's
suggestion popups (top-chrome WebUI) in renderers of their own, redrawn at each navigation. On the same
machine, before \`e2e/chromium.ts\` turned them off, they took 103 s of a 910 s run and the zygote that forks
renderers 49 s; that run took 8.3 min, and the first one after 6.9 min. What is left is the pages
themselves (renderers: React, axe and Playwright's own scripts), the browser process, and the compositor
in the GPU process.
`);
