import { DoseBar } from "@/components/dose-bar";
import { AlertList, type AgentNames } from "@/components/exam/raised-alerts";
import type { DosePreview as Preview } from "./dose-check";

/**
 * What a dose entry would do: the agent's cumulative dose after it against the limit, and the
 * alerts saving it would raise. Rendered by the cycle page for the entry as it opens, and by the
 * entry itself once changed (its code comes with the dose check, just after the page), so that
 * neither the bar nor the alert list is in the page's JavaScript and the page's hydration never
 * waits for them (docs/benchmarks.md, "Route budgets").
 */
export function DosePreview({
  name,
  preview,
  unit,
  names,
}: {
  name: string;
  preview: Pick<Preview, "cumulative" | "limit" | "warnAt" | "raise">;
  unit: string;
  names: AgentNames;
}) {
  return (
    <>
      <DoseBar
        label={`${name} after this dose`}
        cumulative={preview.cumulative}
        limit={preview.limit}
        warnAt={preview.warnAt}
        unit={unit}
      />
      {preview.raise.length > 0 && (
        <div className="text-sm">
          <p className="font-medium">Saving this dose will raise:</p>
          <AlertList alerts={preview.raise} names={names} />
        </div>
      )}
    </>
  );
}
