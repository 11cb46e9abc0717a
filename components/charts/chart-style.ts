// Colours and strokes shared by the charts. Every series also differs by dash and symbol, so
// none is told apart by colour alone. Safe in the browser: nothing here reads the database.
import type { AnkleReflex } from "@/lib/domain/codes";

export const COLOR = {
  neuropathy: "#0f172a",
  left: "#175562",
  right: "#b45309",
  third: "#7e22ce",
  limit: "#b91c1c",
  warn: "#a16207",
  reduction: "#4338ca",
  grid: "#cbd5e1",
} as const;

/** Ankle reflexes drawn as a scale, best at the top. */
export const REFLEX_LEVEL: Record<AnkleReflex, number> = { normal: 3, reduced: 2, reinforcement: 1, absent: 0 };

export const DASH = { solid: undefined, dashed: "6 3", dotted: "2 3" } as const;

/** Ticks and the words on a chart: 12 px at least, dark enough to read on white (WCAG AA). */
export const AXIS_TICK = { fontSize: 12, fill: "#334155" } as const;
export const LABEL_TEXT = { fontSize: 12, fill: "#0f172a" } as const;

/** Round multiples of a power of ten that an axis may end on. */
const ROUND_ENDS = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9, 10];

/** The upper end of an axis: a round figure a little above the largest value to show, never zero. */
export function axisMax(...values: (number | null | undefined)[]): number {
  const top = Math.max(0, ...values.filter((v): v is number => typeof v === "number")) * 1.05;
  if (top === 0) return 1;
  const power = 10 ** Math.floor(Math.log10(top));
  return Number((ROUND_ENDS.find((m) => m * power >= top)! * power).toPrecision(6));
}

/** Evenly spaced round ticks from 0 to `max`: at most `most` steps of 1, 2, 2.5 or 5 times a power of ten. */
export function roundTicks(max: number, most = 5): number[] {
  const power = 10 ** Math.floor(Math.log10(max / most));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => max / s <= most)!;
  const ticks: number[] = [];
  for (let i = 0; i * step <= max + 1e-9; i++) ticks.push(Number((i * step).toPrecision(6)));
  return ticks;
}

/** About `count` days spread evenly across a time domain, at midnight UTC. */
export function dayTicks([from, to]: [number, number], count = 5): number[] {
  const day = 86_400_000;
  const step = Math.max(day, Math.ceil((to - from) / count / day) * day);
  const ticks: number[] = [];
  for (let t = Math.ceil(from / day) * day; t <= to; t += step) ticks.push(t);
  return ticks;
}
