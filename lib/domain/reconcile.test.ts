import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AlertCondition } from "./alerts";
import { evaluatePatient } from "./alerts";
import type { AlertKind } from "./codes";
import type { PatientRecord } from "./records";
import type { AlertChanges, StoredAlert } from "./reconcile";
import { alertsIfSaved, reconcileAlerts } from "./reconcile";
import {
  agentInCourse,
  arbRecord,
  course,
  cycleOf,
  dose,
  dosesFor,
  examAt,
  plan,
  record,
  sides,
  stored,
} from "./testing-fixtures";

/** The store after a write's changes: new alerts open, resolved ones marked so. */
function apply(store: readonly StoredAlert[], changes: AlertChanges): StoredAlert[] {
  const resolved = new Set(changes.resolve.map((r) => r.alertId));
  return [
    ...store.map((a) => (resolved.has(a.id) ? { ...a, status: "resolved" as const } : a)),
    ...stored(changes.raise),
  ];
}
const keys = (conditions: AlertCondition[]) => conditions.map((c) => c.key);
const only = (store: readonly StoredAlert[], kind: AlertKind) => store.filter((a) => a.kind === kind);

const folfox = course("A", [agentInCourse("oxaliplatin", 85)], { setting: "advanced", cycles: 12, given: 3 });
const base = record({ courses: [folfox], doses: dosesFor(folfox), plansInForce: { oxaliplatin: plan("oxaliplatin") } });

