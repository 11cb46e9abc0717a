"use client";
import { useEffect, useId, useRef, useState } from "react";
import { api, ApiRequestError } from "@/lib/client/api";
import { COMMENT_QUESTION, MAX_COMMENT, type AnswerPath, type Question } from "@/lib/self-report-questions";
import type { SelfReportAnswers } from "@/lib/schemas/self-report";

type Value = number | boolean | string;
type Loaded = { questions: Question[]; givenName: string };
type Stage =
  | { kind: "loading" }
  | { kind: "refused"; message: string }
  | { kind: "asking"; step: number }
  | { kind: "sending" }
  | { kind: "done" };

/** Why a code does not open the questionnaire, in words for the patient. */
function refusal(error: unknown): string {
  if (error instanceof ApiRequestError) {
    if (error.status === 404) return "This code was not found. Check it, or ask the nurse for a new one.";
    if (error.status === 410 || error.status === 429) return error.body.message;
  }
  return "Something went wrong. Please ask the nurse.";
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

const BIG_BUTTON =
  "min-h-14 w-full rounded-xl border-2 px-4 py-3 text-left text-xl font-medium transition-colors focus-visible:outline-offset-4";

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
  const commentId = useId();

  useEffect(() => {
    api("GET /api/self-report/{code}", { params: { code } }).then(
      (data) => {
        setLoaded(data);
        setStage({ kind: "asking", step: 0 });
      },
      (error: unknown) => setStage({ kind: "refused", message: refusal(error) }),
    );
  }, [code]);

  const step = stage.kind === "asking" ? stage.step : null;
  useEffect(() => {
    if (stage.kind !== "loading") heading.current?.focus();
  }, [stage.kind, step]);

  if (stage.kind === "loading") return <p className="text-xl">Opening your questions…</p>;
  if (stage.kind === "refused")
    return (
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold">
        {stage.message}
      </h1>
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
      setStage({ kind: "refused", message: refusal(error) });
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
          <div role="group" aria-labelledby={headingId} className="flex flex-col gap-3">
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
        <>
          <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold leading-snug">
            <label htmlFor={commentId}>{COMMENT_QUESTION}</label>
          </h1>
          <textarea
            id={commentId}
            rows={4}
            maxLength={MAX_COMMENT}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className="w-full rounded-xl border-2 border-slate-500 bg-white p-3 text-xl"
          />
          <button
            type="button"
            // send() catches every refusal itself and shows it; nothing is left to await here.
            onClick={() => void send()}
            disabled={stage.kind === "sending"}
            className={`${BIG_BUTTON} border-brand-800 bg-brand-700 text-center text-white disabled:bg-slate-500`}
          >
            {stage.kind === "sending" ? "Sending…" : "Send my answers"}
          </button>
        </>
      )}
      {current > 0 && stage.kind === "asking" && (
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
