import type { Metadata } from "next";
import { listAlertsWithPatients, overrideCounts } from "@/db/patient-summary";
import { AlertFilters } from "@/components/alerts/alert-filters";
import { OpenAlertsTable } from "@/components/alerts/open-alerts-table";
import { OverrideTable } from "@/components/alerts/override-table";
import { PageHeader } from "@/components/page-header";
import { CLINICAL_ROLES, requirePageUser } from "@/lib/auth/page";
import { ALERT_KINDS, SEVERITIES } from "@/lib/domain/codes";

export const metadata: Metadata = { title: "Open alerts" };

/** A GET parameter kept only when it is one of the fixed values; anything else means "all". */
const oneOf = <T extends string>(values: readonly T[], raw: string | undefined): T | undefined =>
  values.find((v) => v === raw);

export default async function AlertsPage({
  searchParams,
}: {
  searchParams: Promise<{ severity?: string; kind?: string }>;
}) {
  await requirePageUser(CLINICAL_ROLES);
  const params = await searchParams;
  const severity = oneOf(SEVERITIES, params.severity);
  const kind = oneOf(ALERT_KINDS, params.kind);
  const [alerts, overrides] = await Promise.all([
    listAlertsWithPatients({ status: "open", severity, kind }),
    overrideCounts(),
  ]);
  return (
    <>
      <PageHeader
        title="Open alerts"
        subtitle="Across patients, most severe first. Decide each one on the patient's page."
      />
      <AlertFilters severity={severity} kind={kind} />
      <OpenAlertsTable alerts={alerts} />
      <OverrideTable counts={overrides} />
    </>
  );
}
