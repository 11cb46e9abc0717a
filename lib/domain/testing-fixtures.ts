// Small builders for the domain tests: a patient, a course with its cycles, doses, a bedside exam,
// a plan in force and the stored form of alerts, each with normal defaults that a test overrides.
// Also the random patient records that the property tests draw from.
import fc from "fast-check";
import type { AgentCode, GradeRule } from "./agents";
import { AGENT_CODES, getAgent } from "./agents";
import type { AlertCondition } from "./alerts";
import type { AdlImpact, AlertStatus, AnkleReflex, CycleStatus, RiskFactor, Setting } from "./codes";
import type {
  CourseAgentFacts,
  CourseFacts,
  CycleFacts,
  DoseFacts,
  ExamFacts,
  FootMonofilament,
  PatientFacts,
  PatientRecord,
  PlanTerms,
  Side,
  Symptoms,
} from "./records";
import { judgeDose } from "./dose";
import { defaultTerms, termsFor } from "./plans";
import type { StoredAlert } from "./reconcile";

let seq = 0;
/** A unique, increasing suffix: ids stay distinct and `recordedAt` follows the order of creation. */
function next(): string {
  seq += 1;
  return String(seq).padStart(6, "0");
}

export function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 170 cm and 70 kg: a body surface area of about 1.818 m2. */
export function patient(overrides: Partial<PatientFacts> = {}): PatientFacts {
  return { heightCm: 170, weightKg: 70, riskFactors: [], ...overrides };
}

/** An agent of a course in its library unit: one administration of `dose`, `administrationsPerCycle` times a cycle. */
export function agentInCourse(
  agent: AgentCode,
  dose: number,
  administrationsPerCycle = 1,
  state: Partial<Pick<CourseAgentFacts, "currentDose" | "status">> = {},
): CourseAgentFacts {
  return {
    agent,
    dose,
    currentDose: dose,
    status: "active",
    unit: getAgent(agent).unit,
    administrationsPerCycle,
    ...state,
  };
}

export interface CourseOptions {
  name?: string;
  setting?: Setting | null;
  start?: string;
  intervalDays?: number;
  /** How many cycles the course has (default 6). */
  cycles?: number;
  /** How many of them, from the first, are `given` (the rest are `planned`). */
  given?: number;
  /** Per-cycle status overrides by cycle number. */
  statuses?: Partial<Record<number, CycleStatus>>;
}

export function cycleId(courseId: string, number: number): string {
  return `${courseId}-c${number}`;
}

/** A course whose cycles are numbered from 1 and dated from `start` every `intervalDays`. */
export function course(id: string, agents: CourseAgentFacts[], options: CourseOptions = {}): CourseFacts {
  const { start = "2025-01-06", intervalDays = 14, cycles = 6, given = 0, statuses = {} } = options;
  return {
    id,
    name: options.name ?? `Course ${id}`,
    setting: options.setting ?? null,
    agents,
    cycles: Array.from({ length: cycles }, (_, i): CycleFacts => {
      const number = i + 1;
      return {
        id: cycleId(id, number),
        number,
        date: addDays(start, i * intervalDays),
        status: statuses[number] ?? (number <= given ? "given" : "planned"),
      };
    }),
  };
}

/** The cycle numbered `number` of a course (numbers start at 1). */
export function cycleOf(c: CourseFacts, number: number): CycleFacts {
  const found = c.cycles.find((cy) => cy.number === number);
  if (!found) throw new Error(`course ${c.id} has no cycle ${number}`);
  return found;
}

export interface DoseOptions extends Partial<Omit<DoseFacts, "cycleId" | "agent" | "dose">> {
  /** The body recorded with the dose (default: the fixture patient, 170 cm and 70 kg). */
  body?: Pick<PatientFacts, "heightCm" | "weightKg">;
  /** The plan terms in force when it was recorded (default: the agent's defaults). */
  terms?: PlanTerms;
  /** The course's dose level, for brentuximab's cap (default: the amount). */
  doseLevel?: number;
}

/**
 * One dose record given on the cycle's date; `amount` is one administration in the agent's unit.
 * It is judged, as when recorded, with `body`, `terms` and `doseLevel`.
 */
