import "server-only";
import { createHash, randomInt } from "node:crypto";
import { and, desc, eq, gte, isNull, lt } from "drizzle-orm";
import { today } from "@/lib/dates";
import type { AuditAction } from "@/lib/domain/codes";
import { previousReport, selfReportConditions } from "@/lib/domain/self-report";
import { CODE_OPEN_MS, codeState, type CodeState } from "@/lib/domain/self-report-code";
import { CODE_ALPHABET, CODE_LENGTH, QUESTIONS } from "@/lib/self-report-questions";
import { ANSWERS_RECEIVED, CODE_EXPIRED } from "@/lib/self-report-refusals";
import { selfReportCode, type SelfReportAnswers } from "@/lib/schemas/self-report";
import { audit } from "./audit";
import { write, type Tx } from "../client";
import { GoneError, NotFoundError, TooManyError } from "../errors";
import { insertAlert } from "./evaluation";
import { loadPatientRecord } from "../reads/patient-record";
import { newId, now } from "../ids";
import { requirePatient } from "../reads/patient-row";
import { patients, selfReportFailures, selfReportInvitations, selfReports } from "../tables";
import { selfReportFacts } from "../reads/self-reports";

/** Unknown codes allowed per client in the window before 429 (docs/api.md). */
export const MAX_FAILED_CODES = 10;
const FAILURE_WINDOW_MS = 10 * 60_000;

const hashCode = (code: string) => createHash("sha256").update(code).digest("hex");

/** 8 characters drawn uniformly by the operating system's CSPRNG from the look-alike-free alphabet. */
function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/**
 * A new one-time code for the patient; only its hash is stored, and the audit row holds neither.
 * `issuedAt` is now, but for the demo ward's history.
 */
export async function issueInvitation(userId: string, patientId: string, issuedAt: Date = new Date()) {
  return write(async (tx) => {
    await requirePatient(tx, patientId);
    const code = newCode();
    const row = (
      await tx
        .insert(selfReportInvitations)
        .values({
          id: newId(),
          codeHash: hashCode(code),
          patientId,
          issuedBy: userId,
          issuedAt: issuedAt.toISOString(),
          expiresAt: new Date(issuedAt.getTime() + CODE_OPEN_MS).toISOString(),
        })
        .returning()
    )[0]!;
    const { codeHash: _secret, ...shown } = row;
    await audit(tx, {
      userId,
      action: "self-report-invitation.create",
      entity: "self-report-invitation",
      entityId: row.id,
      patientId,
      after: shown,
    });
    return { invitation: { code, expiresAt: row.expiresAt } };
  });
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error };

/** What a code that does not work answers, in words for the patient; null for a code that works. */
function refusalOf(state: CodeState | "unknown"): Error | null {
  switch (state) {
    case "unknown":
      return new NotFoundError("This code");
    case "used":
      return new GoneError(ANSWERS_RECEIVED);
    case "expired":
      return new GoneError(CODE_EXPIRED);
    case "usable":
      return null;
  }
}

/**
 * Checks a code for a client and runs `use` on its invitation, in one transaction with its audit
 * row. A client with 10 unknown codes in the last 10 minutes gets 429 whatever it sends; an
 * unknown code is 404, a used or expired one 410. Only an unknown code counts toward the limit: a
 * code that exists is no guess, and a patient who reloads the thank-you page, or brings back an
 * expired slip, must not lock out the waiting room (docs/security.md, "The patient's one-time
 * code"). Every refusal is audited; both are stored before the error is thrown, so they are not
 * rolled back with the write.
 */
