"use client";
import { useLayoutEffect, useState, type ComponentType, type ReactNode } from "react";

/**
 * A component rendered in the browser only, its code fetched the first time it is shown, with
 * `loading` (given the same props) in its place until then, and in the server's HTML: next/dynamic's `ssr: false`
 * without next/dynamic's loader, about 2 kB gzip on each page that used it (docs/benchmarks.md,
 * "Route budgets"). Once fetched, the code is kept: the component shows at once when mounted again.
 */
export function clientOnly<P extends object>(
  load: () => Promise<ComponentType<P>>,
  loading: (props: P) => ReactNode,
): ComponentType<P> {
  let fetched: ComponentType<P> | null = null;
  function ClientOnly(props: P) {
    // Always `loading` first, as the server rendered it, so hydration matches.
    const [Component, setComponent] = useState<ComponentType<P> | null>(null);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    // Before the browser paints: code fetched already shows without a frame of `loading`.
    useLayoutEffect(() => {
      if (fetched) {
        setComponent(() => fetched);
        return;
      }
      let mounted = true;
      load().then(
        (component) => {
          fetched = component;
          if (mounted) setComponent(() => component);
        },
        (error: unknown) => {
          if (mounted) setFailure({ error });
        },
      );
      return () => {
        mounted = false;
      };
    }, []);
    // A failed fetch goes to the nearest error boundary, as with next/dynamic.
    if (failure) throw failure.error;
    return Component ? <Component {...props} /> : loading(props);
  }
  return ClientOnly;
}
