// The exam form's state (components/exam/exam-form-state.ts): what "same as last cycle" copies and
// marks, that nothing the nurse typed is replaced, a foot's monofilament entry kept whole, and
// when messages show.
import { describe, expect, it } from "vitest";
import {
  draftFrom,
  emptyDraft,
  MEASUREMENT_PATHS,
  NOT_DONE,
  valueAt,
  type ExamDraft,
} from "@/components/exam/exam-draft";
import {
  COPIED,
  copyCounts,
  examFormReducer,
  fillablePaths,
  initialFormState,
  messageAt,
  type ExamFormAction,
  type ExamFormState,
} from "@/components/exam/exam-form-state";
import { fieldNotes, type SectionProps } from "@/components/exam/section-props";
import { PATIENT_REPORTED } from "@/components/self-report/patient-reported";
import { normalExam } from "@/lib/testing/exam-body";

const previous = draftFrom(
  { ...normalExam(5, { left: 14, right: 13 }), sensoryGrade: 1, notes: "Cold hands" },
  "2025-01-20",
);
const run = (state: ExamFormState, ...actions: ExamFormAction[]) => actions.reduce(examFormReducer, state);
const fresh = () => initialFormState(emptyDraft("2025-02-03"));

describe("same as last cycle", () => {
  it("copies every finding of the previous exam and marks each one copied", () => {
    const state = run(fresh(), { type: "fill", values: previous, mark: COPIED });
    for (const path of MEASUREMENT_PATHS) {
      expect(valueAt(state.draft, path)).toBe(valueAt(previous, path));
      expect(state.marks[path]).toBe(COPIED);
    }
    expect(state.draft.symptoms.coldDysesthesia).toBe("no");
    expect(state.dirty).toBe(true);
  });

  it("never copies the grades or the notes: today's grade is the clinician's", () => {
    const state = run(fresh(), { type: "fill", values: previous, mark: COPIED });
    expect(state.draft.sensoryGrade).toBe("");
    expect(state.draft.motorGrade).toBe("");
    expect(state.draft.notes).toBe("");
    expect(state.marks.sensoryGrade).toBeUndefined();
  });

  it("replaces nothing the nurse has already entered, and leaves it unmarked", () => {
    const state = run(
      fresh(),
      { type: "set", path: "vibration.left", value: "8" },
      { type: "set", path: "ankleReflex.right", value: NOT_DONE },
      { type: "fill", values: previous, mark: COPIED },
    );
    expect(state.draft.vibration.left).toBe("8");
    expect(state.draft.ankleReflex.right).toBe(NOT_DONE);
    expect(state.marks["vibration.left"]).toBeUndefined();
    expect(state.draft.vibration.right).toBe("13");
    expect(state.marks["vibration.right"]).toBe(COPIED);
  });

  it("drops the copied mark of a field once the nurse changes it, even to the same value", () => {
    const state = run(
      fresh(),
      { type: "fill", values: previous, mark: COPIED },
      { type: "set", path: "symptoms.numbness", value: "1" },
      { type: "set", path: "vibration.right", value: "13" },
    );
    expect(state.marks["symptoms.numbness"]).toBeUndefined();
    expect(state.marks["vibration.right"]).toBeUndefined();
    expect(state.marks["symptoms.tingling"]).toBe(COPIED);
  });

  it("copies a finding the previous exam did not do as not done, and a blank as nothing", () => {
    const withGap = { ...previous, vibration: { left: NOT_DONE, right: "" } };
    const state = run(fresh(), { type: "fill", values: withGap, mark: COPIED });
    expect(state.draft.vibration.left).toBe(NOT_DONE);
    expect(state.marks["vibration.left"]).toBe(COPIED);
    expect(state.draft.vibration.right).toBe("");
    expect(state.marks["vibration.right"]).toBeUndefined();
  });
});