describe("reconcileAlerts", () => {
  it("raises nothing and resolves nothing when unchanged data is evaluated again", () => {
    const exam = examAt(cycleOf(folfox, 3), { sensoryGrade: 3, vibration: sides(0) });
    const rec = { ...base, exams: [examAt(cycleOf(folfox, 1)), exam], plansInForce: {} };
    const first = reconcileAlerts(rec, []);
    expect(keys(first.raise)).toEqual([
      "no-plan|oxaliplatin|patient",
      "grade-stop|oxaliplatin|A-c3",
      "worsening|oxaliplatin|A-c3",
    ]);
    expect(reconcileAlerts(rec, stored(first.raise))).toEqual({ raise: [], resolve: [] });
  });

  it("does not raise again an alert that an oncologist acknowledged", () => {
    const rec = { ...base, exams: [examAt(cycleOf(folfox, 2), { sensoryGrade: 2 })] };
    const acknowledged = stored(evaluatePatient(rec), "acknowledged");
    expect(reconcileAlerts(rec, acknowledged)).toEqual({ raise: [], resolve: [] });
  });

  it("raises a condition again once its earlier alert was resolved", () => {
    const rec = { ...base, exams: [examAt(cycleOf(folfox, 2), { sensoryGrade: 2 })] };
    const resolved = stored(evaluatePatient(rec), "resolved");
    expect(keys(reconcileAlerts(rec, resolved).raise)).toEqual(["grade-reduce|oxaliplatin|A-c2"]);
  });

  it("leaves an earlier alert open when a more severe one is raised in the same cycle", () => {
    const reduce = examAt(cycleOf(folfox, 2), { sensoryGrade: 2 });
    const store = stored(evaluatePatient({ ...base, exams: [reduce] }));
    const worse = { ...base, exams: [reduce, examAt(cycleOf(folfox, 2), { sensoryGrade: 3 })] };
    const changes = reconcileAlerts(worse, store);
    expect(keys(changes.raise)).toEqual(["grade-stop|oxaliplatin|A-c2", "worsening|oxaliplatin|A-c2"]);
    expect(changes.resolve).toEqual([]);
  });

  it("resolves the single-dose-cap alert of a dose marked entered-in-error, and raises nothing", () => {
    const c = course("V", [agentInCourse("vincristine", 1.4)], { cycles: 4, given: 1 });
    const wrong = dose(cycleOf(c, 1), "vincristine", 2.6);
    const before = record({ courses: [c], doses: [wrong], plansInForce: { vincristine: plan("vincristine") } });
    const store = stored(evaluatePatient(before));
    expect(only(store, "single-dose-cap")).toHaveLength(1);
    const corrected = { ...before, doses: [{ ...wrong, enteredInError: true }, dose(cycleOf(c, 1), "vincristine", 2)] };
    expect(reconcileAlerts(corrected, store)).toEqual({
      raise: [],
      resolve: [
        {
          alertId: `alert:single-dose-cap|vincristine|${wrong.id}`,
          reason: "The record behind it was marked entered-in-error.",
        },
      ],
    });
  });

  it("resolves the dose-limit alert of a dose marked entered-in-error when the cumulative falls below the limit", () => {
    const c = course("A", [agentInCourse("oxaliplatin", 85)], { cycles: 10, given: 10 });
    const doses = dosesFor(c);
    const before = { ...base, courses: [c], doses };
    const store = stored(evaluatePatient(before));
    const limitAlert = only(store, "dose-limit")[0]!;
    expect(limitAlert.doseId).toBe(doses[9]!.id);
    const after = { ...before, doses: doses.map((d, i) => (i === 9 ? { ...d, enteredInError: true } : d)) };
    const changes = reconcileAlerts(after, store);
    expect(changes.resolve.map((r) => r.alertId)).toEqual([limitAlert.id]);
    expect(changes.raise).toEqual([]);
  });

  it("resolves the grade and worsening alerts of an exam marked entered-in-error", () => {
    const baseline = examAt(cycleOf(folfox, 1));
    const wrong = examAt(cycleOf(folfox, 2), { sensoryGrade: 3 });
    const store = stored(evaluatePatient({ ...base, exams: [baseline, wrong] }));
    expect(store.map((a) => a.kind)).toEqual(["grade-stop", "worsening"]);
    const changes = reconcileAlerts({ ...base, exams: [baseline, { ...wrong, enteredInError: true }] }, store);
    expect(changes.raise).toEqual([]);
    expect(changes.resolve.map((r) => r.alertId).sort()).toEqual(store.map((a) => a.id).sort());
  });

  it("resolves only open alerts: an acknowledged alert keeps its decision", () => {
    const wrong = examAt(cycleOf(folfox, 2), { sensoryGrade: 3 });
    const store = stored(evaluatePatient({ ...base, exams: [wrong] }), "acknowledged");
    expect(reconcileAlerts({ ...base, exams: [{ ...wrong, enteredInError: true }] }, store)).toEqual({
      raise: [],
      resolve: [],
    });
  });

  it("resolves what an amended exam no longer meets and raises what it now meets", () => {
    const original = examAt(cycleOf(folfox, 2), { sensoryGrade: 3 });
    const store = stored(evaluatePatient({ ...base, exams: [original] }));
    const amended = { ...base, exams: [{ ...original, sensoryGrade: 2 }] };
    const changes = reconcileAlerts(amended, store, { amendedAssessmentId: original.id });
    expect(keys(changes.raise)).toEqual(["grade-reduce|oxaliplatin|A-c2"]);
    expect(changes.raise[0]?.message).toContain("reduce oxaliplatin to 65 mg/m2");
    expect(changes.resolve).toEqual([
      { alertId: "alert:grade-stop|oxaliplatin|A-c2", reason: "The amended exam no longer meets this rule." },
    ]);
  });

  it("resolves the worsening alert that an amended exam no longer meets", () => {
    const baseline = examAt(cycleOf(folfox, 1), { vibration: sides(14) });
    const original = examAt(cycleOf(folfox, 2), { vibration: sides(14, 8) });
    const store = stored(evaluatePatient({ ...base, exams: [baseline, original] }));
    expect(store.map((a) => a.kind)).toEqual(["worsening"]);
    const amended = { ...base, exams: [baseline, { ...original, vibration: sides(14, 12) }] };
    expect(reconcileAlerts(amended, store, { amendedAssessmentId: original.id }).resolve).toEqual([
      { alertId: store[0]!.id, reason: "The amended exam no longer meets this rule." },
    ]);
  });

  it("keeps an amended exam's alert open while the exam still meets it", () => {
    const original = examAt(cycleOf(folfox, 2), { sensoryGrade: 3 });
    const store = stored(evaluatePatient({ ...base, exams: [original] }));
    const amended = { ...base, exams: [{ ...original, sensoryGrade: 4, symptoms: { ...original.symptoms, pain: 3 } }] };
    expect(reconcileAlerts(amended, store, { amendedAssessmentId: original.id })).toEqual({ raise: [], resolve: [] });
  });

  it("resolves only the alerts of the exam that was amended", () => {
    const first = examAt(cycleOf(folfox, 2), { sensoryGrade: 3 });
    const second = examAt(cycleOf(folfox, 3), { sensoryGrade: 3 });
    const store = stored(evaluatePatient({ ...base, exams: [first, second] }));
    // The first exam is wrong and is lowered; without naming it as amended nothing is resolved.
    const lowered = { ...base, exams: [{ ...first, sensoryGrade: 0 }, second] };
    expect(reconcileAlerts(lowered, store).resolve).toEqual([]);
    expect(reconcileAlerts(lowered, store, { amendedAssessmentId: second.id }).resolve).toEqual([]);
    expect(reconcileAlerts(lowered, store, { amendedAssessmentId: first.id }).resolve.map((r) => r.alertId)).toEqual([
      "alert:grade-stop|oxaliplatin|A-c2",
    ]);
  });

  it("resolves a no-plan alert when a plan for its agent comes into force", () => {
    const c = course("A", [agentInCourse("paclitaxel", 175), agentInCourse("carboplatin", 600)]);
    const before = record({ courses: [c] });
    const store = stored(evaluatePatient(before));
    expect(store.map((a) => a.key)).toEqual(["no-plan|paclitaxel|patient", "no-plan|carboplatin|patient"]);
    const changes = reconcileAlerts({ ...before, plansInForce: { paclitaxel: plan("paclitaxel") } }, store);
    expect(changes).toEqual({
      raise: [],
      resolve: [{ alertId: "alert:no-plan|paclitaxel|patient", reason: "A plan for this agent is now in force." }],
    });
  });

  it("raises dose-limit again under a new plan version, once per agent and version", () => {
    const c = course("A", [agentInCourse("oxaliplatin", 85)], { cycles: 10, given: 10 });
    const underDefaults = record({ courses: [c], doses: dosesFor(c) });
    const store = stored(evaluatePatient(underDefaults), "acknowledged");
    const newVersion = { ...underDefaults, plansInForce: { oxaliplatin: plan("oxaliplatin", { versionId: "v2" }) } };
    expect(keys(reconcileAlerts(newVersion, store).raise)).toEqual([
      "dose-approaching|oxaliplatin|v2",
      "dose-limit|oxaliplatin|v2",
    ]);
  });
});

