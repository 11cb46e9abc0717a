import type { ApiSignature } from "@/db/reads/plans";
import { formatDateTime } from "@/lib/dates";

const MEANING: Record<ApiSignature["meaning"], string> = {
  authored: "authored (wrote it; does not count towards agreement)",
  agreed: "agreed",
};

/** Who signed, in which role, when, and what the signature means. */
export function SignatureList({ signatures }: { signatures: readonly ApiSignature[] }) {
  if (signatures.length === 0) return <p className="text-sm text-slate-700">Not signed yet.</p>;
  return (
    <ul className="space-y-1 text-sm">
      {signatures.map((s) => (
        <li key={s.id}>
          <span className="font-medium">{s.signer.displayName}</span> ({s.role}) {MEANING[s.meaning]} on{" "}
          <time dateTime={s.signedAt}>{formatDateTime(s.signedAt)}</time>
        </li>
      ))}
    </ul>
  );
}
