import type { OverrideCount } from "@/db/reads/patient-summary";
import { ColumnHeads } from "@/components/ui/column-heads";
import { alertKindLabel } from "./alert-words";

const CELL = "px-3 py-2 align-top";

/**
 * How often each kind of alert was decided "proceed". An alert that is always overridden is a
 * rule to revisit (docs/clinical-rules.md, "Alert design"), so that case is said in words.
 */
export function OverrideTable({ counts }: { counts: OverrideCount[] }) {
  return (
    <section aria-labelledby="overrides" className="mt-8">
      <h2 id="overrides" className="mb-1 text-lg font-semibold">
        Decisions to proceed, per kind of alert
      </h2>
      <p className="mb-3 text-sm text-slate-700">
        Every decision so far, across patients. A kind that is always overridden is a rule to revisit.
      </p>
      {counts.length === 0 ? (
        <p className="text-sm">No alert has been decided yet.</p>
      ) : (
        <table className="rounded-lg border border-slate-300 bg-white text-left text-sm">
          <ColumnHeads names={["Kind", "Decided", "Proceed", "Share"]} cellClass={CELL} />
          <tbody>
            {[...counts]
              .sort((a, b) => b.proceeded / b.decided - a.proceeded / a.decided)
              .map((c) => (
                <tr key={c.kind} className="border-t border-slate-200">
                  <th scope="row" className={`${CELL} font-normal`}>
                    {alertKindLabel(c.kind)} <span className="text-xs text-slate-600">({c.kind})</span>
                  </th>
                  <td className={CELL}>{c.decided}</td>
                  <td className={CELL}>{c.proceeded}</td>
                  <td className={CELL}>
                    {Math.round((c.proceeded / c.decided) * 100)}%
                    {c.proceeded === c.decided && (
                      <strong className="ml-2">always overridden: revisit this rule</strong>
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
