import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { AgentPlanDetail } from "@/components/plans/agent-plan-detail";
import { AwaitingSignatureBanner } from "@/components/plans/awaiting-signature-banner";
import { requirePatientReader } from "@/lib/auth/page";
import { getAgent, isAgentCode } from "@/lib/domain/agents";
import { loadPlans } from "../load";

export const metadata: Metadata = { title: "Plan editor" };

export default async function AgentPlanPage({ params }: { params: Promise<{ id: string; agent: string }> }) {
  const { id, agent: code } = await params;
  const user = await requirePatientReader("/patients/{id}/plans/{agent}", id);
  if (!isAgentCode(code)) notFound();
  const { patient, agents } = await loadPlans(id, code);
  const agent = getAgent(code);
  const view = agents.find((a) => a.agent === code)!;
  return (
    <>
      <PageHeader
        title={`${agent.name} plan`}
        subtitle={
          <>
            <AppLink href={`/patients/${id}/plans`} className="text-brand-700 underline">
              All plans of {patient.familyName}, {patient.givenName}
            </AppLink>{" "}
            · MRN {patient.mrn}
          </>
        }
      />
      <AwaitingSignatureBanner patientId={id} agents={[view]} />
      <AgentPlanDetail patientId={id} view={view} user={{ id: user.id, role: user.role }} />
    </>
  );
}
