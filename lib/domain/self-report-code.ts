// When a patient's one-time code still opens and sends its questionnaire (docs/api.md, "Patient
// self-report"; docs/security.md, "The patient's one-time code"). A code must be opened within 30
// minutes of being issued; once opened, its questionnaire may be sent (or opened again, after a
// reload) for 30 minutes from that first opening, so a slow patient who began in time is not
// turned away at Send. The opening is stamped once and never moved, so nothing extends a code past
// an hour from its issue; it is used once, by the self-report that names it.

/** From issue to first opening (the invitation's `expiresAt`). */
export const CODE_OPEN_MS = 30 * 60_000;
/** From first opening to Send. */
export const CODE_SEND_MS = 30 * 60_000;

export const CODE_STATES = ["usable", "used", "expired"] as const;
export type CodeState = (typeof CODE_STATES)[number];

export interface CodeFacts {
  /** Open by: the issue plus CODE_OPEN_MS (ISO 8601). */
  expiresAt: string;
  /** The first opening, or null if never opened (ISO 8601). */
  openedAt: string | null;
  /** Whether a self-report names the code. */
  used: boolean;
}

/** The instant after which the code no longer works: its open-by, or once opened, the send window's end. */
export function codeDeadline({ expiresAt, openedAt }: Pick<CodeFacts, "expiresAt" | "openedAt">): Date {
  return openedAt === null ? new Date(expiresAt) : new Date(Date.parse(openedAt) + CODE_SEND_MS);
}

/** Whether the code works at `at`; a deadline is exclusive (at the very instant, it has expired). */
export function codeState(code: CodeFacts, at: Date): CodeState {
  if (code.used) return "used";
  return at.getTime() < codeDeadline(code).getTime() ? "usable" : "expired";
}