export function dose(cycle: CycleFacts, agent: AgentCode, amount: number, options: DoseOptions = {}): DoseFacts {
  const { body = patient(), terms = defaultTerms(getAgent(agent)), doseLevel = amount, ...overrides } = options;
  const n = next();
  const givenOn = overrides.givenOn ?? cycle.date;
  const built: DoseFacts = {
    id: `d${n}`,
    cycleId: cycle.id,
    agent,
    dose: amount,
    administrations: 1,
    givenOn,
    recordedAt: `${givenOn}T09:00:00.${n}`,
    enteredInError: false,
    ...judgeDose(body, agent, terms, doseLevel),
    ...overrides,
  };
  // An override spelled `undefined` would make the amount NaN and every comparison silently false.
  if (!Number.isFinite(built.dose * built.administrations) || typeof built.enteredInError !== "boolean") {
    throw new Error(`incomplete dose fixture ${JSON.stringify(built)}`);
  }
  return built;
}

/** The course's own dose of each agent for every cycle marked `given`. */
export function dosesFor(c: CourseFacts): DoseFacts[] {
  return c.cycles
    .filter((cy) => cy.status === "given")
    .flatMap((cy) => c.agents.map((a) => dose(cy, a.agent, a.dose, { administrations: a.administrationsPerCycle })));
}

export function foot(felt: number, tested = 10): FootMonofilament {
  return { felt, tested };
}

export function sides<T>(left: T, right: T = left): Side<T> {
  return { left, right };
}

export interface ExamSpec extends Partial<Omit<ExamFacts, "symptoms">> {
  symptoms?: Partial<{ [K in keyof Symptoms]: Symptoms[K] | null }>;
}

/** A normal bedside exam (every site felt, 14 s vibration, normal reflexes, no symptoms, grade 0). */
export function exam(spec: ExamSpec = {}): ExamFacts {
  const n = next();
  const { symptoms, ...rest } = spec;
  const assessedOn = spec.assessedOn ?? "2025-01-06";
  return {
    id: `e${n}`,
    cycleId: null,
    assessedOn,
    recordedAt: `${assessedOn}T08:00:00.${n}`,
    enteredInError: false,
    monofilament: sides(foot(10)),
    vibration: sides<number | null>(14),
    ankleReflex: sides<AnkleReflex | null>("normal"),
    adlImpact: "none",
    sensoryGrade: 0,
    motorGrade: 0,
    ...rest,
    symptoms: {
      numbness: 0,
      tingling: 0,
      pain: 0,
      coldDysesthesia: false,
      balance: false,
      falls: 0,
      fineMotor: false,
      ...symptoms,
    },
  };
}

/** An exam before the infusion of a cycle, on the cycle's date. */
export function examAt(cycle: CycleFacts, spec: ExamSpec = {}): ExamFacts {
  return exam({ cycleId: cycle.id, assessedOn: cycle.date, ...spec });
}

export function record(parts: Partial<PatientRecord> = {}): PatientRecord {
  return { patient: patient(), courses: [], doses: [], exams: [], plansInForce: {}, decisions: [], ...parts };
}

/** A plan version in force: by default the agent's template and limit, as a signed version "v1". */
export function plan(agent: AgentCode, overrides: Partial<PlanTerms> = {}): PlanTerms {
  const a = getAgent(agent);
  return {
    versionId: "v1",
    cumulativeLimit: a.defaultLimit?.value ?? null,
    warnFraction: a.warnFraction,
    doseCap: null,
    rules: a.template.rules,
    inForceAt: null,
    ...overrides,
    // A plan that names its doseCap (a figure, or null for none) sets its own; otherwise the agent's default applies.
    doseCapSource: overrides.doseCapSource ?? (overrides.doseCap === undefined ? "agent-default" : "plan"),
  };
}

/** Alerts as the store holds them after raising these conditions. */
export function stored(conditions: readonly AlertCondition[], status: AlertStatus = "open"): StoredAlert[] {
  return conditions.map((c) => ({
    id: `alert:${c.key}`,
    key: c.key,
    kind: c.kind,
    agent: c.agent,
    status,
    doseId: c.doseId,
    assessmentId: c.assessmentId,
  }));
}

// ---------------------------------------------------------------------------------------------
// Random records for the property tests: realistic doses (and some mix-ups), exams that drift,
// plans with their own limits and caps, and now and then a record marked entered-in-error.

