import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { PageHeader } from "@/components/page-header";
import { AgentPlanSummary } from "@/components/plans/agent-plan-summary";
import { AwaitingSignatureBanner } from "@/components/plans/awaiting-signature-banner";
import { requirePatientReader } from "@/lib/auth/page";
import { loadPlans } from "./load";

export const metadata: Metadata = { title: "Dose-reduction plans" };

export default async function PlansPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePatientReader("/patients/{id}/plans", id);
  const { patient, agents } = await loadPlans(id);
  return (
    <>
      <PageHeader
        title="Dose-reduction plans"
        subtitle={
          <>
            <AppLink href={`/patients/${id}`} className="text-brand-700 underline">
              {patient.familyName}, {patient.givenName}
            </AppLink>{" "}
            · MRN {patient.mrn}. Agreed per agent before treatment; signed versions never change.
          </>
        }
      />
      <AwaitingSignatureBanner patientId={id} agents={agents} />
      {agents.length === 0 ? (
        <p>No course or plan yet: a plan is drafted per agent once a course includes it.</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {agents.map((a) => (
            <li key={a.agent}>
              <AgentPlanSummary patientId={id} view={a} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