describe("the patient's answers of the day", () => {
  const reported = {
    ...emptyDraft("2025-02-03"),
    symptoms: { ...emptyDraft("2025-02-03").symptoms, numbness: "2", tingling: "3" },
  };

  it("replace what was copied from last cycle, whichever was pressed first, and never what the nurse typed", () => {
    const copiedFirst = run(
      fresh(),
      { type: "fill", values: previous, mark: COPIED },
      { type: "set", path: "symptoms.tingling", value: "1" },
    );
    expect(fillablePaths(copiedFirst, reported, PATIENT_REPORTED)).toEqual(["symptoms.numbness"]);
    const taken = run(copiedFirst, { type: "fill", values: reported, mark: PATIENT_REPORTED });
    expect(taken.draft.symptoms.numbness).toBe("2");
    expect(taken.marks["symptoms.numbness"]).toBe(PATIENT_REPORTED);
    expect(taken.draft.symptoms.tingling).toBe("1");
    expect(taken.marks["symptoms.tingling"]).toBeUndefined();
    // The rest of last cycle's findings stay, still marked copied.
    expect(taken.draft.vibration.left).toBe("14");
    expect(taken.marks["vibration.left"]).toBe(COPIED);

    const reportFirst = run(
      fresh(),
      { type: "fill", values: reported, mark: PATIENT_REPORTED },
      { type: "fill", values: previous, mark: COPIED },
    );
    expect(reportFirst.draft.symptoms).toMatchObject({ numbness: "2", tingling: "3" });
    expect(reportFirst.marks["symptoms.numbness"]).toBe(PATIENT_REPORTED);
  });
});

describe("same as last cycle on a day with a self-report", () => {
  const reported = {
    ...emptyDraft("2025-02-03"),
    symptoms: { ...emptyDraft("2025-02-03").symptoms, numbness: "2", tingling: "3", falls: "1" },
  };
  const withReport = { values: reported, mark: PATIENT_REPORTED };

  it("takes the symptoms from the patient's answers and copies only the rest from last cycle", () => {
    const state = run(fresh(), { type: "fill", ...withReport }, { type: "fill", values: previous, mark: COPIED });
    // The reported fall stands: last cycle's "0" never replaces it.
    expect(state.draft.symptoms).toMatchObject({ numbness: "2", tingling: "3", falls: "1" });
    expect(state.marks["symptoms.falls"]).toBe(PATIENT_REPORTED);
    expect(state.draft.vibration.left).toBe("14");
    expect(state.marks["vibration.left"]).toBe(COPIED);
  });

  it("counts what each source fills, as the button's message says it", () => {
    const counts = copyCounts(fresh(), previous, withReport);
    const all = fillablePaths(fresh(), previous, COPIED).length;
    expect(counts).toEqual({ copied: all - 3, taken: 3 });
    expect(copyCounts(fresh(), previous, null)).toEqual({ copied: all, taken: 0 });
  });
});

describe("a foot's monofilament entry", () => {
  it("is not done as a whole: marking sites felt not done marks sites tested too", () => {
    const state = run(fresh(), { type: "set", path: "monofilament.left.felt", value: NOT_DONE });
    expect(state.draft.monofilament.left).toEqual({ felt: NOT_DONE, tested: NOT_DONE });
    expect(state.draft.monofilament.right).toEqual({ felt: "", tested: "" });
  });

  it("entering one half of a foot marked not done leaves the other blank, never a number nobody gave", () => {
    const state = run(
      fresh(),
      {
        type: "fill",
        values: { ...previous, monofilament: { ...previous.monofilament, left: { felt: NOT_DONE, tested: NOT_DONE } } },
        mark: COPIED,
      },
      { type: "set", path: "monofilament.left.felt", value: "4" },
    );
    expect(state.draft.monofilament.left).toEqual({ felt: "4", tested: "" });
    expect(state.marks["monofilament.left.tested"]).toBeUndefined();
  });
});

