"use client";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * A module a form needs only to check or preview what is typed (a zod schema, the alert rules),
 * fetched as soon as the form is first shown rather than with the page, so that it is not part
 * of the page's first-load JavaScript (docs/benchmarks.md, "Route budgets"). The form itself is
 * live from the start: its fields take input while the module is on its way (a few
 * milliseconds), and `ensure` gives the module to a save that comes before it has arrived (or
 * fetches it again after a failed fetch).
 */
export function useLoadedModule<M>(load: () => Promise<M>): { loaded: M | null; ensure: () => Promise<M> } {
  const [loaded, setLoaded] = useState<M | null>(null);
  // The first loader given: a component passes a new arrow function on every render.
  const loader = useRef(load);
  const ensure = useCallback(async () => {
    const arrived = await loader.current();
    setLoaded(() => arrived);
    return arrived;
  }, []);
  useEffect(() => {
    // A failure here is retried by the save's `ensure`; until then the form shows no preview.
    ensure().catch(() => undefined);
  }, [ensure]);
  return { loaded, ensure };
}
