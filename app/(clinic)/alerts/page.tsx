import type { Metadata } from "next";
import { openAlertsPage } from "@/db/reads/alerts-page";
import type { AlertWithPatient } from "@/db/reads/patient-summary";
import { AlertFilters } from "@/components/alerts/alert-filters";
import { NO_MORE_ALERTS_ID } from "@/components/alerts/decision-focus";
import { DecisionWorklist } from "@/components/alerts/decision-worklist";
import { ALERT_AGES, groupAlerts, olderThan, type AlertAge } from "@/components/alerts/alert-groups";
import { OverrideTable } from "@/components/alerts/override-table";
import { SettledHolds } from "@/components/alerts/settled-holds";
import { PatientAlertGroup } from "@/components/alerts/patient-alert-group";
import { PageHeader } from "@/components/page-header";
import { SiteSwitch } from "@/components/sites/site-switch";
import { listSites, siteShownOrHome } from "@/db/reads/sites";
import { requirePageUser } from "@/lib/auth/page";
import { AGENT_CODES } from "@/lib/domain/agents";
import { ALERT_KINDS, SEVERITIES } from "@/lib/domain/codes";

export const metadata: Metadata = { title: "Open alerts" };

/** A ward's list can be long: the most urgent patients fit a page, filters reach the rest. */
const GROUPS_SHOWN = 25;

/** A GET parameter kept only when it is one of the fixed values; anything else means "all". */
const oneOf = <T extends string>(values: readonly T[], raw: string | undefined): T | undefined =>
  values.find((v) => v === raw);

/** The open alerts as a worklist of decisions: by patient, then agent, with what each decision needs. */
export default async function AlertsPage({
  searchParams,
}: {
  searchParams: Promise<{ severity?: string; kind?: string; agent?: string; age?: string; site?: string }>;
}) {
  const user = await requirePageUser("/alerts");
  const params = await searchParams;
  const filter = {
    severity: oneOf(SEVERITIES, params.severity),
    kind: oneOf(ALERT_KINDS, params.kind),
    agent: oneOf(AGENT_CODES, params.agent),
    age: oneOf(Object.keys(ALERT_AGES) as AlertAge[], params.age),
  };
  const [sites, site] = await Promise.all([listSites(), siteShownOrHome(user.siteId, params.site)]);
  const at = new Date();
  const matching = (found: AlertWithPatient[]) =>
    olderThan(found, filter.age, at).filter((a) => !filter.agent || a.agent === filter.agent);
  // The alerts, the override counts and the reviews of the patients shown, as of one moment.
  const page = await openAlertsPage(
    { status: "open", severity: filter.severity, kind: filter.kind, siteId: site?.id },
    (found) =>
      groupAlerts(matching(found))
        .slice(0, GROUPS_SHOWN)
        .map((g) => g.patientId),
  );
  const { overrides } = page;
  const holds = page.holds.filter((h) => !filter.agent || h.agent === filter.agent);
  const alerts = matching(page.alerts);
  const groups = groupAlerts(alerts);
  const shown = groups.slice(0, GROUPS_SHOWN);
  const reviews = shown.map((g) => page.reviews.get(g.patientId) ?? null);
  return (
    <>
      <PageHeader
        title="Open alerts"
        subtitle={`By patient, then agent, most urgent first. ${user.role === "oncologist" ? "Decide here for an agent's alerts together, or one by one" : "Each is decided by an oncologist"} on the patient's page.`}
      />
      <div className="mb-3">
        <SiteSwitch action="/alerts" sites={sites} shown={site} homeSiteId={user.siteId} keep={filter} />
      </div>
      <AlertFilters {...filter} site={site?.code ?? (sites.length > 1 ? "all" : undefined)} />
      <SettledHolds holds={holds} />
      <p className="mb-3 text-sm font-medium" role="status">
        {alerts.length} open alert{alerts.length === 1 ? "" : "s"} for {groups.length} patient
        {groups.length === 1 ? "" : "s"}
        {groups.length > shown.length ? `; showing the ${shown.length} most urgent patients` : ""}.
      </p>
      <DecisionWorklist moveTo="next group">
        {shown.length === 0 ? (
          <p id={NO_MORE_ALERTS_ID} tabIndex={-1} className="mb-6 text-sm">
            <span aria-hidden="true">✓ </span>No more open alerts
            {Object.values(filter).some(Boolean) ? " match these filters" : ""}.
          </p>
        ) : (
          <ul className="flex flex-col gap-3">
            {shown.map((group, i) => {
              const review = reviews[i];
              return review ? (
                <li key={group.patientId}>
                  <PatientAlertGroup group={group} review={review} canDecide={user.role === "oncologist"} />
                </li>
              ) : null;
            })}
          </ul>
        )}
      </DecisionWorklist>
      <OverrideTable counts={overrides} />
    </>
  );
}
