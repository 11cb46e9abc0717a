// The demo patients after their course: follow-up exams outside any cycle, where platinum
// neuropathy can go on worsening for months after the last dose (coasting); follow-ups falling
// due (1, 3, 6 and 12 months, then yearly), supportive care, and recoveries for the clinic's curve.
import { capox, cisplatinPemetrexed, docetaxel, folfox } from "./regimens";
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
    supportiveCare: [
      {
        kind: "duloxetine",
        startedInDays: -3,
        dose: 30,
        notes: "Burning feet at night since the last cycles: 30 mg for a week, then 60 mg if tolerated.",
      },
    ],
  },
  {
    // Three months of CAPOX (IDEA, low risk): the 1-month exam was missed; improving at the 3-month one.
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
        followUps: [{ inDays: -20, exam: 0.7 }],
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
    supportiveCare: [
      {
        kind: "balance-training",
        startedInDays: -1,
        notes: "Unsteady in the dark since the last cycle; referred to the falls clinic.",
      },
    ],
  },
  {
    // Adjuvant docetaxel finished four weeks ago; frozen gloves and socks during every infusion.
    patient: {
      mrn: "H0764415",
      familyName: "Lindqvist",
      givenName: "Annika",
      birthDate: "1971-03-22",
      sex: "female",
      heightCm: 168,
      weightKg: 64,
      diagnosis: "Invasive ductal carcinoma of the left breast, pT2 N1 M0, HER2-negative",
    },
    courses: [
      {
        regimen: docetaxel("Docetaxel (adjuvant)", 4, "adjuvant"),
        anchor: { cycle: 4, inDays: -27 },
        past: 4,
        exams: [0, 0.4, 0.9, 1.3],
      },
    ],
    supportiveCare: [
      {
        kind: "cryotherapy",
        startedInDays: -90,
        endedInDays: -27,
        response: "same",
        notes: "Frozen gloves and socks from 15 minutes before to 15 minutes after each infusion.",
      },
      { kind: "exercise", startedInDays: -20, notes: "Home programme: walking 30 minutes a day, calf raises." },
    ],
  },
  {
    // FOLFOX finished almost a year ago: grade 2 after the course, back to grade 1 by six months;
    // the 12-month exam falls due in about two weeks.
    patient: {
      mrn: "H0418873",
      familyName: "Nakamura",
      givenName: "Kenji",
      birthDate: "1963-11-05",
      sex: "male",
      heightCm: 172,
      weightKg: 71,
      diagnosis: "Adenocarcinoma of the rectosigmoid, pT3 N2a M0 (stage IIIB)",
    },
    courses: [
      {
        regimen: folfox("adjuvant"),
        anchor: { cycle: 12, inDays: -352 },
        past: 12,
        exams: [0, 0.3, 0.5, 0.8, 1, 1.1, 1.3, 1.5, 1.7, 2, 2.1, 2.2],
        followUps: [
          { inDays: -322, exam: 2.6 },
          { inDays: -262, exam: 2.3 },
          { inDays: -170, exam: 1.4 },
        ],
      },
    ],
    supportiveCare: [
      {
        kind: "duloxetine",
        startedInDays: -320,
        endedInDays: -150,
        dose: 60,
        response: "better",
        notes: "Painful feet after the course; stopped once the pain had settled.",
      },
      { kind: "physical-therapy", startedInDays: -300, endedInDays: -220, response: "better" },
    ],
  },
  {
    // CAPOX finished two years ago; still grade 1 at a year, so followed up yearly.
    patient: {
      mrn: "H0352260",
      familyName: "Ferreira",
      givenName: "Lucia",
      birthDate: "1959-07-19",
      sex: "female",
      heightCm: 158,
      weightKg: 60,
      diagnosis: "Adenocarcinoma of the descending colon, pT4a N1b M0 (stage IIIB)",
    },
    courses: [
      {
        regimen: capox(8),
        anchor: { cycle: 8, inDays: -735 },
        past: 8,
        exams: [0, 0.4, 0.8, 1.2, 1.6, 2, 2.2, 2.4],
        followUps: [
          { inDays: -705, exam: 2.6 },
          { inDays: -645, exam: 2.4 },
          { inDays: -550, exam: 2.1 },
          { inDays: -370, exam: 1.3 },
        ],
      },
    ],
    supportiveCare: [{ kind: "balance-training", startedInDays: -640, endedInDays: -560, response: "better" }],
  },
];
