"use client";
import { useSyncExternalStore } from "react";

const noChanges = () => () => undefined;

/**
 * False in the server's HTML and while React hydrates it, true once the page's handlers are
 * attached: a button that works only through them can stay disabled until then, rather than
 * take a press that does nothing (a page reached by a plain link, pressed as soon as it shows).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}
