"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import type { AgentNames } from "@/components/exam/raised-alerts";
import { SaveOutcome } from "@/components/exam/save-outcome";
import { NumberField } from "@/components/exam/number-field";
import { Button } from "@/components/ui/button";
import type { ApiAlert } from "@/db/reads/alerts";
import type { StoredAlert } from "@/lib/domain/reconcile";
import type { PatientRecord } from "@/lib/domain/records";
import { api, ApiRequestError } from "@/lib/client/api";
import { useLoadedModule } from "@/lib/client/use-loaded-module";
import type { DoseCheck } from "./dose-check";
import type { CourseAgentRow, DoseSuggestion } from "./dose-plan";
import { givenDose, prefilled, type TypedDose } from "./typed-dose";
import { LiveForm } from "@/components/ui/live-form";

/** What the last save of this agent's dose recorded and raised, said in the status message. */
export type DoseOutcome = { message: string; alerts: ApiAlert[] };

/** One agent's dose for the cycle: prefilled, previewed against limit and caps, confirmed when it crosses one. */
export function DoseEntry(props: {
  cycle: { id: string; date: string };
  item: CourseAgentRow;
  /** What to prefill and why, worked out by the page on the server (dose-plan.ts, suggestDose). */
  suggestion: DoseSuggestion;
  agentNames: AgentNames;
  record: PatientRecord;
  storedAlerts: StoredAlert[];
  today: string;
  alreadyGiven: boolean;
  /** The entry as it opens, checked by the page (dose-check.ts, openingChecks). */
  opening: DoseCheck | undefined;
  /** The agent's state (agent-state.tsx), rendered by the page. */
  state: React.ReactNode;
  /** The entry's preview as it opens (dose-preview.tsx), rendered by the page. */
  openingPreview: React.ReactNode;
  /** Held by the section: the entry is mounted anew when a save changes the record it starts from. */
  outcome: DoseOutcome | null;
  onOutcome: (outcome: DoseOutcome) => void;
}) {
  const { item, cycle, suggestion } = props;
  const { name } = suggestion;
  const router = useRouter();
  // The fields follow the suggestion (it moves when an exam or an alert lands) until the nurse
  // types in them; remounting instead would take the cursor out of the field after an exam.
  const start = prefilled(suggestion);
  const [typedDose, setDose] = useState<string | null>(null);
  const [typedAdministrations, setAdministrations] = useState<string | null>(null);
  // A dose against the decision (an agent held or stopped, or above the reduced dose), or before
  // the oncologist decides a rule that left the field empty, is given only by an explicit
  // override with a reason, saved with the dose.
  const [overriding, setOverriding] = useState(false);
  const [overrideReason, setOverrideReason] = useState("");
  const [tried, setTried] = useState(false);
  const typed: TypedDose = {
    dose: typedDose ?? start.dose,
    administrations: typedAdministrations ?? start.administrations,
    overriding,
    overrideReason,
    tried,
  };
  const overridingErrorId = useId();
  const doseFieldId = useId();
  const [open, setOpen] = useState(!props.alreadyGiven);
  const [confirming, setConfirming] = useState(false);

  // The schema and the alert rules come just after the page (dose-check.ts), and with them what
  // only a changed entry shows: the live preview (bar and alerts), the override's reason box, the
  // confirmation. Until then an entry as it opened shows the page's own check of it, and the
  // fields take input once the page is live (LiveForm).
  const checker = useLoadedModule(() =>
    Promise.all([
      import("./dose-check"),
      import("./dose-preview"),
      import("@/components/ui/counted-text-area"),
      import("./confirm-dialog"),
    ]).then(([check, preview, text, dialog]) => ({ ...check, ...preview, ...text, ...dialog })),
  );
  const live = checker.loaded;
  const context = { record: props.record, stored: props.storedAlerts, cycle, today: props.today };
  const untouched = typedDose === null && typedAdministrations === null && !overriding && overrideReason === "";
  const check = live ? live.checkDose(context, suggestion, typed) : untouched ? (props.opening ?? null) : null;
  const preview = check ? check.preview : null;
  const errors = check?.errors ?? {};
  const against = check ? check.against : suggestion.against;
  const overrideErrors = check?.overrideErrors ?? {};
  const given = givenDose(suggestion, typed);
  const body = against ? { ...given, overrideReason } : given;

  const save = useMutation({
    mutationFn: () => api("POST /api/cycles/{id}/doses", { params: { id: cycle.id }, body }),
    onSuccess: (result) => {
      const total = result.cumulative[suggestion.agent] ?? 0;
      props.onOutcome({
        message: `Recorded ${name.toLowerCase()} ${body.dose} ${item.unit} x ${body.administrations}. Cumulative dose now ${Math.round(total * 100) / 100} ${item.unit}.`,
        alerts: result.alerts,
      });
      setOpen(false);
      router.refresh();
    },
    // A refusal may come of a dose recorded meanwhile from another screen (409): the page shows it.
    onError: () => router.refresh(),
    onSettled: () => setConfirming(false),
  });

  // A confirmation asked for on the record as the page last had it can lose its every reason once
  // the page has refreshed: an exam saved a moment before the dose, not yet in the record when
  // "Record" was pressed, asked "No exam recorded today". Nothing is left to confirm, so the save
  // the nurse asked for goes ahead, rather than a dialog with no reason in it.
  const nothingToConfirm = confirming && preview !== null && preview.confirm.length === 0;
  useEffect(() => {
    if (nothingToConfirm && save.isIdle) save.mutate();
  }, [nothingToConfirm, save]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setTried(true);
    // A save typed before the check has arrived waits for it.
    const checked = check ?? (await checker.ensure()).checkDose(context, suggestion, typed);
    // Nothing to record (a field left empty, a typing slip): the field's message says why, and the
    // cursor goes back to it.
    if (!checked.preview) return document.getElementById(doseFieldId)?.focus();
    if (Object.keys(checked.overrideErrors).length > 0) return;
    if (checked.preview.confirm.length > 0) {
      // The dialog comes with the check: a save before it has come waits for it.
      await checker.ensure();
      setConfirming(true);
    } else save.mutate();
  }

  const serverError = save.error instanceof ApiRequestError ? save.error.body : null;
  // The server's reasons with no field of their own here (an agent not in the course).
  const unplaced = serverError?.fields
    ? Object.entries(serverError.fields)
        .filter(([path]) => path !== "dose" && path !== "administrations")
        .map(([, message]) => message)
    : save.error
      ? [save.error.message]
      : [];
  return (
    <section aria-label={name} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3">
      <h3 className="font-semibold">
        {name} <span className="text-sm font-normal text-slate-700">{suggestion.next}</span>
      </h3>
      {props.state}
      <SaveOutcome
        message={props.outcome?.message ?? null}
        alerts={props.outcome?.alerts ?? []}
        names={props.agentNames}
      />
      {!open ? (
        <div>
          {/* Once a dose is recorded here, the focus stays in the entry rather than dropping to the page. */}
          <Button type="button" variant="secondary" onClick={() => setOpen(true)} autoFocus={save.isSuccess}>
            Record another {name.toLowerCase()} dose
          </Button>
        </div>
      ) : (
        <LiveForm
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label={`${name} dose`}
          className="flex flex-col gap-2"
        >
          <div className="flex flex-wrap gap-4">
            <NumberField
              id={doseFieldId}
              label={`${name} dose given`}
              // Opened by "Record another dose": the cursor goes where the dose is typed.
              autoFocus={props.alreadyGiven}
              suffix={item.unit}
              value={typed.dose}
              onChange={setDose}
              min={0}
              max={100000}
              step={0.01}
              error={serverError?.fields?.dose ?? errors.dose}
            />
            <NumberField
              label="Administrations"
              value={typed.administrations}
              onChange={setAdministrations}
              min={1}
              max={366}
              error={serverError?.fields?.administrations ?? errors.administrations}
            />
          </div>
          {/* The field's dose once changed, so that "Filled with 85" never reads as what will be recorded. */}
          <p className="text-sm text-slate-800">
            {suggestion.why}
            {typed.dose !== start.dose && " You changed it."}
          </p>
          {against && (
            <fieldset className="flex flex-col gap-2 rounded-md border border-red-700 p-2 text-sm">
              <legend className="px-1 font-medium">{against.legend}</legend>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={overriding}
                  onChange={(e) => setOverriding(e.target.checked)}
                  aria-invalid={tried && Boolean(overrideErrors.overriding)}
                  aria-describedby={tried && overrideErrors.overriding ? overridingErrorId : undefined}
                />
                Record the {name.toLowerCase()} dose although it is {against.words}
              </label>
              {tried && overrideErrors.overriding && (
                <p id={overridingErrorId} className="text-red-700">
                  {overrideErrors.overriding}
                </p>
              )}
              {overriding && live && (
                <live.CountedTextArea
                  label={`Why it is given anyway (saved with the dose; ${against.tells})`}
                  value={overrideReason}
                  onChange={setOverrideReason}
                  error={tried ? overrideErrors.overrideReason : undefined}
                />
              )}
            </fieldset>
          )}
          {preview && (
            <div className="flex max-w-md flex-col gap-2">
              {live ? (
                <live.DosePreview name={name} preview={preview} unit={item.unit} names={props.agentNames} />
              ) : (
                props.openingPreview
              )}
            </div>
          )}
          {unplaced.map((message) => (
            <p key={message} role="alert" className="text-sm text-red-700">
              {message}
            </p>
          ))}
          <div>
            <Button type="submit" busy={save.isPending}>
              {save.isPending ? "Recording…" : `Record ${name.toLowerCase()} dose`}
            </Button>
          </div>
        </LiveForm>
      )}
      {live && (
        <live.ConfirmDialog
          open={confirming && !nothingToConfirm}
          title={preview ? preview.question : ""}
          reasons={preview?.confirm ?? []}
          confirmLabel="Record the dose anyway"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            save.mutate();
          }}
        />
      )}
    </section>
  );
}
