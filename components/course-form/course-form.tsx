"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useValidatedForm } from "@/components/patient-form/use-validated-form";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import type { Setting } from "@/lib/domain/codes";
import { api, ApiRequestError } from "@/lib/client/api";
import { useLoadedModule } from "@/lib/client/use-loaded-module";
import type { CourseInput } from "@/lib/schemas/course";
import type { AgentNames } from "@/components/exam/raised-alerts";
import { AgentRows, type AgentRow } from "./agent-rows";
import type { CourseChoices } from "./course-choices";
import { courseCreatedWords } from "./created-words";
import { formatDay } from "@/lib/dates";
import { LiveForm } from "@/components/ui/live-form";

const num = (s: string) => (s.trim() === "" ? undefined : Number(s));
/** Fields with a place of their own for messages; the rest (a course-wide rule) show below the agents. */
const FIELDS = ["name", "startDate", "cycleLengthDays", "cycles", "setting"];

/**
 * A new course from a regimen template or by hand; its cycles are scheduled from the start date.
 * The agents and the templates, with this patient's doses, come from the page (course-choices.ts).
 */
export function CourseForm({
  patientId,
  today,
  choices,
  names,
}: {
  patientId: string;
  today: string;
  choices: CourseChoices;
  /** The agents' names by code, for the alerts the new course raises. */
  names: AgentNames;
}) {
  const [template, setTemplate] = useState("");
  const [text, setText] = useState({ name: "", startDate: today, cycleLengthDays: "21", cycles: "6" });
  const [setting, setSetting] = useState<Setting | "">("");
  // The course waiting for its doses to be confirmed, with what to ask (docs/clinical-rules.md,
  // "Plausibility": the page asks before saving, the API never refuses such a dose).
  const [asking, setAsking] = useState<{ input: CourseInput; questions: string[] } | null>(null);
  const [rows, setRows] = useState<AgentRow[]>([
    { key: 0, agent: "", dose: "", route: "", administrationsPerCycle: "1" },
  ]);
  const body = () => ({
    name: text.name,
    startDate: text.startDate,
    cycleLengthDays: num(text.cycleLengthDays),
    cycles: num(text.cycles),
    setting: setting || undefined,
    agents: rows.map((r) => ({
      agent: r.agent || undefined,
      dose: num(r.dose),
      unit: choices.agents.find((a) => a.code === r.agent)?.unit,
      route: r.route || undefined,
      administrationsPerCycle: num(r.administrationsPerCycle),
    })),
  });
  // What a save shows (course-created.tsx: the alerts it raised with their badges, the cycles) is
  // fetched once the form is shown, not with the page (docs/benchmarks.md, "Route budgets"); until
  // it has come, the save's answer is said in a line.
  const created = useLoadedModule(() => import("./course-created"));
  const asker = useLoadedModule(() => import("./dose-questions"));
  const form = useValidatedForm(() => import("@/lib/schemas/course").then((m) => m.CourseFormInput), body);
  const save = useMutation({
    mutationFn: (input: CourseInput) =>
      api("POST /api/patients/{id}/courses", { params: { id: patientId }, body: input }),
    onSuccess: () => void created.ensure().catch(() => undefined),
    onError: (error) => {
      if (error instanceof ApiRequestError && error.body.fields) form.setServerErrors(error.body.fields);
    },
  });

  /** Saves the course, or first asks about its unusual doses (dose-questions.tsx). */
  async function askOrSave(input: CourseInput) {
    const questions = (await asker.ensure()).questionsFor(input, choices.agents);
    if (questions.length > 0) setAsking({ input, questions });
    else save.mutate(input);
  }

  function applyTemplate(id: string) {
    setTemplate(id);
    const regimen = choices.regimens.find((r) => r.id === id);
    if (!regimen) return;
    setText((t) => ({
      ...t,
      name: regimen.name,
      cycleLengthDays: String(regimen.cycleLengthDays),
      cycles: String(regimen.cycles),
    }));
    setSetting(regimen.setting ?? "");
    setRows(
      regimen.agents.map((a, i) => ({
        key: i,
        agent: a.agent,
        dose: a.dose,
        route: a.route,
        administrationsPerCycle: String(a.administrationsPerCycle),
        hint: a.hint,
      })),
    );
  }
  function set(path: keyof typeof text, value: string) {
    setText((t) => ({ ...t, [path]: value }));
    form.touch(path);
  }

  if (save.data) {
    const shown = created.loaded;
    return shown ? (
      <shown.CourseCreated created={save.data} patientId={patientId} names={names} />
    ) : (
      <p role="status" className="font-medium">
        {courseCreatedWords(save.data.course)}
      </p>
    );
  }
  const regimen = choices.regimens.find((r) => r.id === template);
  return (
    <LiveForm
      noValidate
      aria-label="New course"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit((input) => void askOrSave(input));
      }}
      className="flex max-w-4xl flex-col gap-4"
    >
      <Field label="Regimen template" hint={regimen?.source ?? "Or fill in the course by hand."}>
        {(p) => (
          <Select {...p} value={template} onChange={(e) => applyTemplate(e.target.value)}>
            <option value="">By hand</option>
            {choices.regimens.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Course name" error={form.errorAt("name")}>
          {(p) => <TextInput {...p} value={text.name} onChange={(e) => set("name", e.target.value)} />}
        </Field>
        <Field label="First cycle on" error={form.errorAt("startDate")}>
          {(p) => (
            <TextInput {...p} type="date" value={text.startDate} onChange={(e) => set("startDate", e.target.value)} />
          )}
        </Field>
        <Field label="Setting" error={form.errorAt("setting")}>
          {(p) => (
            <Select {...p} value={setting} onChange={(e) => setSetting(e.target.value as Setting | "")}>
              <option value="">Not stated</option>
              {choices.settings.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Days between cycles" error={form.errorAt("cycleLengthDays")}>
          {(p) => (
            <TextInput
              {...p}
              type="number"
              value={text.cycleLengthDays}
              onChange={(e) => set("cycleLengthDays", e.target.value)}
            />
          )}
        </Field>
        <Field label="Number of cycles" error={form.errorAt("cycles")}>
          {(p) => (
            <TextInput {...p} type="number" value={text.cycles} onChange={(e) => set("cycles", e.target.value)} />
          )}
        </Field>
      </div>
      <p className="text-sm">
        Cycles are scheduled every {text.cycleLengthDays || "?"} days from{" "}
        {text.startDate ? formatDay(text.startDate) : "the first cycle"}; each can be moved, held or cancelled later.
      </p>
      <AgentRows
        rows={rows}
        agents={choices.agents}
        routes={choices.routes}
        onChange={(next) => {
          setRows(next);
          form.touch("agents");
        }}
        errorAt={form.errorAt}
      />
      {form.otherErrors([...FIELDS, ...rows.map((_, i) => `agents.${i}`)]).map((m) => (
        <p key={m} role="alert" className="text-sm text-red-700">
          {m}
        </p>
      ))}
      {save.error && !(save.error instanceof ApiRequestError && save.error.body.fields) && (
        <p role="alert" className="text-sm text-red-700">
          {save.error.message}
        </p>
      )}
      <div>
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? "Creating…" : "Create course"}
        </Button>
      </div>
      {asker.loaded && (
        <asker.loaded.DoseQuestions
          questions={asking?.questions ?? null}
          onConfirm={() => {
            if (asking) save.mutate(asking.input);
            setAsking(null);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </LiveForm>
  );
}
