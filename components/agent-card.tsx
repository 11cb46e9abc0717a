import { basisAndSource, type Agent } from "@/lib/domain/agents";
import { describeRule } from "@/lib/domain/plans";

function Figure({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export function AgentCard({ agent }: { agent: Agent }) {
  return (
    <article aria-labelledby={`agent-${agent.code}`} className="rounded-lg border border-slate-300 bg-white p-5">
      <h2 id={`agent-${agent.code}`} className="text-lg font-semibold">
        {agent.name}{" "}
        <span className="text-sm font-normal text-slate-600">
          · {agent.agentClass} · dosed in {agent.unit}
        </span>
      </h2>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2">
        <Figure label="Typical dosing">{agent.typicalDosing}</Figure>
        <Figure label="Where risk rises">{agent.riskRises}</Figure>
        <Figure label="Default cumulative limit">
          {agent.defaultLimit ? (
            <>
              {agent.defaultLimit.value} {agent.unit}, warn at {Math.round(agent.warnFraction * 100)}%{" "}
              <span className="text-slate-600">({basisAndSource(agent.defaultLimit)})</span>
            </>
          ) : (
            "None set"
          )}
        </Figure>
        <Figure label="Cap">
          {agent.cap ? (
            <>
              {agent.cap.text} <span className="text-slate-600">({basisAndSource(agent.cap)})</span>
            </>
          ) : (
            "None"
          )}
        </Figure>
      </dl>
      <h3 className="mt-4 text-sm font-semibold">
        Dose-reduction template <span className="font-normal text-slate-600">({basisAndSource(agent.template)})</span>
      </h3>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {agent.template.rules.map((rule, i) => (
          <li key={i}>{describeRule(rule, agent)}</li>
        ))}
      </ul>
      <p className="mt-1 text-sm text-slate-700">{agent.template.explanation}</p>
      {[...agent.acuteSyndromes, ...agent.contraindications.map((c) => c.message), ...agent.notes].length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold">Notes</h3>
          <ul className="mt-1 list-disc pl-5 text-sm text-slate-800">
            {[...agent.acuteSyndromes, ...agent.contraindications.map((c) => c.message), ...agent.notes].map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