describe("messages", () => {
  const errors = {
    "vibration.left": "Vibration is 0 to 60 seconds.",
    "symptoms.pain": "Record the patient's answer, or x for not asked.",
  };

  it("shows a field's message once it is touched, and every message after a save attempt", () => {
    const touched = run(fresh(), { type: "set", path: "vibration.left", value: "61" });
    expect(messageAt(touched, errors, "vibration.left")).toBe("Vibration is 0 to 60 seconds.");
    expect(messageAt(touched, errors, "symptoms.pain")).toBeUndefined();
    const tried = run(touched, { type: "attempt" });
    expect(tried.attempts).toBe(1);
    expect(messageAt(tried, errors, "symptoms.pain")).toBe("Record the patient's answer, or x for not asked.");
  });

  it("keeps the server's message for a field until that field changes", () => {
    const refused = run(fresh(), { type: "serverErrors", errors: { assessedOn: "The exam date is after today." } });
    expect(messageAt(refused, {}, "assessedOn")).toBe("The exam date is after today.");
    const changed = run(refused, { type: "set", path: "assessedOn", value: "2025-02-02" });
    expect(messageAt(changed, {}, "assessedOn")).toBeUndefined();
  });

  it("starts over clean after a reset", () => {
    const state = run(
      fresh(),
      { type: "fill", values: previous, mark: COPIED },
      { type: "attempt" },
      { type: "reset", draft: emptyDraft("2025-02-03") },
    );
    expect(state).toEqual(fresh());
  });
});

describe("the notes beside a field", () => {
  const sectionProps = (state: ExamFormState, last = previous, reported: ExamDraft | null = null): SectionProps => ({
    draft: state.draft,
    marks: state.marks,
    previous: last,
    reported,
    baseline: null,
    set: () => undefined,
    errorAt: () => undefined,
    fieldId: (p) => p,
  });
  const notesAt = (state: ExamFormState, path: string, words?: (v: string) => string, last = previous) =>
    fieldNotes(sectionProps(state, last), path, words).map((n) => `${n.key}: ${String(n.text)}`);

  it("say last cycle's value in words, and 'copied' while the copied value stands", () => {
    const state = run(fresh(), { type: "fill", values: previous, mark: COPIED });
    expect(notesAt(state, "vibration.left", (v) => `${v} s`)).toEqual(["previous: Last: 14 s", "mark: copied"]);
  });

  it("say 'changed' once the value typed differs from last cycle's, and nothing while the field is blank", () => {
    expect(notesAt(fresh(), "symptoms.numbness")).toEqual(["previous: Last: 0"]);
    const state = run(fresh(), { type: "set", path: "symptoms.numbness", value: "2" });
    expect(notesAt(state, "symptoms.numbness")).toEqual(["previous: Last: 0", "changed: changed"]);
  });

  describe("with the patient's report of the day", () => {
    const reported = { ...emptyDraft("2025-02-03"), symptoms: { ...emptyDraft("2025-02-03").symptoms, numbness: "2" } };
    const notesWithReport = (state: ExamFormState, path: string) =>
      fieldNotes(sectionProps(state, previous, reported), path).map(
        (n) => `${n.key}${n.strong ? " (strong)" : ""}: ${String(n.text)}`,
      );

    it("say what the patient reported while the field is blank", () => {
      expect(notesWithReport(fresh(), "symptoms.numbness")).toEqual([
        "previous: Last: 0",
        "reported: Patient reported: 2",
      ]);
    });

    it("still say it, in strong type, over last cycle's value copied into the field", () => {
      const state = run(fresh(), { type: "fill", values: previous, mark: COPIED });
      expect(notesWithReport(state, "symptoms.numbness")).toEqual([
        "previous: Last: 0",
        "reported (strong): Patient reported: 2",
        "mark (strong): copied",
      ]);
    });

    it("say nothing of it once the field holds the patient's answer taken from the report", () => {
      const state = run(fresh(), { type: "fill", values: reported, mark: PATIENT_REPORTED });
      expect(notesWithReport(state, "symptoms.numbness")).toEqual([
        "previous: Last: 0",
        "mark (strong): patient reported",
      ]);
    });
  });

  it("say 'not done' for a finding last cycle did not do", () => {
    const gap = { ...previous, ankleReflex: { left: NOT_DONE, right: "normal" } };
    expect(notesAt(fresh(), "ankleReflex.left", undefined, gap)).toEqual(["previous: Last: not done"]);
  });
});