async function withCode<T>(
  rawCode: string,
  client: string,
  action: AuditAction,
  use: (tx: Tx, invitation: typeof selfReportInvitations.$inferSelect, at: Date) => Promise<T>,
  at: Date = new Date(),
): Promise<T> {
  const outcome = await write(async (tx): Promise<Outcome<T>> => {
    const recent = (
      await tx
        .select({ id: selfReportFailures.id })
        .from(selfReportFailures)
        .where(
          and(
            eq(selfReportFailures.client, client),
            gte(selfReportFailures.at, new Date(at.getTime() - FAILURE_WINDOW_MS).toISOString()),
          ),
        )
    ).length;
    if (recent >= MAX_FAILED_CODES) {
      return { ok: false, error: new TooManyError("Too many codes that did not work. Ask the nurse for help.") };
    }
    const parsed = selfReportCode.safeParse(rawCode);
    const invitation = parsed.success
      ? (
          await tx
            .select()
            .from(selfReportInvitations)
            .where(eq(selfReportInvitations.codeHash, hashCode(parsed.data)))
            .limit(1)
        )[0]
      : undefined;
    const used =
      invitation &&
      (
        await tx
          .select({ id: selfReports.id })
          .from(selfReports)
          .where(eq(selfReports.invitationId, invitation.id))
          .limit(1)
      )[0];
    const refusal = refusalOf(invitation ? codeState({ ...invitation, used: Boolean(used) }, at) : "unknown");
    if (refusal) {
      if (!invitation) await tx.insert(selfReportFailures).values({ client, at: at.toISOString() });
      await audit(tx, {
        userId: null,
        action: "self-report.refused",
        entity: "self-report-invitation",
        entityId: invitation?.id ?? "unknown",
        patientId: invitation?.patientId ?? null,
        after: { client, reason: refusal.message },
      });
      return { ok: false, error: refusal };
    }
    await audit(tx, {
      userId: null,
      action,
      entity: "self-report-invitation",
      entityId: invitation!.id,
      patientId: invitation!.patientId,
      after: { client },
    });
    return { ok: true, value: await use(tx, invitation!, at) };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/**
 * What the questionnaire shows: the questions and the patient's given name, nothing else. The
 * first opening is stamped, once, and starts the 30 minutes to send (lib/domain/self-report-code.ts);
 * the open's audit row records it.
 */
export async function openSelfReport(code: string, client: string) {
  return withCode(code, client, "self-report.open", async (tx, invitation, at) => {
    if (invitation.openedAt === null) {
      await tx
        .update(selfReportInvitations)
        .set({ openedAt: at.toISOString() })
        .where(and(eq(selfReportInvitations.id, invitation.id), isNull(selfReportInvitations.openedAt)));
    }
    const patient = (
      await tx
        .select({ givenName: patients.givenName })
        .from(patients)
        .where(eq(patients.id, invitation.patientId))
        .limit(1)
    )[0]!;
    return { questions: QUESTIONS, givenName: patient.givenName };
  });
}

/**
 * Stores the answers (using up the code) and raises `self-report` where they call for a look.
 * `at` is now, but for the demo ward's history.
 */
export async function submitSelfReport(
  code: string,
  client: string,
  answers: SelfReportAnswers,
  at: Date = new Date(),
) {
  return withCode(
    code,
    client,
    "self-report.submit",
    async (tx, invitation) => {
      const { patientId } = invitation;
      const row = (
        await tx
          .insert(selfReports)
          .values({
            id: newId(),
            patientId,
            invitationId: invitation.id,
            reportedOn: today(at),
            submittedAt: at.toISOString(),
            answers: { ...answers, comment: answers.comment || null },
          })
          .returning()
      )[0]!;
      await audit(tx, {
        userId: null,
        action: "self-report.create",
        entity: "self-report",
        entityId: row.id,
        patientId,
        after: row,
      });
      const earlier = (
        await tx
          .select()
          .from(selfReports)
          .where(and(eq(selfReports.patientId, patientId), lt(selfReports.submittedAt, row.submittedAt)))
          .orderBy(desc(selfReports.submittedAt))
          .limit(1)
      ).map(selfReportFacts);
      const facts = selfReportFacts(row);
      const { courses } = await loadPatientRecord(tx, patientId);
      for (const c of selfReportConditions(facts, previousReport(facts, earlier), courses)) {
        await insertAlert(tx, null, patientId, c, now());
      }
      return { received: true as const };
    },
    at,
  );
}
