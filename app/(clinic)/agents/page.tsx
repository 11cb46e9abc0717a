import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { AgentCard } from "@/components/agent-card";
import { requirePageUser } from "@/lib/auth/page";
import { AGENTS } from "@/lib/domain/agents";

export const metadata: Metadata = { title: "Agent library" };

export default async function AgentsPage() {
  await requirePageUser("/agents");
  return (
    <>
      <PageHeader
        title="Neurotoxic agent library"
        subtitle="Default limits, caps and dose-reduction templates. Each team adapts them per patient in an agreed plan."
      />
      <div className="grid gap-4 lg:grid-cols-2">
        {AGENTS.map((agent) => (
          <AgentCard key={agent.code} agent={agent} />
        ))}
      </div>
    </>
  );
}
