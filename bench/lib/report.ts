// Figures as the docs quote them: latency percentiles, and the machine a run was made on.
import os from "node:os";

/** The value at or below which `p` percent of the samples fall (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** Milliseconds, to a tenth. */
export function latencySummary(latencies: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  const tenth = (ms: number) => Math.round(ms * 10) / 10;
  return {
    p50: tenth(percentile(sorted, 50)),
    p95: tenth(percentile(sorted, 95)),
    p99: tenth(percentile(sorted, 99)),
    max: tenth(sorted.at(-1) ?? NaN),
  };
}

/** Cores, memory, Node and the load average: a busy machine explains slow figures. */
export function describeMachine(): string {
  const [one, five] = os.loadavg();
  return (
    `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown CPU"}), ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}; ` +
    `load average ${one?.toFixed(2)} (1 min) ${five?.toFixed(2)} (5 min) at the start`
  );
}

export function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}".`);
  return value;
}

/** What counts SQL time during a run (db/bench-seed.ts meterSql). */
export interface SqlMeter {
  reset: () => void;
  elapsedMs: () => number;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times: its total time and, with a meter, its SQL time. */
export async function timeRuns(runs: number, warmup: number, fn: () => Promise<unknown>, meter?: SqlMeter) {
  for (let i = 0; i < warmup; i++) await fn();
  const totals: number[] = [];
  const sql: number[] = [];
  for (let i = 0; i < runs; i++) {
    meter?.reset();
    const t0 = performance.now();
    await fn();
    totals.push(performance.now() - t0);
    if (meter) sql.push(meter.elapsedMs());
  }
  return { total: latencySummary(totals), sql: meter ? latencySummary(sql) : null };
}

/**
 * Runs each of `fns` `warmup` times unmeasured, then `runs` times, taking them in turn run by run so
 * that other work on the machine weighs on each alike: each one's latency summary, in order.
 */
export async function timeInTurn(runs: number, warmup: number, fns: (() => Promise<unknown>)[]) {
  for (let w = 0; w < warmup; w++) for (const fn of fns) await fn();
  const samples = fns.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    for (const [i, fn] of fns.entries()) {
      const t0 = performance.now();
      await fn();
      samples[i]!.push(performance.now() - t0);
    }
  }
  return samples.map((s) => latencySummary(s));
}