describe("evaluation is idempotent (property)", () => {
  it("raises nothing and resolves nothing once what it raised is stored", () => {
    fc.assert(
      fc.property(
        arbRecord,
        fc.constantFrom<StoredAlert["status"]>("open", "acknowledged"),
        (rec: PatientRecord, status) => {
          const first = reconcileAlerts(rec, []);
          expect(first.resolve).toEqual([]);
          expect(reconcileAlerts(rec, stored(first.raise, status))).toEqual({ raise: [], resolve: [] });
        },
      ),
    );
  });

  it("raises again, after an alert is resolved, exactly the conditions still met", () => {
    fc.assert(
      fc.property(arbRecord, (rec) => {
        const store = stored(evaluatePatient(rec), "resolved");
        expect(reconcileAlerts(rec, store).raise).toEqual(evaluatePatient(rec));
      }),
    );
  });

  it("after an amended exam's changes are stored, evaluating again changes nothing", () => {
    const withAmendment = arbRecord
      .filter((rec) => rec.exams.length > 0)
      .chain((rec) =>
        fc.tuple(
          fc.constant(rec),
          fc.nat({ max: rec.exams.length - 1 }),
          fc.integer({ min: 0, max: 4 }),
          fc.integer({ min: 0, max: 4 }),
        ),
      );
    fc.assert(
      fc.property(withAmendment, ([rec, index, sensoryGrade, motorGrade]) => {
        const before = stored(evaluatePatient(rec));
        const target = rec.exams[index]!;
        const amended = {
          ...rec,
          exams: rec.exams.map((e, i) => (i === index ? { ...e, sensoryGrade, motorGrade } : e)),
        };
        const store = apply(before, reconcileAlerts(amended, before, { amendedAssessmentId: target.id }));
        expect(reconcileAlerts(amended, store)).toEqual({ raise: [], resolve: [] });
      }),
    );
  });
});

