"use client";
import { useEffect, useRef, type RefObject } from "react";

/**
 * Gives the focus back to a button once what replaced it (a form, a question) has gone. The ref
 * goes on the button; the function is called as the button is brought back, and the focus moves
 * in the commit that brings it. A frame's wait raced that commit on a busy machine and left the
 * focus on the page.
 */
export function useFocusBack<T extends HTMLElement>(replaced: boolean): [RefObject<T | null>, () => void] {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (replaced || !pending.current) return;
    pending.current = false;
    ref.current?.focus();
  }, [replaced]);
  const back = () => {
    pending.current = true;
  };
  return [ref, back];
}
