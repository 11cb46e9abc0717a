// Adjuvant FOLFOX courses the clinic finished earlier this year. Their neuropathy stayed at grade 1,
// but the exams went up and down from cycle to cycle: a great-toe vibration time either side of the
// "5 s below the baseline" line, as oxaliplatin's come-and-go symptoms and the tuning fork's own
// scatter make it. Each dip below the line is a new crossing and raises a worsening alert
// (docs/clinical-rules.md, "Worsening"); the oncologist sees the patient, nothing limits daily life,
// and proceeds. That is the rule the alert analytics list to revisit. Follow-ups were kept.
import { folfox } from "./regimens";
import type { DemoPatient, ExamStep } from "./types";

/** Grade 1 throughout, the vibration time crossing the line at every second or third cycle. */
const UP_AND_DOWN: ExamStep[] = [0, 0.5, 1.7, 0.7, 1.8, 0.8, 0.7, 1.7, 0.8, 1.8, 0.7, 1.8];

/** Twelve cycles of 85 mg/m2, one every 14 days, the last `finishedInDays` from today; follow-ups getting better. */
function upAndDownFolfox(finishedInDays: number, followUps: number[]): DemoPatient["courses"] {
  return [
    {
      regimen: folfox("adjuvant"),
      anchor: { cycle: 12, inDays: finishedInDays },
      past: 12,
      exams: UP_AND_DOWN,
      plans: [
        {
          agent: "oxaliplatin",
          input: {
            cumulativeLimit: 1100,
            notes:
              "Full adjuvant course agreed (12 x 85 mg/m2, 1020 mg/m2 in all); the exam before every cycle decides.",
          },
          cosigner: "pharmacist",
        },
      ],
      followUps: followUps.map((inDays, i) => ({ inDays, exam: [0.6, 0.4, 0.3][i]! })),
    },
  ];
}

export const PATIENTS_EARLIER_THIS_YEAR: DemoPatient[] = [
  {
    // Finished in the spring; seen at 1, 3 and 6 months, the 12-month exam due in the summer.
    patient: {
      mrn: "H0531946",
      familyName: "Brennan",
      givenName: "Siobhan",
      birthDate: "1964-04-09",
      sex: "female",
      heightCm: 166,
      weightKg: 68,
      diagnosis: "Adenocarcinoma of the transverse colon, pT3 N1a M0 (stage IIIB)",
    },
    courses: upAndDownFolfox(-200, [-170, -110, -17]),
  },
  {
    patient: {
      mrn: "H0289417",
      familyName: "Adeyemi",
      givenName: "Tunde",
      birthDate: "1968-09-27",
      sex: "male",
      heightCm: 178,
      weightKg: 82,
      diagnosis: "Adenocarcinoma of the hepatic flexure, pT3 N1b M0 (stage IIIB)",
    },
    courses: upAndDownFolfox(-150, [-121, -58]),
  },
  {
    // The 6-month exam falls due next week.
    patient: {
      mrn: "H0713580",
      familyName: "Haddad",
      givenName: "Karim",
      birthDate: "1959-01-30",
      sex: "male",
      heightCm: 175,
      weightKg: 79,
      diagnosis: "Adenocarcinoma of the rectosigmoid, pT3 N1a M0 (stage IIIB), after anterior resection",
    },
    courses: upAndDownFolfox(-175, [-146, -85]),
  },
  {
    patient: {
      mrn: "H0647052",
      familyName: "Castillo",
      givenName: "Rosa",
      birthDate: "1957-12-03",
      sex: "female",
      heightCm: 155,
      weightKg: 58,
      diagnosis: "Adenocarcinoma of the sigmoid colon, pT4a N1a M0 (stage IIIB)",
    },
    courses: upAndDownFolfox(-100, [-69, -9]),
  },
  {
    patient: {
      mrn: "H0875263",
      familyName: "Novak",
      givenName: "Tomas",
      birthDate: "1961-06-18",
      sex: "male",
      heightCm: 181,
      weightKg: 88,
      diagnosis: "Adenocarcinoma of the descending colon, pT3 N2a M0 (stage IIIB)",
    },
    courses: upAndDownFolfox(-45, [-14]),
  },
];
