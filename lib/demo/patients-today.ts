// The demo patients with a cycle dated today: today's worklist. Some have had today's exam
// already (their `exams` hold one more than `past`), the rest wait for the nurse.
import {
  bep,
  capox,
  cisplatinPemetrexed,
  docetaxel,
  DOSE_DENSE_PACLITAXEL_PLAN,
  doseDensePaclitaxelCarboplatin,
  folfox,
  gemcitabineNabPaclitaxel,
  rchop,
  vrd,
  weeklyPaclitaxelCarboplatin,
} from "./regimens";
import type { DemoPatient } from "./types";

export const PATIENTS_TODAY: DemoPatient[] = [
  {
    // Grade 2 at today's exam: the plan asks to reduce oxaliplatin before it is given.
    patient: {
      mrn: "H0481273",
      familyName: "Whitaker",
      givenName: "Eleanor",
      birthDate: "1961-03-14",
      sex: "female",
      heightCm: 164,
      weightKg: 71,
      diagnosis: "Adenocarcinoma of the sigmoid colon, pT3 N1b M0 (stage IIIB), after resection",
    },
    courses: [
      {
        regimen: folfox("adjuvant"),
        anchor: { cycle: 7, inDays: 0 },
        past: 6,
        exams: [
          0,
          0.2,
          0.7,
          0.9,
          1.3,
          1.7,
          { severity: 2.2, notes: "Drops cups; needs help with buttons since last week." },
        ],
      },
    ],
  },
  {
    // At the warning level, and the next cycle would take oxaliplatin past the limit.
    patient: {
      mrn: "H0390562",
      familyName: "Kumar",
      givenName: "Rajesh",
      birthDate: "1958-11-02",
      sex: "male",
      heightCm: 172,
      weightKg: 78,
      diagnosis: "Adenocarcinoma of the ascending colon, pT4a N1a M0 (stage IIIB)",
    },
    courses: [
      {
        regimen: capox(8),
        anchor: { cycle: 7, inDays: 0 },
        past: 6,
        exams: [0, 0.3, 0.6, 0.8, 0.9, 1],
        plans: [{ agent: "oxaliplatin", cosigner: "pharmacist" }],
      },
    ],
  },
  {
    // Reduced to 65 mg/m2 at grade 2; today's cycle was moved from yesterday's bank holiday.
    patient: {
      mrn: "H0275518",
      familyName: "Mensah",
      givenName: "Dorothy",
      birthDate: "1954-06-21",
      sex: "female",
      heightCm: 158,
      weightKg: 82,
      diagnosis: "Metastatic rectal adenocarcinoma (liver), RAS wild-type, first line",
      riskFactors: ["diabetes"],
    },
    courses: [
      {
        regimen: folfox("advanced"),
        anchor: { cycle: 11, inDays: -1 },
        moved: { cycle: 11, toInDays: 0 },
        past: 10,
        exams: [0, 0.4, 0.8, 1.2, 1.6, 2.1, 2.2, 2.2, 2.1, 2],
      },
    ],
  },
  {
    // Grade 1 with pain today: bortezomib's ladder reduces; the next cycle would pass the limit.
    patient: {
      mrn: "H0512904",
      familyName: "Fitzgerald",
      givenName: "Harold",
      birthDate: "1951-09-09",
      sex: "male",
      heightCm: 176,
      weightKg: 84,
      diagnosis: "IgG kappa multiple myeloma, ISS stage II, not eligible for transplant",
      riskFactors: ["renal-impairment"],
    },
    courses: [
      {
        regimen: vrd("SC"),
        anchor: { cycle: 8, inDays: 0 },
        past: 7,
        exams: [0, 0, 0.4, 0.7, 0.8, 0.9, 1, { severity: 1.2, pain: 2, notes: "Burning soles at night." }],
        plans: [{ agent: "bortezomib", cosigner: "pharmacist" }],
      },
    ],
  },
  {
    // Hereditary neuropathy with vincristine: the contraindication, and no plan agreed yet.
    patient: {
      mrn: "H0633187",
      familyName: "Brennan",
      givenName: "Thomas",
      birthDate: "1969-01-30",
      sex: "male",
      heightCm: 181,
      weightKg: 88,
      diagnosis: "Diffuse large B-cell lymphoma, stage IIIA, IPI 2",
      riskFactors: ["hereditary-neuropathy"],
    },
    vibrationBaseline: 6,
    reflexBaseline: "absent",
    courses: [
      {
        regimen: rchop(),
        anchor: { cycle: 1, inDays: 0 },
        past: 0,
        exams: [
          {
            severity: 0.8,
            notes:
              "Charcot-Marie-Tooth disease in the family (father, sister); type never confirmed. Pes cavus; ankle reflexes absent since childhood.",
          },
        ],
        plans: [],
      },
    ],
  },
  {
    // Held at grade 3 last cycle; back to grade 1 today, so nab-paclitaxel resumes a level lower.
    patient: {
      mrn: "H0418825",
      familyName: "Castellano",
      givenName: "Linda",
      birthDate: "1957-04-18",
      sex: "female",
      heightCm: 162,
      weightKg: 58,
      diagnosis: "Metastatic pancreatic ductal adenocarcinoma (liver), ECOG 1",
    },
    courses: [
      {
        regimen: gemcitabineNabPaclitaxel(),
        anchor: { cycle: 5, inDays: 0 },
        past: 4,
        exams: [0, 0.8, 2.1, { severity: 3, notes: "Fell at home; cannot do up shoes." }, 1.1],
        plans: [
          {
            agent: "nab-paclitaxel",
            input: {
              cumulativeLimit: 2250,
              notes: "Advanced disease, treated while it works: limit set at six cycles of 375 mg/m2, reviewed then.",
            },
            cosigner: "pharmacist",
          },
        ],
      },
    ],
  },
  {
    // Paclitaxel at the warning level of a plan that raised the limit for the weekly schedule.
    patient: {
      mrn: "H0357741",
      familyName: "O'Neill",
      givenName: "Patricia",
      birthDate: "1963-08-05",
      sex: "female",
      heightCm: 167,
      weightKg: 74,
      diagnosis: "High-grade serous ovarian carcinoma, FIGO IIIC, after primary debulking",
    },
    courses: [
      {
        regimen: doseDensePaclitaxelCarboplatin(540),
        anchor: { cycle: 6, inDays: 0 },
        past: 5,
        exams: [0, 0.6, 0.9, 1, 1.1],
        plans: [
          { agent: "paclitaxel", input: DOSE_DENSE_PACLITAXEL_PLAN, cosigner: "nurse" },
          { agent: "carboplatin", cosigner: "nurse" },
        ],
      },
    ],
  },
  {
    // Grade 2 today on docetaxel, with the cumulative dose near its limit.
    patient: {
      mrn: "H0226093",
      familyName: "Adeyemi",
      givenName: "George",
      birthDate: "1949-12-12",
      sex: "male",
      heightCm: 178,
      weightKg: 80,
      diagnosis: "Metastatic castration-resistant prostate cancer (bone)",
    },
    courses: [
      {
        regimen: docetaxel("Docetaxel + prednisone", 10, "advanced"),
        anchor: { cycle: 7, inDays: 0 },
        past: 6,
        exams: [0, 0.3, 0.6, 0.9, 1.2, 1.5, 2.1],
      },
    ],
  },
  {
    patient: {
      mrn: "H0701456",
      familyName: "Novak",
      givenName: "Daniel",
      birthDate: "1996-05-27",
      sex: "male",
      heightCm: 183,
      weightKg: 79,
      diagnosis: "Non-seminomatous germ-cell tumour of the testis, IGCCCG intermediate risk",
    },
    courses: [
      {
        regimen: bep(),
        anchor: { cycle: 4, inDays: 0 },
        past: 3,
        exams: [0, 0, 0.3],
        plans: [{ agent: "cisplatin", cosigner: "pharmacist" }],
      },
    ],
  },
  {
    // No plan agreed yet: the agent's defaults apply.
    patient: {
      mrn: "H0688310",
      familyName: "Rahman",
      givenName: "Aisha",
      birthDate: "1972-02-11",
      sex: "female",
      heightCm: 160,
      weightKg: 64,
      diagnosis: "Adenocarcinoma of the transverse colon, pT3 N2a M0 (stage IIIB)",
    },
    courses: [{ regimen: folfox("adjuvant"), anchor: { cycle: 3, inDays: 0 }, past: 2, exams: [0, 0], plans: [] }],
  },
  {
    // Grade 2 today: cisplatin's plan holds it.
    patient: {
      mrn: "H0304478",
      familyName: "Hartley",
      givenName: "William",
      birthDate: "1955-07-03",
      sex: "male",
      heightCm: 174,
      weightKg: 69,
      diagnosis: "Epithelioid pleural mesothelioma, unresectable",
      riskFactors: ["diabetes"],
    },
    courses: [
      {
        regimen: cisplatinPemetrexed(6, "advanced"),
        anchor: { cycle: 4, inDays: 0 },
        past: 3,
        exams: [0, 0.6, 1.2, { severity: 2.2, notes: "Can no longer write cheques or use his phone easily." }],
      },
    ],
  },
  {
    patient: {
      mrn: "H0152267",
      familyName: "Bennett",
      givenName: "Shirley",
      birthDate: "1948-10-29",
      sex: "female",
      heightCm: 155,
      weightKg: 61,
      diagnosis: "Diffuse large B-cell lymphoma, stage IIA",
    },
    courses: [{ regimen: rchop(), anchor: { cycle: 5, inDays: 0 }, past: 4, exams: [0, 0.6, 0.8, 1] }],
  },
  {
    // Curative intent: this team reduces paclitaxel at grade 2, which today's exam reaches.
    patient: {
      mrn: "H0795532",
      familyName: "Martin",
      givenName: "Chloe",
      birthDate: "1988-03-08",
      sex: "female",
      heightCm: 166,
      weightKg: 60,
      diagnosis: "Triple-negative breast cancer, cT2 N1, neoadjuvant",
    },
    courses: [
      {
        regimen: weeklyPaclitaxelCarboplatin(220),
        anchor: { cycle: 11, inDays: 0 },
        past: 10,
        exams: [0, 0, 0.4, 0.6, 0.8, 1, 1.1, 1.3, 1.5, 1.6, 2.3],
        plans: [
          {
            agent: "paclitaxel",
            input: {
              rules: [
                { minGrade: 2, action: "reduce", percent: 20 },
                { minGrade: 3, action: "hold" },
                { minGrade: 4, action: "stop" },
              ],
              notes: "Curative intent in a young patient: reduce at grade 2 to protect function, hold at grade 3.",
            },
            cosigner: "pharmacist",
          },
          { agent: "carboplatin", cosigner: "pharmacist" },
        ],
      },
    ],
  },
];
