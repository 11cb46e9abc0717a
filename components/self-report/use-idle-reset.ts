"use client";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * A questionnaire left on the waiting-room tablet shows the patient's given name and answers, and
 * the next person could send them under her name. After this long without a touch or a key it asks
 * whether she is still there.
 */
export const IDLE_MS = 3 * 60_000;
/**
 * And clears the screen this long after asking, unless answered: a minute, more than the 20 seconds
 * WCAG 2.2 asks for (2.2.1 Timing Adjustable) to keep going with one simple action.
 */
export const ANSWER_MS = 60_000;

/** What counts as someone at the screen; the listeners capture, so no element can hide one. */
const PRESENCE = ["pointerdown", "keydown", "input", "wheel", "scroll"] as const;

/**
 * While `active`, watches for a screen left alone: after IDLE_MS `asking` turns true, and ANSWER_MS
 * later the code entry (/report) replaces the questionnaire, in the history too, so nothing of the
 * patient stays in memory. Any touch or key before it asks starts the wait again; once it asks,
 * only `stillHere` does (the question's button): a touch that closed the question on pointerdown
 * would land its click on the answer beneath.
 */
export function useIdleReset(active: boolean): { asking: boolean; stillHere: () => void } {
  const [asking, setAsking] = useState(false);
  const askingNow = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  /** Starts the wait again; called while nothing is being asked, it changes no state. */
  const wait = useCallback(() => {
    clearTimeout(timer.current);
    askingNow.current = false;
    timer.current = setTimeout(() => {
      askingNow.current = true;
      setAsking(true);
      timer.current = setTimeout(() => window.location.replace("/report"), ANSWER_MS);
    }, IDLE_MS);
  }, []);

  const stillHere = useCallback(() => {
    setAsking(false);
    wait();
  }, [wait]);

  useEffect(() => {
    if (!active) return;
    const presence = () => {
      if (!askingNow.current) wait();
    };
    wait();
    for (const event of PRESENCE) window.addEventListener(event, presence, { capture: true, passive: true });
    return () => {
      clearTimeout(timer.current);
      for (const event of PRESENCE) window.removeEventListener(event, presence, { capture: true });
    };
  }, [active, wait]);

  return { asking: active && asking, stillHere };
}
