"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, ApiRequestError } from "@/lib/client/api";
import { useLoadedModule } from "@/lib/client/use-loaded-module";
import type { Setting } from "@/lib/domain/codes";
import type { PlanContent } from "@/lib/domain/plan-diff";
import type { PlanInput } from "@/lib/schemas/plan";
import { Button } from "../ui/button";
import { Field, TextArea } from "../ui/field";
import type { EditorAgent } from "./editor-agent";
import { LimitFields } from "./limit-fields";
import { contentToForm, type PlanForm } from "./plan-form";
import { RuleLadder } from "./rule-ladder";
import { LiveForm } from "@/components/ui/live-form";

export interface EditorBase {
  /** "version 2 (in force)", or "the agent's template" when there is no version yet. */
  label: string;
  content: PlanContent;
}

/**
 * Drafts a new version from the newest one (or the agent's template). Errors show as the user
 * types, from the same PlanInput schema the server checks; what the ladder means and what
 * changes from the base version are worked out live beside the form (plan-preview.tsx). The
 * schema and the preview come just after the editor is shown; until then a form not yet changed
 * shows the base version's reading, which the page rendered (`baseLadder`, `baseChanges`).
 */
export function PlanEditor({
  patientId,
  agent,
  base,
  baseLadder,
  baseChanges,
  currentDose,
  setting,
}: {
  patientId: string;
  agent: EditorAgent;
  base: EditorBase;
  /** The base version's ladder in words (ladder-table.tsx), for the course's current dose. */
  baseLadder: React.ReactNode;
  /** What the base version changes from itself (plan-changes.tsx): nothing. */
  baseChanges: React.ReactNode;
  currentDose?: number;
  setting: Setting | null;
}) {
  const agentCode = agent.code;
  const router = useRouter();
  const [initial] = useState(() => contentToForm(base.content));
  const [form, setForm] = useState<PlanForm>(initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const live = useLoadedModule(() =>
    Promise.all([import("./plan-parse"), import("./plan-preview")]).then(([parse, preview]) => ({ parse, preview })),
  );
  const loaded = live.loaded;
  const parsed = loaded && loaded.parse.parsePlanForm(form, agent, currentDose);
  const errors = { ...(parsed && !parsed.ok ? parsed.errors : {}), ...serverErrors };
  // Until the schema and the preview have come, a form not yet changed reads as its base.
  const untouched = form === initial;
  const ladder = loaded && form.rules.map(loaded.parse.ruleOfRow);
  const content = parsed && (parsed.ok ? parsed.content : null);

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
    const checked = (await live.ensure()).parse.parsePlanForm(form, agent, currentDose);
    if (!checked.ok) return setMessage("Correct the fields marked before saving.");
    save.mutate(checked.input);
  }

  return (
    <LiveForm
      onSubmit={(e) => void submit(e)}
      aria-labelledby="plan-editor"
      className="grid gap-6 lg:grid-cols-[3fr_2fr]"
    >
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
          <Button type="submit" busy={save.isPending}>
            {save.isPending ? "Saving…" : "Save as a new draft"}
          </Button>
          <Button type="button" variant="secondary" onClick={() => change(contentToForm(agent.template))}>
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
            {loaded && ladder ? (
              <loaded.preview.LadderPreview
                rules={ladder}
                agent={agentCode}
                currentDose={currentDose}
                setting={setting}
              />
            ) : untouched ? (
              baseLadder
            ) : (
              <p className="text-sm text-slate-700">Working it out…</p>
            )}
          </div>
        </section>
        <section aria-labelledby="draft-changes">
          <h3 id="draft-changes" className="font-semibold">
            Changes from {base.label}
          </h3>
          {loaded && content ? (
            <loaded.preview.ChangesPreview before={base.content} after={content} agent={agentCode} />
          ) : loaded ? (
            <p className="text-sm text-slate-700">Shown once every field is valid.</p>
          ) : untouched ? (
            baseChanges
          ) : (
            <p className="text-sm text-slate-700">Working it out…</p>
          )}
        </section>
      </aside>
    </LiveForm>
  );
}
