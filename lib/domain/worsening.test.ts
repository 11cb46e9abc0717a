import { describe, expect, it } from "vitest";
import type { ExamFindings } from "./records";
import type { ExamSpec } from "./testing-fixtures";
import { exam, foot, sides } from "./testing-fixtures";
import { VIBRATION_SECONDS_LOST } from "./grading";
import { MONOFILAMENT_SITES_LOST, byExamOrder, changesBetween, worseningAt } from "./worsening";

const tracks = (earlier: ExamSpec, later: ExamSpec) => changesBetween(exam(earlier), exam(later)).map((c) => c.track);
const vib = (left: number | null, right: number | null = left): ExamSpec => ({ vibration: sides(left, right) });
const mono = (left: [number, number] | null, right: [number, number] | null = left): ExamSpec => ({
  monofilament: sides(left && foot(...left), right && foot(...right)),
});

describe("changesBetween: progression from one exam to the next", () => {
  it("uses the thresholds of docs/clinical-rules.md", () => {
    expect(MONOFILAMENT_SITES_LOST).toBe(2);
    expect(VIBRATION_SECONDS_LOST).toBe(5);
  });

  it.each<[string, ExamSpec, ExamSpec, string[]]>([
    ["nothing changed: no progression", {}, {}, []],
    ["neuropathy grade up by one", { sensoryGrade: 1 }, { sensoryGrade: 2 }, ["grade"]],
    ["neuropathy grade up by two", {}, { sensoryGrade: 2 }, ["grade"]],
    ["motor grade up raises the neuropathy grade", { sensoryGrade: 1 }, { sensoryGrade: 1, motorGrade: 2 }, ["grade"]],
    ["same grade: no progression", { sensoryGrade: 2 }, { sensoryGrade: 2 }, []],
    ["lower grade: no progression", { sensoryGrade: 3 }, { sensoryGrade: 2 }, []],
    ["two monofilament sites lost on the left foot", mono([10, 10]), mono([8, 10], [10, 10]), ["monofilament:left"]],
    ["one monofilament site lost: no progression", mono([10, 10]), mono([9, 10]), []],
    ["three sites lost on the right foot", mono([5, 5]), mono([5, 5], [2, 5]), ["monofilament:right"]],
    ["monofilament compared only at equal sites tested (10 then 8)", mono([10, 10]), mono([5, 8]), []],
    ["monofilament not done on either exam: not compared", mono(null), mono([5, 10]), []],
    ["vibration down by exactly 5 s", vib(14), vib(9, 14), ["vibration:left"]],
    ["vibration down by 4 s: no progression", vib(14), vib(10), []],
    ["vibration down by 4.9 s: no progression", vib(14), vib(14, 9.1), []],
    ["vibration becoming 0 (not felt) after 3 s", vib(3), vib(3, 0), ["vibration:right"]],
    ["vibration 0 both times: nothing new", vib(0), vib(0), []],
    ["vibration not done on the earlier exam: not compared", vib(null), vib(0), []],
    ["vibration not done now: not compared", vib(14), vib(null), []],
    ["ankle reflex newly absent after normal", {}, { ankleReflex: sides("absent", "normal") }, ["reflex:left"]],
    [
      "ankle reflex newly absent after reduced",
      { ankleReflex: sides("reduced") },
      { ankleReflex: sides("reduced", "absent") },
      ["reflex:right"],
    ],
    [
      "ankle reflex newly absent after reinforcement",
      { ankleReflex: sides("reinforcement") },
      { ankleReflex: sides("absent", "reinforcement") },
      ["reflex:left"],
    ],
    [
      "ankle reflex absent both times: nothing new",
      { ankleReflex: sides("absent") },
      { ankleReflex: sides("absent") },
      [],
    ],
    [
      "ankle reflex not tested before: not compared",
      { ankleReflex: sides(null) },
      { ankleReflex: sides("absent") },
      [],
    ],
    ["ankle reflex reduced from normal: no progression", {}, { ankleReflex: sides("reduced") }, []],
    [
      "every change at once, side by side",
      {},
      { sensoryGrade: 1, ...mono([7, 10], [8, 10]), ...vib(0, 8), ankleReflex: sides("absent") },
      [
        "grade",
        "monofilament:left",
        "vibration:left",
        "reflex:left",
        "monofilament:right",
        "vibration:right",
        "reflex:right",
      ],
    ],
  ])("%s", (_title, earlier, later, expected) => {
    expect(tracks(earlier, later)).toEqual(expected);
  });

  it("describes each change for the clinician", () => {
    const changes = changesBetween(
      exam({ sensoryGrade: 1, ...mono([10, 10]), ...vib(12) }),
      exam({ sensoryGrade: 2, ...mono([7, 10], [10, 10]), ...vib(0, 6), ankleReflex: sides("normal", "absent") }),
    );
    expect(changes.map((c) => c.description)).toEqual([
      "neuropathy grade 1 to 2",
      "left foot monofilament 10/10 to 7/10",
      "left great-toe vibration 12 s to not felt",
      "right great-toe vibration 12 s to 6 s",
      "right ankle reflex now absent",
    ]);
  });
});

