"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, ApiRequestError } from "@/lib/client/api";
import { useLoadedModule } from "@/lib/client/use-loaded-module";
import { getAgent, type AgentCode } from "@/lib/domain/agents";
import type { Setting } from "@/lib/domain/codes";
import { templatePlan, type PlanContent } from "@/lib/domain/plan-diff";
import type { PlanInput } from "@/lib/schemas/plan";
import { Button } from "../ui/button";
import { Field, TextArea } from "../ui/field";
import { LadderTable } from "./ladder-table";
import { LimitFields } from "./limit-fields";
import { PlanChanges } from "./plan-changes";
import { contentToForm, parsePlanForm, ruleOfRow, type PlanForm } from "./plan-form";
import { RuleLadder } from "./rule-ladder";

export interface EditorBase {
  /** "version 2 (in force)", or "the agent's template" when there is no version yet. */
  label: string;
  content: PlanContent;
}

/**
 * Drafts a new version from the newest one (or the agent's template). Errors show as the user
 * types, from the same PlanInput schema the server checks; what the ladder means and what
 * changes from the base version are worked out live beside the form.
 */
export function PlanEditor({
  patientId,
  agentCode,
  base,
  currentDose,
  setting,
}: {
  patientId: string;
  agentCode: AgentCode;
  base: EditorBase;
  currentDose?: number;
  setting: Setting | null;
}) {
  const agent = getAgent(agentCode);
  const router = useRouter();
  const [initial] = useState(() => contentToForm(base.content));
  const [form, setForm] = useState<PlanForm>(initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const schemas = useLoadedModule(() => import("@/lib/schemas/plan"));
  const loaded = schemas.loaded;
  const parsed = loaded && parsePlanForm(form, loaded);
  const errors = { ...(parsed && !parsed.ok ? parsed.errors : {}), ...serverErrors };
  // Until the schemas have come (just after the editor is shown), a form not yet changed is its base.
  const untouched = form === initial;
  const ladder = loaded ? form.rules.map((r) => ruleOfRow(r, loaded)) : untouched ? base.content.rules : null;
  const content = parsed ? (parsed.ok ? parsed.content : null) : untouched ? base.content : null;

  const save = useMutation({
    mutationFn: (body: PlanInput) =>
      api("PUT /api/patients/{id}/plans/{agent}", { params: { id: patientId, agent: agentCode }, body }),
    onSuccess: (r) => {
      setMessage(`Saved as version ${r.plan.version}, a draft: it is in force once it is agreed and signed.`);
      router.refresh();
    },
    onError: (e) => {
      setServerErrors(e instanceof ApiRequestError ? (e.body.fields ?? {}) : {});
      setMessage(e instanceof ApiRequestError ? e.body.message : "Could not save; nothing was saved.");
    },
  });

  function change(next: Partial<PlanForm>) {
    setForm((f) => ({ ...f, ...next }));
    setServerErrors({});
    setMessage(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const checked = parsePlanForm(form, await schemas.ensure());
    if (!checked.ok) return setMessage("Correct the fields marked before saving.");
    save.mutate(checked.input);
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="plan-editor" className="grid gap-6 lg:grid-cols-[3fr_2fr]">
      <div className="flex flex-col gap-6 rounded-lg border border-slate-300 bg-white p-5">
        <div>
          <h2 id="plan-editor" className="text-lg font-semibold">
            Draft a new version
          </h2>
          <p className="text-sm text-slate-700">
            Starts from {base.label}. Saving makes a new draft; signed versions never change.
          </p>
        </div>
        <LimitFields form={form} agent={agent} errors={errors} onChange={change} />
        <RuleLadder rules={form.rules} agent={agent} errors={errors} onChange={(rules) => change({ rules })} />
        <Field label="Notes" error={errors.notes}>
          {(p) => <TextArea {...p} rows={3} value={form.notes} onChange={(e) => change({ notes: e.target.value })} />}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save as a new draft"}
          </Button>
          <Button type="button" variant="secondary" onClick={() => change(contentToForm(templatePlan(agent)))}>
            Start again from the template
          </Button>
          <p aria-live="polite" className="text-sm">
            {message}
          </p>
        </div>
      </div>
      <aside
        aria-label="What this draft means"
        className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-brand-50 p-5"
      >
        <section aria-labelledby="ladder-words">
          <h3 id="ladder-words" className="font-semibold">
            The ladder as the team will read it
          </h3>
          {currentDose !== undefined && (
            <p className="text-xs text-slate-700">
              For the current dose of {currentDose} {agent.unit}
              {setting ? ` (${setting})` : ""}.
            </p>
          )}
          <div aria-live="polite">
            {ladder ? (
              <LadderTable rules={ladder} agent={agent} currentDose={currentDose} setting={setting} />
            ) : (
              <p className="text-sm text-slate-700">Working it out…</p>
            )}
          </div>
        </section>
        <section aria-labelledby="draft-changes">
          <h3 id="draft-changes" className="font-semibold">
            Changes from {base.label}
          </h3>
          {content ? (
            <PlanChanges before={base.content} after={content} agent={agent} />
          ) : (
            <p className="text-sm text-slate-700">{loaded ? "Shown once every field is valid." : "Working it out…"}</p>
          )}
        </section>
      </aside>
    </form>
  );
}
