import type { Severity } from "@/lib/domain/codes";

const STYLE: Record<Severity, string> = {
  critical: "bg-red-100 text-red-900 border-red-700",
  warning: "bg-amber-100 text-amber-950 border-amber-700",
  info: "bg-sky-100 text-sky-950 border-sky-700",
};

const ICON: Record<Severity, string> = { critical: "■", warning: "▲", info: "●" };

/**
 * Severity is told by a word and a shape as well as colour, never by colour alone: the word shows
 * beside the icon, or, where the badge labels something else (children), is read out before it.
 */
export function SeverityBadge({ severity, children }: { severity: Severity; children?: React.ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-xs font-medium ${STYLE[severity]}`}
    >
      <span aria-hidden="true">{ICON[severity]}</span>
      {children === undefined ? (
        severity
      ) : (
        <>
          <span className="sr-only">{`${severity}: `}</span>
          {children}
        </>
      )}
    </span>
  );
}
