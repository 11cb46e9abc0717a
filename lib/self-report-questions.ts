// The patient's questionnaire (docs/api.md, "Patient self-report"): one question a screen, in plain
// words of our own (no licensed instrument's text, see README), answered with big buttons. The
// 0-4 scales are the exam's own (none to very severe), so the two compare directly.
import type { AdlImpact } from "@/lib/domain/codes";

/**
 * Code characters without look-alikes: no 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, U/V; upper case only.
 * 8 characters from these 21 give about 3.8e10 codes, against 10 tries per client in 10 minutes.
 */
export const CODE_ALPHABET = "34679ACEFGHJKMNPRTWXY";
export const CODE_LENGTH = 8;

export interface Choice<T> {
  value: T;
  label: string;
}

const SEVERITY: Choice<number>[] = [
  { value: 0, label: "None" },
  { value: 1, label: "Mild" },
  { value: 2, label: "Moderate" },
  { value: 3, label: "Severe" },
  { value: 4, label: "Very severe" },
];

const YES_NO: Choice<boolean>[] = [
  { value: false, label: "No" },
  { value: true, label: "Yes" },
];

const PAIN: Choice<number>[] = Array.from({ length: 11 }, (_, n) => ({
  value: n,
  label: n === 0 ? "0 no pain" : n === 10 ? "10 worst pain" : String(n),
}));

const FALLS: Choice<number>[] = [
  { value: 0, label: "None" },
  { value: 1, label: "Once" },
  { value: 2, label: "Twice" },
  { value: 3, label: "3 times or more" },
];

const ADL: Choice<AdlImpact>[] = [
  { value: "none", label: "No, not really" },
  { value: "instrumental", label: "Yes: cooking, shopping or housework is harder" },
  { value: "self-care", label: "Yes: even washing, dressing or eating is harder" },
];

/** Where each answer goes in the body of POST /api/self-report/{code}. */
export const ANSWER_PATHS = [
  "numbness.feet",
  "numbness.hands",
  "tingling.feet",
  "tingling.hands",
  "pain",
  "coldDysesthesia",
  "balance",
  "fineMotor",
  "falls",
  "adlImpact",
] as const;
export type AnswerPath = (typeof ANSWER_PATHS)[number];

export interface Question {
  id: AnswerPath;
  text: string;
  hint?: string;
  choices: Choice<number | boolean | string>[];
}

export const QUESTIONS: readonly Question[] = [
  { id: "numbness.feet", text: "How numb have your feet felt this past week?", choices: SEVERITY },
  { id: "numbness.hands", text: "How numb have your hands felt this past week?", choices: SEVERITY },
  {
    id: "tingling.feet",
    text: "How much tingling (pins and needles) have you had in your feet this past week?",
    choices: SEVERITY,
  },
  {
    id: "tingling.hands",
    text: "How much tingling (pins and needles) have you had in your hands this past week?",
    choices: SEVERITY,
  },
  {
    id: "pain",
    text: "At its worst this past week, how bad was burning, shooting or stabbing pain in your hands or feet?",
    hint: "0 means no pain, 10 the worst pain you can imagine.",
    choices: PAIN,
  },
  {
    id: "coldDysesthesia",
    text: "Does touching or drinking something cold cause tingling or pain?",
    choices: YES_NO,
  },
  { id: "balance", text: "Have you felt unsteady on your feet?", choices: YES_NO },
  {
    id: "fineMotor",
    text: "Is it hard to do up buttons, write, or pick up small things?",
    choices: YES_NO,
  },
  { id: "falls", text: "Since your last treatment, how many times have you fallen?", choices: FALLS },
  { id: "adlImpact", text: "Do these problems get in the way of your day?", choices: ADL },
];

/** The free-text question that ends the questionnaire. */
export const COMMENT_QUESTION = "Is there anything else you want your nurse to know? (You can leave this empty.)";
export const MAX_COMMENT = 2000;