describe("byExamOrder: by the day assessed, then by when recorded", () => {
  it("orders exams", () => {
    const late = exam({ assessedOn: "2025-02-01", recordedAt: "2025-02-01T08:00:00Z" });
    const sameDaySecond = exam({ assessedOn: "2025-01-15", recordedAt: "2025-01-15T12:00:00Z" });
    const sameDayFirst = exam({ assessedOn: "2025-01-15", recordedAt: "2025-01-15T08:00:00Z" });
    const enteredLate = exam({ assessedOn: "2025-01-01", recordedAt: "2025-03-01T08:00:00Z" });
    expect([late, sameDaySecond, sameDayFirst, enteredLate].sort(byExamOrder)).toEqual([
      enteredLate,
      sameDayFirst,
      sameDaySecond,
      late,
    ]);
  });
});

describe("worseningAt: against the previous exam and, for a slow decline, the baseline", () => {
  const at = (...specs: ExamSpec[]): ExamFindings[] => specs.map((s) => exam(s));
  const trackSeries = (series: ExamFindings[]) =>
    series.map((e, i) => worseningAt(e, series[i - 1] ?? null, series[0] ?? null).map((c) => c.track));

  it("finds nothing at the baseline exam itself", () => {
    const [baseline] = at({ sensoryGrade: 3 });
    expect(worseningAt(baseline!, null, baseline!)).toEqual([]);
    expect(worseningAt(baseline!, baseline!, null)).toEqual([]);
  });

  it("counts a slow decline only at the first exam where it holds against the baseline", () => {
    const series = at(vib(14), vib(12), vib(10), vib(9), vib(8), vib(7));
    expect(trackSeries(series)).toEqual([[], [], [], ["vibration:left", "vibration:right"], [], []]);
    expect(worseningAt(series[3]!, series[2]!, series[0]!).map((c) => c.description)).toEqual([
      "left great-toe vibration 14 s to 9 s since baseline",
      "right great-toe vibration 14 s to 9 s since baseline",
    ]);
  });

  it("counts a first crossing on the other side: left already 9 s below baseline, right now 5 s below", () => {
    const series = at(vib(14, 14), vib(5, 12), vib(5, 9));
    expect(trackSeries(series)).toEqual([[], ["vibration:left"], ["vibration:right"]]);
  });

  it("tracks the monofilament per foot against the baseline", () => {
    const series = at(mono([10, 10]), mono([9, 10], [9, 10]), mono([8, 10], [9, 10]), mono([8, 10], [8, 10]));
    expect(trackSeries(series)).toEqual([[], [], ["monofilament:left"], ["monofilament:right"]]);
  });

  it("counts a grade creeping up one step at a time at each step against the previous exam", () => {
    const series = at({ sensoryGrade: 0 }, { sensoryGrade: 1 }, { sensoryGrade: 1 }, { sensoryGrade: 2 });
    expect(trackSeries(series)).toEqual([[], ["grade"], [], ["grade"]]);
  });

  it("reports a change against the previous exam once, not again as since baseline", () => {
    const series = at(vib(14), vib(14), vib(8));
    const changes = worseningAt(series[2]!, series[1]!, series[0]!);
    expect(changes).toEqual([
      { track: "vibration:left", description: "left great-toe vibration 14 s to 8 s" },
      { track: "vibration:right", description: "right great-toe vibration 14 s to 8 s" },
    ]);
  });

  it("counts a drop against the previous exam even when the baseline change already held", () => {
    const series = at(vib(20), vib(14), vib(8));
    expect(trackSeries(series)).toEqual([
      [],
      ["vibration:left", "vibration:right"],
      ["vibration:left", "vibration:right"],
    ]);
  });
});

