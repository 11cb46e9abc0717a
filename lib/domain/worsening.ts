// Progression on the serial exam, even below every threshold (docs/clinical-rules.md, "Worsening").
import { SIDES, VIBRATION_SECONDS_LOST, neuropathyGrade } from "./grading";
import type { ExamFacts, ExamFindings } from "./records";
import { reached } from "./tolerance";

/** Two or more monofilament sites lost on a foot is progression (compared only at equal sites tested). */
export const MONOFILAMENT_SITES_LOST = 2;

/** One change, tracked on its own side so that each side's first crossing counts. */
export interface Change {
  track: string;
  description: string;
}

/** The changes from `earlier` to `later` that count as progression. */
export function changesBetween(earlier: ExamFindings, later: ExamFindings): Change[] {
  const changes: Change[] = [];
  const gradeBefore = neuropathyGrade(earlier);
  const gradeNow = neuropathyGrade(later);
  if (gradeNow >= gradeBefore + 1) {
    changes.push({ track: "grade", description: `neuropathy grade ${gradeBefore} to ${gradeNow}` });
  }
  for (const side of SIDES) {
    const footBefore = earlier.monofilament[side];
    const footNow = later.monofilament[side];
    if (
      footBefore &&
      footNow &&
      footBefore.tested === footNow.tested &&
      footBefore.felt - footNow.felt >= MONOFILAMENT_SITES_LOST
    ) {
      changes.push({
        track: `monofilament:${side}`,
        description: `${side} foot monofilament ${footBefore.felt}/${footBefore.tested} to ${footNow.felt}/${footNow.tested}`,
      });
    }
    const vibBefore = earlier.vibration[side];
    const vibNow = later.vibration[side];
    if (
      vibBefore !== null &&
      vibNow !== null &&
      (reached(vibBefore - vibNow, VIBRATION_SECONDS_LOST) || (vibNow === 0 && vibBefore > 0))
    ) {
      changes.push({
        track: `vibration:${side}`,
        description: `${side} great-toe vibration ${vibBefore} s to ${vibNow === 0 ? "not felt" : `${vibNow} s`}`,
      });
    }
    const reflexBefore = earlier.ankleReflex[side];
    const reflexNow = later.ankleReflex[side];
    if (reflexBefore !== null && reflexBefore !== "absent" && reflexNow === "absent") {
      changes.push({ track: `reflex:${side}`, description: `${side} ankle reflex now absent` });
    }
  }
  return changes;
}

/** Exams in clinical order: by the day assessed, then by when they were recorded. */
export function byExamOrder(a: ExamFacts, b: ExamFacts): number {
  return a.assessedOn.localeCompare(b.assessedOn) || a.recordedAt.localeCompare(b.recordedAt);
}

/** The baseline: the patient's earliest exam not entered-in-error, in clinical order. */
export function baselineExam<T extends ExamFacts>(exams: readonly T[]): T | null {
  return exams.filter((e) => !e.enteredInError).sort(byExamOrder)[0] ?? null;
}

/** Whether an exam measured what a track compares with the baseline (a side not examined says nothing). */
function measures(track: string, baseline: ExamFindings, e: ExamFindings): boolean {
  const [kind, side] = track.split(":") as [string, "left" | "right"];
  switch (kind) {
    case "monofilament": {
      const [before, now] = [baseline.monofilament[side], e.monofilament[side]];
      return before !== null && now !== null && before.tested === now.tested;
    }
    case "vibration":
      return baseline.vibration[side] !== null && e.vibration[side] !== null;
    case "reflex":
      return baseline.ankleReflex[side] !== null && e.ankleReflex[side] !== null;
    default:
      return true;
  }
}

/**
 * Progression at `exam`: every change against the previous exam, and each change against the
 * baseline that holds now but did not hold at the latest earlier exam that measured it. A slow
 * decline counts once, at the first exam where it holds, side by side; once an exam no longer
 * meets it (the side recovered), a new crossing counts again. Seconds compare with the limits'
 * tolerance.
 */
export function worseningAt(
  exam: ExamFindings,
  previous: ExamFindings | null,
  baseline: ExamFindings | null,
  /** The exams after the baseline and before this one, oldest first (`previous` last). */
  earlier: readonly ExamFindings[] = previous === null ? [] : [previous],
): Change[] {
  if (previous === null || baseline === null) return [];
  const found = new Map<string, Change>();
  for (const change of changesBetween(previous, exam)) found.set(change.track, change);
  for (const change of changesBetween(baseline, exam)) {
    if (found.has(change.track)) continue;
    const last = earlier.findLast((e) => measures(change.track, baseline, e));
    const stillMet = last !== undefined && changesBetween(baseline, last).some((c) => c.track === change.track);
    if (!stillMet) found.set(change.track, { ...change, description: `${change.description} since baseline` });
  }
  return [...found.values()];
}