describe("a patient's record, write by write", () => {
  it("raises and resolves as the team works", () => {
    const c = course("A", [agentInCourse("oxaliplatin", 85)], { setting: "adjuvant", cycles: 12 });
    let rec = record({ courses: [c] });
    let store: StoredAlert[] = [];
    const write = (next: PatientRecord, context = {}) => {
      const changes = reconcileAlerts(next, store, context);
      store = apply(store, changes);
      rec = next;
      return { raised: keys(changes.raise), resolved: changes.resolve.map((r) => r.alertId) };
    };

    expect(write(rec)).toEqual({ raised: ["no-plan|oxaliplatin|patient"], resolved: [] });
    expect(write({ ...rec, plansInForce: { oxaliplatin: plan("oxaliplatin") } })).toEqual({
      raised: [],
      resolved: ["alert:no-plan|oxaliplatin|patient"],
    });
    const doses = Array.from({ length: 8 }, (_, i) => dose(cycleOf(c, i + 1), "oxaliplatin", 85));
    expect(write({ ...rec, doses: doses.slice(0, 7) })).toEqual({ raised: [], resolved: [] });
    expect(write({ ...rec, doses })).toEqual({ raised: ["dose-approaching|oxaliplatin|v1"], resolved: [] });
    const exam = examAt(cycleOf(c, 9), { sensoryGrade: 2 });
    expect(write({ ...rec, exams: [exam] })).toEqual({ raised: ["grade-reduce|oxaliplatin|A-c9"], resolved: [] });
    expect(write(rec)).toEqual({ raised: [], resolved: [] });
    expect(write({ ...rec, exams: [{ ...exam, sensoryGrade: 1 }] }, { amendedAssessmentId: exam.id })).toEqual({
      raised: [],
      resolved: ["alert:grade-reduce|oxaliplatin|A-c9"],
    });
    expect(store.filter((a) => a.status === "open").map((a) => a.kind)).toEqual(["dose-approaching"]);
  });
});

describe("reconcileAlerts: a record marked entered-in-error", () => {
  it("resolves the dose-limit it raised and raises it again at once when the cumulative is still at the limit", () => {
    const long = course("L", [agentInCourse("oxaliplatin", 85)], { cycles: 12, given: 11 });
    const doses = dosesFor(long);
    const rec = record({ courses: [long], doses, plansInForce: { oxaliplatin: plan("oxaliplatin") } });
    const store = stored(evaluatePatient(rec));
    const limitAlert = store.find((a) => a.kind === "dose-limit")!;
    expect(limitAlert.doseId).toBe(doses[9]!.id);

    const withError = { ...rec, doses: doses.map((d, i) => (i === 9 ? { ...d, enteredInError: true } : d)) };
    const changes = reconcileAlerts(withError, store);
    expect(changes.resolve.map((r) => r.alertId)).toContain(limitAlert.id);
    const raisedAgain = changes.raise.find((c) => c.kind === "dose-limit");
    expect(raisedAgain?.doseId).toBe(doses[10]!.id);
    expect(reconcileAlerts(withError, apply(store, changes))).toEqual({ raise: [], resolve: [] });
  });
});

