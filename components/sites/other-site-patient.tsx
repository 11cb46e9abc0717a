import { PageHeader } from "@/components/page-header";
import type { ApiSite } from "@/db/reads/sites";
import { formatDateTime } from "@/lib/dates";
import { siteLabel } from "@/lib/domain/sites";
import { BreakGlassForm } from "./break-glass-form";

/**
 * A patient treated only at other sites, before a reason is given: who it is and where they are
 * treated, and the reason asked for (docs/sites.md). Nothing of the record is shown.
 */
export function OtherSitePatient({
  patient,
  sites,
}: {
  patient: { id: string; mrn: string; familyName: string; givenName: string };
  sites: ApiSite[];
}) {
  return (
    <>
      <PageHeader
        title={`${patient.familyName}, ${patient.givenName}`}
        subtitle={`MRN ${patient.mrn} · treated at ${sites.map(siteLabel).join(", ")}`}
      />
      <section aria-labelledby="break-glass" className="rounded-lg border-2 border-amber-700 bg-amber-50 p-4">
        <h2 id="break-glass" className="mb-2 text-lg font-semibold">
          This patient is treated at another site
        </h2>
        <p className="mb-3 text-sm text-slate-900">
          You may open the record, but not without a reason: it is recorded in the audit trail, and the record stays
          open to you for the rest of this session.
        </p>
        <BreakGlassForm patientId={patient.id} />
      </section>
    </>
  );
}

/** Shown on the record of a patient opened from another site, for as long as it is open. */
export function OpenedFromOtherSite({ reason, at }: { reason: string; at: string }) {
  return (
    <p role="status" className="mb-4 rounded-md border-2 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-slate-900">
      <strong>Opened from another site:</strong> {reason}, recorded {formatDateTime(at)}
    </p>
  );
}
