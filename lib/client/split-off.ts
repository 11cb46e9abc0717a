"use client";
import { lazy, type ComponentType } from "react";

/**
 * A component server-rendered as any other, whose code comes in a chunk of its own rather than
 * with the page (docs/benchmarks.md, "Route budgets"): for what the page shows only once
 * something is recorded (a saved exam, a dose given). Render it inside a <Suspense>: a copy in
 * the server's HTML stays as rendered until its code arrives. `prefetch` fetches the code ahead
 * (as the section mounts), so that one shown after a save needs no wait; a failed fetch is tried
 * again when the component is rendered.
 */
export function splitOff<P extends object>(load: () => Promise<ComponentType<P>>) {
  const fetchCode = () => load().then((component) => ({ default: component }));
  return {
    Component: lazy(fetchCode),
    prefetch: () => {
      fetchCode().catch(() => undefined);
    },
  };
}
