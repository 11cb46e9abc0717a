"use client";
import { useEffect, useId, useRef, type Ref } from "react";
import { COMMENT_QUESTION, MAX_COMMENT } from "@/lib/self-report-questions";
import { BIG_BUTTON } from "./big-button";

/**
 * The questionnaire's last screen: the optional comment and Send. When sending did not work the
 * answers stay, a notice says that nothing reached the nurse yet and why, and the button becomes
 * Try again; the notice takes the focus, so a screen reader reads it before the button.
 */
export function SendScreen({
  heading,
  comment,
  onComment,
  sending,
  unsent,
  onSend,
}: {
  heading: Ref<HTMLHeadingElement>;
  comment: string;
  onComment: (text: string) => void;
  sending: boolean;
  /** Why the last Send did not reach the clinic, or null before any failed. */
  unsent: string | null;
  onSend: () => void;
}) {
  const commentId = useId();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (unsent) notice.current?.focus();
  }, [unsent]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-semibold leading-snug">
        <label htmlFor={commentId}>{COMMENT_QUESTION}</label>
      </h1>
      <textarea
        id={commentId}
        rows={4}
        maxLength={MAX_COMMENT}
        value={comment}
        onChange={(e) => onComment(e.target.value)}
        className="w-full rounded-xl border-2 border-slate-500 bg-white p-3 text-xl"
      />
      {unsent && (
        <div
          ref={notice}
          tabIndex={-1}
          role="alert"
          className="flex flex-col gap-2 rounded-xl border-2 border-red-700 bg-red-50 p-4 text-xl text-red-900"
        >
          <p className="font-semibold">Your answers have not been sent yet.</p>
          <p>{unsent}</p>
          <p>They are all still here. Press Try again, or ask the nurse.</p>
        </div>
      )}
      <button
        type="button"
        onClick={onSend}
        disabled={sending}
        className={`${BIG_BUTTON} border-brand-800 bg-brand-700 text-center text-white disabled:bg-slate-500`}
      >
        {sending ? "Sending…" : unsent ? "Try again" : "Send my answers"}
      </button>
    </>
  );
}
