// The demo patients between cycles: their last cycle is behind them and the next days away.
import {
  capox,
  cisplatinPemetrexed,
  docetaxel,
  DOSE_DENSE_PACLITAXEL_PLAN,
  doseDensePaclitaxelCarboplatin,
  folfox,
  gemcitabineNabPaclitaxel,
  rchop,
  vrd,
} from "./regimens";
import type { DemoPatient } from "./types";

export const PATIENTS_BETWEEN_CYCLES: DemoPatient[] = [
  {
    // Grade 3 at yesterday's exam: oxaliplatin held, the stop rule awaits the oncologist.
    patient: {
      mrn: "H0467019",
      familyName: "Kowalski",
      givenName: "Brian",
      birthDate: "1960-01-22",
      sex: "male",
      heightCm: 185,
      weightKg: 95,
      diagnosis: "Adenocarcinoma of the rectosigmoid, pT3 N2b M0 (stage IIIC)",
    },
    courses: [
      {
        regimen: capox(8),
        anchor: { cycle: 6, inDays: -1 },
        past: 6,
        exams: [0, 0.7, 1.3, 2.1, 2.4, { severity: 3.1, notes: "Needs help dressing; one fall on the stairs." }],
        plans: [{ agent: "oxaliplatin", cosigner: "pharmacist" }],
        awaitingDecision: true,
      },
    ],
  },
  {
    // Prior oxaliplatin counts: adjuvant CAPOX two years ago, FOLFOX now, close to the limit.
    patient: {
      mrn: "H0140958",
      familyName: "Liu",
      givenName: "Catherine",
      birthDate: "1959-02-17",
      sex: "female",
      heightCm: 163,
      weightKg: 59,
      diagnosis: "Metastatic colon adenocarcinoma (peritoneum), relapse two years after adjuvant CAPOX",
      riskFactors: ["prior-neuropathy"],
    },
    courses: [
      { regimen: capox(4), anchor: { cycle: 4, inDays: -760 }, past: 4, exams: [0, 0.5, 0.9, 1] },
      {
        regimen: folfox("advanced"),
        anchor: { cycle: 4, inDays: 5 },
        past: 3,
        exams: [0.9, 1, 1.1],
        plans: [
          {
            agent: "oxaliplatin",
            input: {
              notes:
                "Second oxaliplatin course: 520 mg/m2 already given with adjuvant CAPOX. Default limit kept; review at the warning level.",
            },
            cosigner: "nurse",
          },
        ],
      },
    ],
  },
  {
    // Intravenous bortezomib: reduced at grade 1 with pain, then held at grade 2 with pain.
    patient: {
      mrn: "H0098321",
      familyName: "Pemberton",
      givenName: "Arthur",
      birthDate: "1947-11-05",
      sex: "male",
      heightCm: 171,
      weightKg: 73,
      diagnosis: "IgA lambda multiple myeloma, R-ISS stage II",
    },
    courses: [
      {
        regimen: vrd("IV"),
        anchor: { cycle: 6, inDays: 11 },
        past: 5,
        exams: [
          0,
          0.4,
          0.9,
          { severity: 1.3, pain: 1 },
          { severity: 2.2, pain: 3, notes: "Burning pain in both feet at night; duloxetine started." },
        ],
        plans: [{ agent: "bortezomib", cosigner: "pharmacist" }],
      },
    ],
  },
  {
    // Vincristine halved at grade 2.
    patient: {
      mrn: "H0176644",
      familyName: "Clarke",
      givenName: "Evelyn",
      birthDate: "1952-03-26",
      sex: "female",
      heightCm: 159,
      weightKg: 65,
      diagnosis: "Follicular lymphoma transformed to diffuse large B-cell lymphoma, stage IV",
    },
    courses: [{ regimen: rchop(), anchor: { cycle: 6, inDays: 14 }, past: 5, exams: [0, 0.6, 1.1, 2, 2.1] }],
  },
  {
    // Carboplatin from an uncapped GFR (AUC 6 x (130 + 25) = 930 mg): above the 900 mg cap.
    patient: {
      mrn: "H0812275",
      familyName: "Obi",
      givenName: "Nkechi",
      birthDate: "1979-06-02",
      sex: "female",
      heightCm: 170,
      weightKg: 94,
      diagnosis: "Serous endometrial carcinoma, FIGO IIIC1, after surgery",
    },
    courses: [
      {
        regimen: doseDensePaclitaxelCarboplatin(930),
        anchor: { cycle: 2, inDays: 6 },
        past: 1,
        exams: [0],
        plans: [
          { agent: "paclitaxel", input: DOSE_DENSE_PACLITAXEL_PLAN, cosigner: "pharmacist" },
          { agent: "carboplatin", cosigner: "pharmacist" },
        ],
      },
    ],
  },
  {
    // Oxaliplatin has reached the default limit of 850 mg/m2 at cycle 10 of 12.
    patient: {
      mrn: "H0349902",
      familyName: "Lindqvist",
      givenName: "Peter",
      birthDate: "1962-12-01",
      sex: "male",
      heightCm: 177,
      weightKg: 83,
      diagnosis: "Adenocarcinoma of the descending colon, pT4a N1b M0 (stage IIIB)",
    },
    courses: [
      {
        regimen: folfox("adjuvant"),
        anchor: { cycle: 11, inDays: 10 },
        past: 10,
        exams: [0, 0.3, 0.5, 0.7, 0.8, 0.9, 1, 1, 1.1, 1.2],
        plans: [{ agent: "oxaliplatin", cosigner: "pharmacist" }],
      },
    ],
  },
  {
    patient: {
      mrn: "H0532187",
      familyName: "Al-Sayed",
      givenName: "Fatima",
      birthDate: "1970-07-19",
      sex: "female",
      heightCm: 165,
      weightKg: 70,
      diagnosis: "Invasive ductal carcinoma of the left breast, pT2 N1 M0, ER-positive, HER2-negative",
      riskFactors: ["hypothyroidism"],
    },
    courses: [
      {
        regimen: docetaxel("TC (docetaxel + cyclophosphamide)", 6, "adjuvant"),
        anchor: { cycle: 5, inDays: 8 },
        past: 4,
        exams: [0, 0.2, 0.5, 0.7],
      },
    ],
  },
  {
    // Docetaxel reduced from 75 to 60 mg/m2 at grade 2 (label).
    patient: {
      mrn: "H0611734",
      familyName: "Walsh",
      givenName: "Jennifer",
      birthDate: "1965-10-10",
      sex: "female",
      heightCm: 168,
      weightKg: 88,
      diagnosis: "Invasive lobular carcinoma of the right breast, pT2 N2a M0",
      riskFactors: ["diabetes"],
    },
    courses: [
      {
        regimen: docetaxel("TC (docetaxel + cyclophosphamide)", 6, "adjuvant"),
        anchor: { cycle: 4, inDays: 12 },
        past: 3,
        exams: [0, 0.8, 2],
        plans: [{ agent: "docetaxel", cosigner: "pharmacist" }],
      },
    ],
  },
  {
    // No plan: under the default limit the next cycle would take nab-paclitaxel past it.
    patient: {
      mrn: "H0287715",
      familyName: "Fraser",
      givenName: "Gordon",
      birthDate: "1953-04-04",
      sex: "male",
      heightCm: 175,
      weightKg: 72,
      diagnosis: "Locally advanced pancreatic adenocarcinoma, unresectable",
    },
    courses: [
      { regimen: gemcitabineNabPaclitaxel(), anchor: { cycle: 3, inDays: 9 }, past: 2, exams: [0, 0.6], plans: [] },
    ],
  },
  {
    patient: {
      mrn: "H0455603",
      familyName: "O'Brien",
      givenName: "Michael",
      birthDate: "1958-08-08",
      sex: "male",
      heightCm: 179,
      weightKg: 86,
      diagnosis: "Adenocarcinoma of the lung, stage IIIA, after lobectomy",
      riskFactors: ["alcohol"],
    },
    courses: [
      {
        regimen: cisplatinPemetrexed(4, "adjuvant"),
        anchor: { cycle: 3, inDays: 3 },
        past: 2,
        exams: [0, 0.3],
        plans: [{ agent: "cisplatin", cosigner: "pharmacist" }],
      },
    ],
  },
  {
    patient: {
      mrn: "H0063398",
      familyName: "Sullivan",
      givenName: "Agnes",
      birthDate: "1950-05-05",
      sex: "female",
      heightCm: 152,
      weightKg: 55,
      diagnosis: "IgG lambda multiple myeloma, ISS stage I",
    },
    courses: [{ regimen: vrd("SC"), anchor: { cycle: 4, inDays: 4 }, past: 3, exams: [0, 0, 0.3] }],
  },
  {
    // No plan agreed yet.
    patient: {
      mrn: "H0724461",
      familyName: "Demir",
      givenName: "Yusuf",
      birthDate: "1967-03-03",
      sex: "male",
      heightCm: 174,
      weightKg: 81,
      diagnosis: "Adenocarcinoma of the splenic flexure, pT3 N1b M0 (stage IIIB)",
    },
    courses: [{ regimen: capox(8), anchor: { cycle: 3, inDays: 13 }, past: 2, exams: [0, 0.2], plans: [] }],
  },
  {
    patient: {
      mrn: "H0398850",
      familyName: "Fischer",
      givenName: "Irene",
      birthDate: "1958-09-23",
      sex: "female",
      heightCm: 163,
      weightKg: 69,
      diagnosis: "High-grade serous carcinoma of the fallopian tube, FIGO IIIB",
      riskFactors: ["b12-deficiency"],
    },
    courses: [
      {
        regimen: doseDensePaclitaxelCarboplatin(480),
        anchor: { cycle: 5, inDays: 7 },
        past: 4,
        exams: [0, 0.6, 1, 1.7],
        plans: [
          { agent: "paclitaxel", input: DOSE_DENSE_PACLITAXEL_PLAN, cosigner: "nurse" },
          { agent: "carboplatin", cosigner: "nurse" },
        ],
      },
    ],
  },
  {
    patient: {
      mrn: "H0666209",
      familyName: "Grant",
      givenName: "Oliver",
      birthDate: "1971-11-11",
      sex: "male",
      heightCm: 188,
      weightKg: 92,
      diagnosis: "Metastatic colorectal adenocarcinoma (lung), first line",
    },
    courses: [
      {
        regimen: folfox("advanced"),
        anchor: { cycle: 6, inDays: 2 },
        past: 5,
        exams: [
          0,
          0.5,
          { severity: 0.8, notes: "Cold drinks hurt his throat for two days after each infusion." },
          1,
          1.1,
        ],
      },
    ],
  },
];
