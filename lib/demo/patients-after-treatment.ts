// The demo patients after their course: follow-up exams outside any cycle, where platinum
// neuropathy can go on worsening for months after the last dose (coasting).
import { capox, cisplatinPemetrexed, folfox } from "./regimens";
import type { DemoPatient } from "./types";

export const PATIENTS_AFTER_TREATMENT: DemoPatient[] = [
  {
    // Finished six weeks ago; coasting: worse at follow-up than at the last cycle.
    patient: {
      mrn: "H0233840",
      familyName: "Doyle",
      givenName: "Margaret",
      birthDate: "1956-05-15",
      sex: "female",
      heightCm: 161,
      weightKg: 66,
      diagnosis: "Adenocarcinoma of the caecum, pT3 N1a M0 (stage IIIB)",
    },
    courses: [
      {
        regimen: folfox("adjuvant"),
        anchor: { cycle: 12, inDays: -42 },
        past: 12,
        exams: [0, 0.3, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 2, 2.1, 2.1, 2.2],
        plans: [
          {
            agent: "oxaliplatin",
            input: {
              cumulativeLimit: 1020,
              notes: "Full adjuvant course agreed (12 x 85 mg/m2); the exam before every cycle decides.",
            },
            cosigner: "nurse",
          },
        ],
        followUps: [{ inDays: -3, exam: 2.6 }],
      },
    ],
  },
  {
    // Three months of CAPOX (IDEA, low risk), improving at follow-up.
    patient: {
      mrn: "H0589126",
      familyName: "Osei",
      givenName: "Samuel",
      birthDate: "1966-08-30",
      sex: "male",
      heightCm: 170,
      weightKg: 77,
      diagnosis: "Adenocarcinoma of the sigmoid colon, pT2 N1a M0 (stage IIIA)",
    },
    courses: [
      {
        regimen: capox(4),
        anchor: { cycle: 4, inDays: -120 },
        past: 4,
        exams: [0, 0.4, 0.8, 1.1],
        followUps: [{ inDays: -10, exam: 0.7 }],
      },
    ],
  },
  {
    // Cisplatin coasting: worse five weeks after the last dose than at it.
    patient: {
      mrn: "H0107372",
      familyName: "Hughes",
      givenName: "Walter",
      birthDate: "1950-02-14",
      sex: "male",
      heightCm: 169,
      weightKg: 70,
      diagnosis: "Adenocarcinoma of the lung, stage IIB, after lobectomy",
    },
    courses: [
      {
        regimen: cisplatinPemetrexed(4, "adjuvant"),
        anchor: { cycle: 4, inDays: -35 },
        past: 4,
        exams: [0, 0.5, 0.9, 1.2],
        plans: [{ agent: "cisplatin", cosigner: "pharmacist" }],
        followUps: [{ inDays: -1, exam: 2.2 }],
      },
    ],
  },
];
