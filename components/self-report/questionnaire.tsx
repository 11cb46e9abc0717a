"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { api, ApiRequestError } from "@/lib/client/api";
import type { AnswerPath, Question } from "@/lib/self-report-questions";
import type { SelfReportAnswers } from "@/lib/schemas/self-report";
import { CODE_EXPIRED } from "@/lib/self-report-refusals";
import { BIG_BUTTON } from "./big-button";
import { SendScreen } from "./send-screen";
import { StillThere } from "./still-there";
import { useIdleReset } from "./use-idle-reset";

type Value = number | boolean | string;
type Loaded = { questions: Question[]; givenName: string };
type Stage =
  | { kind: "loading" }
  | { kind: "refused"; message: string; retype: string | null }
  | { kind: "asking"; step: number }
  | { kind: "sending" }
  | { kind: "unsent"; reason: string }
  | { kind: "done" };

/**
 * Why a code does not open the questionnaire, in words for the patient, and the way back to typing
 * a code when that is what she does next: a code not found is most often mistyped, and an expired
 * one is replaced by the nurse's new one. After her answers are in, or too many codes tried, there
 * is nothing to type.
 */
function refusal(error: unknown): Extract<Stage, { kind: "refused" }> {
  const refused = (message: string, retype: string | null = null) => ({ kind: "refused" as const, message, retype });
  if (error instanceof ApiRequestError) {
    if (error.status === 404)
      return refused("This code was not found. Check it, or ask the nurse for a new one.", "Type the code again");
    if (error.status === 410 && error.body.message === CODE_EXPIRED) return refused(CODE_EXPIRED, "Type the new code");
    if (error.status === 410 || error.status === 429) return refused(error.body.message);
  }
  return refused("Something went wrong. Please ask the nurse.");
}

/**
 * Whether a failed Send ends the questionnaire: only the code's own refusals do (unknown, used or
 * expired). Anything else, a lost connection, a busy server or a limit, leaves the answers to send
 * again, since nothing was stored (docs/api.md: a rejected request changes nothing).
 */
const endsQuestionnaire = (error: unknown) =>
  error instanceof ApiRequestError && (error.status === 404 || error.status === 410);

/** Why a Send did not reach the clinic: the server's reason, or the connection's. */
function notSent(error: unknown): string {
  if (error instanceof ApiRequestError) return error.body.message;
  return "The device could not reach the clinic's system.";
}

/** The answers in the shape of POST /api/self-report/{code}. */
function bodyOf(answers: Partial<Record<AnswerPath, Value>>, comment: string): SelfReportAnswers {
  const a = answers as Record<AnswerPath, never>;
  return {
    numbness: { feet: a["numbness.feet"], hands: a["numbness.hands"] },
    tingling: { feet: a["tingling.feet"], hands: a["tingling.hands"] },
    pain: a.pain,
    coldDysesthesia: a.coldDysesthesia,
    balance: a.balance,
    fineMotor: a.fineMotor,
    falls: a.falls,
    adlImpact: a.adlImpact,
    comment: comment.trim() === "" ? null : comment.trim(),
  };
}

/**
 * The patient's questionnaire: one question a screen, each answer a big button that moves on,
 * then an optional comment and Send. The heading of each screen takes the focus, so a screen
 * reader reads the question as it appears.
 */
