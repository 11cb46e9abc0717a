"use client";
import { useEffect, useId, useRef } from "react";
import { BIG_BUTTON } from "./big-button";

/**
 * "Are you still there?" over a questionnaire left alone (useIdleReset). The button takes the
 * focus, and gives it back to where it was once answered; the questionnaire behind is inert.
 */
export function StillThere({ sent, onStillHere }: { sent: boolean; onStillHere: () => void }) {
  const titleId = useId();
  const textId = useId();
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    button.current?.focus();
    return () => {
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);

  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/60 p-4"
    >
      <div className="flex w-full max-w-xl flex-col gap-4 rounded-xl border-2 border-slate-700 bg-white p-6 text-xl">
        <h2 id={titleId} className="text-2xl font-semibold">
          Are you still there?
        </h2>
        <p id={textId}>
          If nobody answers within a minute, the screen clears for the next person.{" "}
          {sent ? "Your answers are already with your nurse." : "Your answers will not be sent."}
        </p>
        <button
          ref={button}
          type="button"
          onClick={onStillHere}
          className={`${BIG_BUTTON} border-brand-800 bg-brand-700 text-center text-white`}
        >
          Yes, I am still here
        </button>
      </div>
    </div>
  );
}