const DOSING: Record<AgentCode, { doses: number[]; perCycle: number[] }> = {
  oxaliplatin: { doses: [85, 130], perCycle: [1] },
  cisplatin: { doses: [20, 75, 100], perCycle: [1, 5] },
  carboplatin: { doses: [450, 750, 900, 950], perCycle: [1] },
  paclitaxel: { doses: [80, 175], perCycle: [1, 3] },
  docetaxel: { doses: [75, 100], perCycle: [1] },
  "nab-paclitaxel": { doses: [125, 260], perCycle: [1, 3] },
  vincristine: { doses: [1.4, 2, 2.6], perCycle: [1] },
  bortezomib: { doses: [1, 1.3], perCycle: [4] },
  thalidomide: { doses: [100, 200], perCycle: [28] },
  "brentuximab-vedotin": { doses: [1.2, 1.8], perCycle: [1] },
};

const rarely = fc.integer({ min: 0, max: 9 }).map((n) => n === 0);

const arbCourseAgent = (agent: AgentCode): fc.Arbitrary<CourseAgentFacts> =>
  fc
    .record({ dose: fc.constantFrom(...DOSING[agent].doses), perCycle: fc.constantFrom(...DOSING[agent].perCycle) })
    .map(({ dose: d, perCycle }) => agentInCourse(agent, d, perCycle));

const arbCourse = (id: string, start: string): fc.Arbitrary<CourseFacts> =>
  fc
    .record({
      agents: fc
        .subarray([...AGENT_CODES], { minLength: 1, maxLength: 2 })
        .chain((codes) => fc.tuple(...codes.map(arbCourseAgent))),
      statuses: fc.array(fc.constantFrom<CycleStatus>("given", "given", "given", "planned", "held", "cancelled"), {
        minLength: 1,
        maxLength: 10,
      }),
      intervalDays: fc.constantFrom(7, 14, 21),
      setting: fc.constantFrom<Setting | null>(null, "adjuvant", "advanced"),
    })
    .map(({ agents, statuses, intervalDays, setting }) =>
      course(id, agents, {
        start,
        intervalDays,
        setting,
        cycles: statuses.length,
        statuses: Object.fromEntries(statuses.map((s, i) => [i + 1, s])),
      }),
    );

const arbDoseFor = (cycle: CycleFacts, agent: CourseAgentFacts): fc.Arbitrary<DoseFacts[]> =>
  fc
    .record({
      factor: fc.constantFrom(1, 1, 1, 0.8, 1.5),
      split: fc.boolean(),
      enteredInError: rarely,
      late: fc.boolean(),
    })
    .map(({ factor, split, enteredInError, late }) => {
      const amount = agent.dose * factor;
      const givenOn = late ? addDays(cycle.date, 1) : cycle.date;
      // A cycle's administrations recorded as one record, or as one record each (as BEP days are).
      return split && agent.administrationsPerCycle > 1 && agent.administrationsPerCycle <= 5
        ? Array.from({ length: agent.administrationsPerCycle }, (_, i) =>
            dose(cycle, agent.agent, amount, { givenOn: addDays(cycle.date, i), enteredInError }),
          )
        : [
            dose(cycle, agent.agent, amount, {
              administrations: agent.administrationsPerCycle,
              givenOn,
              enteredInError,
            }),
          ];
    });

export const arbFindings = (id: string, cycleIdOrNull: string | null, assessedOn: string): fc.Arbitrary<ExamFacts> =>
  fc
    .record({
      sensoryGrade: fc.constantFrom(0, 0, 0, 1, 1, 2, 3, 4),
      motorGrade: fc.constantFrom(0, 0, 0, 0, 1, 2),
      felt: fc.tuple(fc.integer({ min: 5, max: 10 }), fc.integer({ min: 5, max: 10 })),
      tested: fc.constantFrom(8, 10),
      vibration: fc.tuple(fc.constantFrom(null, 0, 4, 8, 10, 14), fc.constantFrom(null, 0, 4, 8, 10, 14)),
      reflex: fc.tuple(
        fc.constantFrom<AnkleReflex | null>(null, "normal", "reduced", "absent"),
        fc.constantFrom<AnkleReflex | null>(null, "normal", "reduced", "absent"),
      ),
      pain: fc.constantFrom<number | null>(null, 0, 0, 1, 4),
      adlImpact: fc.constantFrom<AdlImpact | null>(null, "none", "instrumental", "self-care"),
      enteredInError: rarely,
    })
    .map((f) =>
      exam({
        id,
        cycleId: cycleIdOrNull,
        assessedOn,
        sensoryGrade: f.sensoryGrade,
        motorGrade: f.motorGrade,
        monofilament: {
          left: foot(Math.min(f.felt[0], f.tested), f.tested),
          right: foot(Math.min(f.felt[1], f.tested), f.tested),
        },
        vibration: sides(f.vibration[0], f.vibration[1]),
        ankleReflex: sides(f.reflex[0], f.reflex[1]),
        symptoms: { pain: f.pain },
        adlImpact: f.adlImpact,
        enteredInError: f.enteredInError,
      }),
    );