describe("worseningAt: a decline still shown is not new; after a recovery it counts again", () => {
  it("does not count a baseline change again after an exam that did not measure it (14, 9, not done, 9 s)", () => {
    const [baseline, second, skipped, fourth] = [vib(14), vib(9), vib(null), vib(9)].map((s) => exam(s));
    expect(worseningAt(fourth!, skipped!, baseline!, [second!, skipped!])).toEqual([]);
  });

  it("does not count it again while the exams in between still meet it (14, 9, 8, 9 s)", () => {
    const [baseline, second, third, fourth] = [vib(14), vib(9), vib(8), vib(9)].map((s) => exam(s));
    expect(worseningAt(fourth!, third!, baseline!, [second!, third!])).toEqual([]);
  });

  // The settled brief changed this expectation: once an exam no longer meets the change (the side
  // recovered), a new crossing counts again (14, 9, 11, 9 s: the second decline is flagged).
  it("counts a baseline change again after a recovery (14, 9, 11, 9 s)", () => {
    const [baseline, second, third, fourth] = [vib(14), vib(9), vib(11), vib(9)].map((s) => exam(s));
    expect(worseningAt(fourth!, third!, baseline!, [second!, third!]).map((c) => c.description)).toEqual([
      "left great-toe vibration 14 s to 9 s since baseline",
      "right great-toe vibration 14 s to 9 s since baseline",
    ]);
  });

  it("re-arms per side: only the side that recovered counts again", () => {
    const [baseline, second, third, fourth] = [vib(14, 14), vib(9, 9), vib(12, 8), vib(9, 8)].map((s) => exam(s));
    expect(worseningAt(fourth!, third!, baseline!, [second!, third!]).map((c) => c.track)).toEqual(["vibration:left"]);
  });

  it("re-arms a monofilament foot and a reflex the same way", () => {
    const series = [
      exam({ monofilament: sides(foot(10)), ankleReflex: sides("normal") }),
      exam({ monofilament: sides(foot(8)), ankleReflex: sides("absent") }),
      exam({ monofilament: sides(foot(10)), ankleReflex: sides("reduced") }),
      exam({ monofilament: sides(foot(9)), ankleReflex: sides("reduced") }),
      exam({ monofilament: sides(foot(8)), ankleReflex: sides("absent") }),
    ];
    const [baseline, , , fourth, fifth] = series;
    expect(
      worseningAt(fifth!, fourth!, baseline!, series.slice(1, 4))
        .map((c) => c.track)
        .sort(),
    ).toEqual(["monofilament:left", "monofilament:right", "reflex:left", "reflex:right"]);
  });
});

describe("changesBetween: seconds compare with the limits' tolerance", () => {
  it("sees a drop of exactly 5 s in decimals (9.7 s to 4.7 s) as progression", () => {
    expect(tracks(vib(9.7), vib(4.7))).toEqual(["vibration:left", "vibration:right"]);
  });
});
