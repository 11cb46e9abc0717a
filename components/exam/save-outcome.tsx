"use client";
import { splitOff } from "@/lib/client/split-off";
import type { AgentNames, AlertLike } from "./raised-alerts";

/**
 * The list of alerts with their badges and words, in a chunk of its own (lib/client/split-off.tsx):
 * the cycle page shows one only once a save has raised something (docs/benchmarks.md, "Route
 * budgets"); a dose entry's comes with its check (components/dose/dose-preview.tsx).
 */
const LaterAlertList = splitOff(
  () => import("./raised-alerts").then((m) => m.AlertList),
  () => <p className="text-sm">Loading the alerts…</p>,
);

/**
 * What a save raised, announced at once: a status region that is always in the page, so screen
 * readers hear the new content as soon as it arrives.
 */
export function SaveOutcome({
  message,
  alerts,
  names,
}: {
  message: string | null;
  alerts: readonly AlertLike[];
  names: AgentNames;
}) {
  return (
    <div role="status" aria-live="polite" className="empty:hidden">
      {message && (
        <div className="flex flex-col gap-2 rounded-lg border border-brand-700 bg-brand-50 p-3">
          <p className="font-medium">{message}</p>
          {alerts.length === 0 ? (
            <p className="text-sm">It raised no alert.</p>
          ) : (
            <>
              <p className="text-sm">It raised:</p>
              <LaterAlertList alerts={alerts} names={names} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
