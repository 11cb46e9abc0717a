// The infusion-day write load: clients that each alternate a bedside exam and a dose given,
// over a pool of patients with an oxaliplatin course, on sessions signed in beforehand. Every
// 201 body's id is kept, so what the server acknowledged can be looked for in the database.
import autocannon from "autocannon";
import type { BenchApi } from "./api";

export interface SeededPatient {
  patientId: string;
  cycles: { id: string; date: string }[];
}

/** Patients registered by the nurse, each with a 12-cycle FOLFOX-like course made by the oncologist. */
export async function seedPatients(nurse: BenchApi, oncologist: BenchApi, count: number): Promise<SeededPatient[]> {
  const run = Date.now().toString(36).toUpperCase();
  const seeded: SeededPatient[] = [];
  for (let i = 0; i < count; i++) {
    const { patient } = await nurse.must("POST", "/api/patients", {
      mrn: `LOAD-${run}-${i}`,
      familyName: `Load${i}`,
      givenName: "Bench",
      birthDate: "1960-05-01",
      sex: i % 2 ? "female" : "male",
      heightCm: 170,
      weightKg: 70,
      diagnosis: "Colon adenocarcinoma, stage III",
    });
    const { course } = await oncologist.must("POST", `/api/patients/${patient.id}/courses`, {
      name: "FOLFOX",
      startDate: "2026-01-05",
      cycleLengthDays: 14,
      cycles: 12,
      setting: "adjuvant",
      // Oxaliplatin 85 mg/m2 every 2 weeks (FOLFOX; domain.md).
      agents: [{ agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV" }],
    });
    seeded.push({ patientId: patient.id, cycles: course.cycles });
  }
  return seeded;
}

/** Mostly unremarkable exams, now and then a grade 1 or 2, as on a real ward. */
function examBody(n: number, cycle: { id: string; date: string }) {
  const grade = n % 10 === 0 ? 2 : n % 4 === 0 ? 1 : 0;
  return {
    cycleId: cycle.id,
    assessedOn: cycle.date,
    monofilament: { left: { felt: 4 - Math.min(grade, 1), tested: 4 }, right: { felt: 4, tested: 4 } },
    vibration: { left: 14 - grade * 3, right: 14 },
    ankleReflex: { left: "normal", right: grade > 1 ? "reduced" : "normal" },
    symptoms: {
      numbness: grade,
      tingling: grade,
      pain: 0,
      coldDysesthesia: n % 3 === 0,
      balance: false,
      falls: 0,
      fineMotor: grade > 1,
    },
    adlImpact: grade > 1 ? "instrumental" : "none",
    sensoryGrade: grade,
    motorGrade: 0,
    notes: `Load exam ${n}`,
  };
}

export interface Acked {
  assessments: string[];
  doses: string[];
}

export interface WorkloadResult {
  durationS: number;
  requests: number;
  /** Requests sent whose answers never came: those in flight when the load stopped, or lost. */
  unanswered: number;
  statusCounts: Record<string, number>;
  connectionErrors: number;
  timeouts: number;
  /** Milliseconds per response, for percentiles. */
  latencies: number[];
}

export interface Workload {
  /** Ends the load now (or lets it end at its duration) and gives its figures. */
  stop(): Promise<WorkloadResult>;
  done: Promise<WorkloadResult>;
}

export function startWorkload(opts: {
  baseUrl: string;
  cookie: string;
  patients: SeededPatient[];
  connections: number;
  durationS: number;
  acked: Acked;
}): Workload {
  let n = 0;
  const pick = () => {
    const i = n++;
    const patient = opts.patients[i % opts.patients.length]!;
    const cycle = patient.cycles[Math.floor(i / opts.patients.length) % patient.cycles.length]!;
    return { i, patient, cycle };
  };
  const idOf = (body: string, key: "assessment" | "dose") =>
    (JSON.parse(body) as Record<string, { id: string }>)[key]!.id;
  const statusCounts: Record<string, number> = {};
  const latencies: number[] = [];
  const started = Date.now();

  let instance!: autocannon.Instance;
  const done = new Promise<WorkloadResult>((resolve, reject) => {
    instance = autocannon(
      {
        url: opts.baseUrl,
        connections: opts.connections,
        duration: opts.durationS,
        // A write that takes longer than this is an error the report must show, not a wait.
        timeout: 30,
        headers: { cookie: opts.cookie, "content-type": "application/json" },
        requests: [
          {
            method: "POST",
            setupRequest: (req) => {
              const { i, patient, cycle } = pick();
              return {
                ...req,
                path: `/api/patients/${patient.patientId}/assessments`,
                body: JSON.stringify(examBody(i, cycle)),
              };
            },
            onResponse: (status, body) => {
              if (status === 201) opts.acked.assessments.push(idOf(body, "assessment"));
            },
          },
          {
            method: "POST",
            setupRequest: (req) => {
              const { cycle } = pick();
              const body = { agent: "oxaliplatin", dose: 85, unit: "mg/m2", route: "IV" };
              return { ...req, path: `/api/cycles/${cycle.id}/doses`, body: JSON.stringify(body) };
            },
            onResponse: (status, body) => {
              if (status === 201) opts.acked.doses.push(idOf(body, "dose"));
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(`autocannon failed: ${String(error)}`));
        resolve({
          durationS: (Date.now() - started) / 1000,
          requests: latencies.length,
          unanswered: result.requests.sent - latencies.length,
          statusCounts,
          // autocannon counts a timeout among its errors too.
          connectionErrors: result.errors - result.timeouts,
          timeouts: result.timeouts,
          latencies,
        });
      },
    );
  });
  instance.on("response", (_client, status, _bytes, responseTime) => {
    statusCounts[status] = (statusCounts[status] ?? 0) + 1;
    latencies.push(responseTime);
  });

  return {
    done,
    stop: () => {
      instance.stop();
      return done;
    },
  };
}
