import type { AgentPlanView } from "@/db/reads/plans";
import { mayCall } from "@/lib/schemas/endpoints";
import { getAgent } from "@/lib/domain/agents";
import type { Role } from "@/lib/domain/codes";
import { contentOf, templatePlan } from "@/lib/domain/plan-diff";
import { CourseDose } from "./course-dose";
import { editorAgent } from "./editor-agent";
import { LadderTable } from "./ladder-table";
import { PlanChanges } from "./plan-changes";
import { PlanEditor, type EditorBase } from "./plan-editor";
import { PlanHistory } from "./plan-history";
import { PlanTerms } from "./plan-terms";
import { PlanVersionCard } from "./plan-version-card";
import { SignFormWhenShown } from "./sign-form-loader";

/** The plan editor page's body: the draft to sign, the version in force, the editor, the history. */
export function AgentPlanDetail({
  patientId,
  view,
  user,
}: {
  patientId: string;
  view: AgentPlanView;
  user: { id: string; role: Role };
}) {
  const agent = getAgent(view.agent);
  const { inForce, draft, course } = view;
  const newest = view.versions[0];
  const base: EditorBase = newest
    ? {
        label: `version ${newest.version} (${newest.status === "draft" ? "draft" : "in force"})`,
        content: contentOf(newest),
      }
    : { label: "the agent's template", content: templatePlan(agent) };
  const mine = draft?.signatures.find((s) => s.userId === user.id);
  return (
    <div className="flex flex-col gap-8">
      <CourseDose course={course} agent={agent} />
      {draft && (
        <PlanVersionCard
          plan={draft}
          agent={agent}
          title="Awaiting signature"
          currentDose={course?.dose}
          setting={course?.setting ?? null}
        >
          {mine ? (
            <p className="text-sm">You signed this version ({mine.meaning}).</p>
          ) : mayCall(user.role, "signPlan") ? (
            <SignFormWhenShown planId={draft.id} version={draft.version} />
          ) : null}
        </PlanVersionCard>
      )}
      {inForce ? (
        <PlanVersionCard
          plan={inForce}
          agent={agent}
          title="In force"
          currentDose={course?.dose}
          setting={course?.setting ?? null}
        />
      ) : (
        <section
          aria-labelledby="defaults"
          className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-5"
        >
          <h3 id="defaults" className="text-lg font-semibold">
            No plan in force: the agent&apos;s defaults apply
          </h3>
          <PlanTerms
            plan={templatePlan(agent)}
            agent={agent}
            currentDose={course?.dose}
            setting={course?.setting ?? null}
          />
        </section>
      )}
      {mayCall(user.role, "draftPlan") ? (
        <PlanEditor
          patientId={patientId}
          agent={editorAgent(view.agent, agent)}
          base={base}
          baseLadder={
            <LadderTable
              rules={base.content.rules}
              agent={agent}
              currentDose={course?.dose}
              setting={course?.setting ?? null}
            />
          }
          baseChanges={<PlanChanges before={base.content} after={base.content} agent={agent} />}
          currentDose={course?.dose}
          setting={course?.setting ?? null}
        />
      ) : (
        <p className="text-sm text-slate-700">
          Oncologists and pharmacists draft plans; anyone on the team can sign a draft.
        </p>
      )}
      <section aria-labelledby="history" className="flex flex-col gap-3">
        <h2 id="history" className="text-lg font-semibold">
          Version history
        </h2>
        <PlanHistory versions={view.versions} agent={agent} />
      </section>
    </div>
  );
}