describe("what is raised depends on the record, not on how it was entered (properties)", () => {
  const keysOf = (rec: PatientRecord) =>
    evaluatePatient(rec)
      .map((c) => c.key)
      .sort();

  it("the order in which exams are entered changes nothing: only assessedOn orders them", () => {
    const distinctDays = arbRecord.filter(
      (rec) => new Set(rec.exams.map((e) => e.assessedOn)).size === rec.exams.length,
    );
    fc.assert(
      fc.property(
        distinctDays.chain((rec) =>
          fc.tuple(
            fc.constant(rec),
            fc.shuffledSubarray(
              rec.exams.map((e) => e.recordedAt),
              { minLength: rec.exams.length },
            ),
          ),
        ),
        ([rec, entryTimes]) => {
          const reentered = { ...rec, exams: rec.exams.map((e, i) => ({ ...e, recordedAt: entryTimes[i]! })) };
          expect(keysOf(reentered)).toEqual(keysOf(rec));
        },
      ),
    );
  });

  it("an exam marked entered-in-error leaves the alerts as if it had never been", () => {
    const withExam = arbRecord
      .filter((rec) => rec.exams.some((e) => !e.enteredInError))
      .chain((rec) => fc.tuple(fc.constant(rec), fc.nat({ max: rec.exams.length - 1 })));
    fc.assert(
      fc.property(withExam, ([rec, index]) => {
        const target = rec.exams[index]!;
        const marked = { ...rec, exams: rec.exams.map((e) => (e === target ? { ...e, enteredInError: true } : e)) };
        const never = { ...rec, exams: rec.exams.filter((e) => e !== target) };
        expect(keysOf(marked)).toEqual(keysOf(never));
        // What the exam raised and was open is resolved; nothing else moves.
        const store = stored(evaluatePatient(rec));
        const changes = reconcileAlerts(marked, store);
        const resolved = new Set(changes.resolve.map((r) => r.alertId));
        for (const a of store) expect(resolved.has(a.id)).toBe(a.assessmentId === target.id);
      }),
    );
  });

  it("a dose marked entered-in-error leaves the alerts as if it had never been", () => {
    const withDose = arbRecord
      .filter((rec) => rec.doses.length > 0)
      .chain((rec) => fc.tuple(fc.constant(rec), fc.nat({ max: rec.doses.length - 1 })));
    fc.assert(
      fc.property(withDose, ([rec, index]) => {
        const target = rec.doses[index]!;
        const marked = { ...rec, doses: rec.doses.map((d) => (d === target ? { ...d, enteredInError: true } : d)) };
        const never = { ...rec, doses: rec.doses.filter((d) => d !== target) };
        expect(keysOf(marked)).toEqual(keysOf(never));
      }),
    );
  });
});

describe("alertsIfSaved", () => {
  const withoutId = <T extends { id: string; recordedAt: string; enteredInError: boolean }>(r: T) => {
    const { id: _id, recordedAt: _at, enteredInError: _e, ...rest } = r;
    return rest;
  };

  it("is what saving the exam raises, and only what the exam itself raises", () => {
    const baseline = examAt(cycleOf(folfox, 1));
    const unseen = dose(cycleOf(folfox, 1), "oxaliplatin", 900); // its cap alert is not stored: not the exam's
    const before = { ...base, doses: [...base.doses, unseen], exams: [baseline] };
    const exam = examAt(cycleOf(folfox, 2), { sensoryGrade: 3 });
    const preview = alertsIfSaved(before, [], { exam: withoutId(exam) });
    expect(preview.map((a) => a.kind)).toEqual(["grade-stop", "worsening"]);
    const saved = reconcileAlerts({ ...before, exams: [baseline, exam] }, []).raise;
    expect(preview.map((a) => a.key)).toEqual(saved.filter((a) => a.assessmentId === exam.id).map((a) => a.key));
  });

  it("leaves out what is already raised under the same key", () => {
    const first = examAt(cycleOf(folfox, 2), { sensoryGrade: 3 });
    const store = stored(evaluatePatient({ ...base, exams: [first] }));
    const again = examAt(cycleOf(folfox, 2), { sensoryGrade: 3 });
    expect(alertsIfSaved({ ...base, exams: [first] }, store, { exam: withoutId(again) })).toEqual([]);
  });

  it("is what saving the dose raises, tied to the dose", () => {
    const c = course("V", [agentInCourse("vincristine", 1.4)], { cycles: 4, given: 0 });
    const rec = record({ courses: [c], plansInForce: { vincristine: plan("vincristine") } });
    const over = withoutId(dose(cycleOf(c, 1), "vincristine", 2.6));
    const preview = alertsIfSaved(rec, [], { dose: over });
    expect(preview.map((a) => a.kind)).toEqual(["single-dose-cap"]);
    expect(preview[0]!.doseId).not.toBeNull();
    expect(alertsIfSaved(rec, [], { dose: withoutId(dose(cycleOf(c, 1), "vincristine", 1.4)) })).toEqual([]);
  });
});