export function Questionnaire({ code }: { code: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "loading" });
  const [answers, setAnswers] = useState<Partial<Record<AnswerPath, Value>>>({});
  const [comment, setComment] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => {
    api("GET /api/self-report/{code}", { params: { code } }).then(
      (data) => {
        setLoaded(data);
        setStage({ kind: "asking", step: 0 });
      },
      (error: unknown) => setStage(refusal(error)),
    );
  }, [code]);

  // The screen shows her name from the first question to the thank-you; while it does, a screen
  // left alone is cleared (useIdleReset). Not while Send is on its way.
  const idle = useIdleReset(loaded !== null && stage.kind !== "refused" && stage.kind !== "sending");

  const step = stage.kind === "asking" ? stage.step : null;
  useEffect(() => {
    // A failed Send puts the focus on its notice instead (SendScreen).
    if (stage.kind !== "loading" && stage.kind !== "unsent") heading.current?.focus();
  }, [stage.kind, step]);

  /** The screen of the stage; its early returns are the stages that need no questions. */
  function screen(): ReactNode {
    if (stage.kind === "loading") return <p className="text-xl">Opening your questions…</p>;
    if (stage.kind === "refused")
      return (
        <>
          <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold">
            {stage.message}
          </h1>
          {stage.retype && (
            // A whole page load, as the idle reset does: nothing of this page stays on a shared tablet, and
            // next/link would add 2 kB to a page a patient's phone loads.
            // eslint-disable-next-line @next/next/no-html-link-for-pages
            <a href="/report" className={`${BIG_BUTTON} mt-6 border-slate-500 bg-white text-center text-slate-900`}>
              {stage.retype}
            </a>
          )}
        </>
      );
    if (stage.kind === "done")
      return (
        <div className="flex flex-col gap-4">
          <h1 ref={heading} tabIndex={-1} className="text-3xl font-semibold">
            Thank you, {loaded!.givenName}.
          </h1>
          <p className="text-xl">Your answers are with your nurse, who will go through them with you.</p>
          <p className="text-xl">You can hand the device back now.</p>
        </div>
      );

    const { questions } = loaded!;
    const total = questions.length + 1;
    const current = stage.kind === "asking" ? stage.step : questions.length;
    const question = questions[current];

    async function send() {
      setStage({ kind: "sending" });
      try {
        await api("POST /api/self-report/{code}", { params: { code }, body: { answers: bodyOf(answers, comment) } });
        setStage({ kind: "done" });
      } catch (error) {
        setStage(endsQuestionnaire(error) ? refusal(error) : { kind: "unsent", reason: notSent(error) });
      }
    }

    return (
      <div className="flex flex-col gap-5">
        <p className="text-lg text-slate-700">
          {current === 0 && <>Hello {loaded!.givenName}. </>}Question {current + 1} of {total}
        </p>
        {question ? (
          <>
            <h1 id={headingId} ref={heading} tabIndex={-1} className="text-2xl font-semibold leading-snug">
              {question.text}
            </h1>
            {question.hint && <p className="text-lg">{question.hint}</p>}
            {/* The pain scale's eleven answers in two columns, low to high, on a tablet: in one, 8 to 10 sat below the fold held sideways. */}
            <div
              role="group"
              aria-labelledby={headingId}
              className={`flex flex-col gap-3 ${question.choices.length > 6 ? "sm:grid sm:grid-flow-col sm:grid-rows-6" : ""}`}
            >
              {question.choices.map((choice) => {
                const chosen = answers[question.id] === choice.value;
                return (
                  <button
                    key={String(choice.value)}
                    type="button"
                    aria-pressed={chosen}
                    onClick={() => {
                      setAnswers((a) => ({ ...a, [question.id]: choice.value }));
                      setStage({ kind: "asking", step: current + 1 });
                    }}
                    className={`${BIG_BUTTON} ${chosen ? "border-brand-800 bg-brand-700 text-white" : "border-slate-500 bg-white text-slate-900 hover:bg-brand-50"}`}
                  >
                    {chosen && <span aria-hidden="true">✓ </span>}
                    {choice.label}
                  </button>
                );
              })}
            </div>
          </>
        ) : (
          <SendScreen
            heading={heading}
            comment={comment}
            onComment={setComment}
            sending={stage.kind === "sending"}
            unsent={stage.kind === "unsent" ? stage.reason : null}
            // send() catches every refusal itself and shows it; nothing is left to await here.
            onSend={() => void send()}
          />
        )}
        {current > 0 && stage.kind !== "sending" && (
          <button
            type="button"
            onClick={() => setStage({ kind: "asking", step: current - 1 })}
            className={`${BIG_BUTTON} border-slate-500 bg-white text-center text-slate-900`}
          >
            <span aria-hidden="true">← </span>Back to the previous question
          </button>
        )}
      </div>
    );
  }

  return (
    <>
      <div inert={idle.asking} className="contents">
        {screen()}
      </div>
      {idle.asking && <StillThere sent={stage.kind === "done"} onStillHere={idle.stillHere} />}
    </>
  );
}
