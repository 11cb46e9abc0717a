import { LinkToSection } from "@/components/ui/link-to-section";
import { agentName } from "@/components/patient/format";
import type { SettledHold } from "@/db/reads/holds";
import { sinceText } from "./hold-since";

/**
 * The holds the neuropathy has settled since, across the ward (db/reads/holds.ts): no alert is
 * open on them, so without this list nothing would bring them to the oncologist. Each leads to
 * the patient's page, where the hold's review form is open.
 */
export function SettledHolds({ holds }: { holds: readonly SettledHold[] }) {
  if (holds.length === 0) return null;
  return (
    <section aria-labelledby="settled-holds" className="mb-4 rounded-md border-2 border-brand-700 bg-brand-50 p-3">
      <h2 id="settled-holds" className="text-lg font-semibold">
        Holds to review: the neuropathy has settled ({holds.length})
      </h2>
      <p className="mb-2 text-sm">A hold stands until an oncologist lifts it; no alert is open on these.</p>
      <ul className="flex flex-col gap-1 text-sm">
        {holds.map((h) => (
          <li key={`${h.patientId}-${h.agent}`}>
            <LinkToSection
              href={`/patients/${h.patientId}#holds-to-review`}
              className="font-medium text-brand-700 underline"
            >
              {h.name}
            </LinkToSection>{" "}
            (MRN {h.mrn}): {agentName(h.agent).toLowerCase()} held; {sinceText(h.course)}.
          </li>
        ))}
      </ul>
    </section>
  );
}
