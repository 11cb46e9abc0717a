// The marks the alerts page puts on its group headings, so that after a decision focus can move
// to the next group (components/alerts/decision-worklist.tsx). Plain values: the server renders
// them, the browser reads them.
export const GROUP_ATTRIBUTE = "data-decision-group";
export const PATIENT_ATTRIBUTE = "data-decision-patient";
export const NO_MORE_ALERTS_ID = "no-more-open-alerts";

/** The id of one decision: a patient's agent. */
export const groupId = (patientId: string, agent: string) => `${patientId}:${agent}`;

/** Props that make a heading a place focus can move to: a patient's, or one of her agents'. */
export function groupHeading(patientId: string, agent?: string) {
  return agent === undefined
    ? { [PATIENT_ATTRIBUTE]: patientId, tabIndex: -1 }
    : { [GROUP_ATTRIBUTE]: groupId(patientId, agent), tabIndex: -1 };
}