const arbRules = (agent: AgentCode): fc.Arbitrary<readonly GradeRule[]> =>
  fc.constantFrom<readonly GradeRule[]>(
    getAgent(agent).template.rules,
    [{ minGrade: 2, action: "reduce", toDose: 1 }],
    [
      { minGrade: 1, withPain: true, action: "hold" },
      { minGrade: 3, action: "stop" },
    ],
  );

const arbPlan = (agent: AgentCode): fc.Arbitrary<PlanTerms> => {
  const limit = getAgent(agent).defaultLimit?.value ?? null;
  return fc
    .record({
      versionId: fc.constantFrom("v1", "v2"),
      cumulativeLimit: fc.constantFrom(limit, limit === null ? 5000 : limit / 2, null),
      warnFraction: fc.constantFrom(0.5, 0.8, 1),
      doseCap: fc.constantFrom<number | null | undefined>(undefined, undefined, null, 150, 1000),
      rules: arbRules(agent),
    })
    .map(({ doseCap, ...terms }) => plan(agent, doseCap === undefined ? terms : { ...terms, doseCap }));
};

/** A random patient record: one or two courses, their doses and exams, and some plans in force. */
export const arbRecord: fc.Arbitrary<PatientRecord> = fc
  .record({
    courses: fc.tuple(arbCourse("A", "2024-01-08"), fc.option(arbCourse("B", "2024-09-02"), { nil: undefined })),
    heightCm: fc.integer({ min: 150, max: 195 }),
    weightKg: fc.constantFrom(55, 70, 100, 110),
    riskFactors: fc.subarray<RiskFactor>(["hereditary-neuropathy", "diabetes"]),
  })
  .chain(({ courses: [a, b], heightCm, weightKg, riskFactors }) => {
    const courses = b ? [a, b] : [a];
    const agents = [...new Set(courses.flatMap((c) => c.agents.map((x) => x.agent)))];
    const given = courses.flatMap((c) => c.cycles.filter((cy) => cy.status === "given").map((cy) => ({ c, cy })));
    const doses = fc
      .tuple(...given.flatMap(({ c, cy }) => c.agents.map((ag) => arbDoseFor(cy, ag))))
      .map((lists) => lists.flat());
    const cycleExams = fc.tuple(
      ...given.map(({ cy }, i) => fc.option(arbFindings(`x${i}`, cy.id, cy.date), { nil: undefined })),
    );
    const followUps = fc
      .array(fc.integer({ min: 1, max: 400 }), { maxLength: 2 })
      .chain((days) => fc.tuple(...days.map((d, i) => arbFindings(`f${i}`, null, addDays("2024-01-08", d)))));
    const plans = fc.tuple(...agents.map((ag) => fc.option(arbPlan(ag), { nil: undefined })));
    return fc.record({ doses, cycleExams, followUps, plans }).map((r): PatientRecord => {
      const body = patient({ heightCm, weightKg, riskFactors });
      const plansInForce: PatientRecord["plansInForce"] = Object.fromEntries(
        agents.flatMap((ag, i) => (r.plans[i] ? [[ag, r.plans[i]]] : [])),
      );
      // Each dose judged as when it was recorded: this body, the plan in force, the course's dose level.
      const level = (d: DoseFacts) =>
        courses.find((c) => c.cycles.some((cy) => cy.id === d.cycleId))!.agents.find((a) => a.agent === d.agent)!.dose;
      return record({
        patient: body,
        courses,
        doses: r.doses.map((d) => ({ ...d, ...judgeDose(body, d.agent, termsFor(d.agent, plansInForce), level(d)) })),
        exams: [...r.cycleExams.filter((e) => e !== undefined), ...r.followUps],
        plansInForce,
      });
    });
  });
