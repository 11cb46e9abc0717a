// What the patient's tablet is told when a code no longer opens the questionnaire, shared by the
// server that answers 410 (db/commands/self-reports.ts) and the questionnaire that says what to do
// next (components/self-report/questionnaire.tsx): after her answers are in, nothing; after the code
// ran out, typing the new one the nurse gives her.

/** A used code: the patient who sent her answers reloads the thank-you page, and must not think them lost. */
export const ANSWERS_RECEIVED = "Your answers have been received. You can hand the device back to the nurse.";

/** An expired code. */
export const CODE_EXPIRED = "This code has expired. Ask the nurse for a new one.";
