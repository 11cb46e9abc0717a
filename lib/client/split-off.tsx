"use client";
import { use, useEffect, useState, type ComponentType, type ReactNode } from "react";
import { useHydrated } from "./use-hydrated";

/**
 * A component server-rendered as any other, whose code comes in a chunk of its own rather than
 * with the page (docs/benchmarks.md, "Route budgets"): for what the page shows only once
 * something is recorded (a saved exam, a dose given). The chunk is fetched as soon as the page's
 * own code runs, so that one shown after a save needs no wait.
 *
 * Not React.lazy in a <Suspense>: a boundary holding more than a few hundred bytes on a page this
 * size is sent by React after the rest of the page, its fallback in its place until then, and
 * shown at least 300 ms later, so a saved exam's card pushed the doses off the screen as the page
 * loaded (docs/benchmarks.md, "Route budgets"). Here there is no boundary: the server's HTML holds
 * the component in place, and hydration waits for its code, the HTML staying as it is meanwhile.
 * Mounted later, before its code has come, it shows `loading` until then.
 */
export function splitOff<P extends object>(
  load: () => Promise<ComponentType<P>>,
  loading: () => ReactNode,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let fetching: Promise<ComponentType<P>> | null = null;
  // One fetch at a time, kept once done; a failed one is tried again at the next call.
  const fetchCode = () =>
    (fetching ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        fetching = null;
        throw error;
      },
    ));
  // A failure here is met again, and reported, by the first render that needs the code.
  fetchCode().catch(() => undefined);

  return function SplitOff(props: P) {
    const hydrated = useHydrated();
    // Set when the code it waited for has come ({}), or could not be fetched.
    const [fetched, setFetched] = useState<{ error?: unknown }>();
    const waiting = hydrated && !loaded;
    useEffect(() => {
      if (waiting)
        fetchCode().then(
          () => setFetched({}),
          (error: unknown) => setFetched({ error }),
        );
    }, [waiting]);
    // A failed fetch goes to the nearest error boundary, as with React.lazy.
    if (fetched && "error" in fetched) throw fetched.error;
    // On the server, and while hydrating the server's HTML, wait for the code.
    const Loaded = loaded ?? (waiting ? null : use(fetchCode()));
    return Loaded ? <Loaded {...props} /> : loading();
  };
}
