"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { RISK_FACTORS, SEXES, type RiskFactor } from "@/lib/domain/codes";
import { bodySurfaceArea } from "@/lib/domain/body-surface-area";
import { api, ApiRequestError } from "@/lib/client/api";
import type { PatientInput } from "@/lib/schemas/patient";
import { useValidatedForm } from "./use-validated-form";
import { LiveForm } from "@/components/ui/live-form";

const RISK_LABEL: Record<RiskFactor, string> = {
  diabetes: "Diabetes",
  "prior-neuropathy": "Neuropathy before treatment",
  "hereditary-neuropathy": "Hereditary neuropathy (such as Charcot-Marie-Tooth)",
  alcohol: "Alcohol use",
  "b12-deficiency": "Vitamin B12 deficiency",
  hiv: "HIV",
  hypothyroidism: "Hypothyroidism",
  "renal-impairment": "Renal impairment",
};

const TEXT_FIELDS = [
  { path: "mrn", label: "MRN", hint: "1 to 32 letters, digits or hyphens." },
  { path: "familyName", label: "Family name" },
  { path: "givenName", label: "Given name" },
] as const;

type Text = Record<
  "mrn" | "familyName" | "givenName" | "birthDate" | "sex" | "heightCm" | "weightKg" | "diagnosis",
  string
>;

const numberOrUndefined = (s: string) => (s.trim() === "" ? undefined : Number(s));

/** Registers a patient; body surface area (Mosteller) shows as height and weight are typed. */
export function PatientForm() {
  const router = useRouter();
  const [text, setText] = useState<Text>({
    mrn: "",
    familyName: "",
    givenName: "",
    birthDate: "",
    sex: "",
    heightCm: "",
    weightKg: "",
    diagnosis: "",
  });
  const [risks, setRisks] = useState<RiskFactor[]>([]);
  const body = () => ({
    ...text,
    sex: text.sex || undefined,
    heightCm: numberOrUndefined(text.heightCm),
    weightKg: numberOrUndefined(text.weightKg),
    diagnosis: text.diagnosis.trim() === "" ? null : text.diagnosis,
    riskFactors: risks,
  });
  const form = useValidatedForm(() => import("@/lib/schemas/patient").then((m) => m.PatientInput), body);
  const save = useMutation({
    mutationFn: (input: PatientInput) => api("POST /api/patients", { body: input }),
    onSuccess: ({ patient }) => router.push(`/patients/${patient.id}`),
    onError: (error) => {
      if (!(error instanceof ApiRequestError)) return;
      if (error.body.fields) form.setServerErrors(error.body.fields);
      else if (error.status === 409) form.setServerErrors({ mrn: error.body.message });
    },
  });

  function set(path: keyof Text, value: string) {
    setText((t) => ({ ...t, [path]: value }));
    form.touch(path);
  }
  const height = Number(text.heightCm);
  const weight = Number(text.weightKg);
  const bsa =
    !form.errorAt("heightCm") && !form.errorAt("weightKg") && height > 0 && weight > 0
      ? bodySurfaceArea(height, weight)
      : null;

  return (
    <LiveForm
      noValidate
      aria-label="Register a patient"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit((input) => save.mutate(input));
      }}
      className="flex max-w-2xl flex-col gap-4"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        {TEXT_FIELDS.map((f) => (
          <Field key={f.path} label={f.label} error={form.errorAt(f.path)} hint={"hint" in f ? f.hint : undefined}>
            {(p) => <TextInput {...p} value={text[f.path]} onChange={(e) => set(f.path, e.target.value)} />}
          </Field>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        <Field label="Birth date" error={form.errorAt("birthDate")}>
          {(p) => (
            <TextInput {...p} type="date" value={text.birthDate} onChange={(e) => set("birthDate", e.target.value)} />
          )}
        </Field>
        <Field label="Sex" error={form.errorAt("sex")}>
          {(p) => (
            <Select {...p} value={text.sex} onChange={(e) => set("sex", e.target.value)}>
              <option value="">Choose…</option>
              {SEXES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Height (cm)" error={form.errorAt("heightCm")}>
          {(p) => (
            <TextInput
              {...p}
              type="number"
              inputMode="decimal"
              value={text.heightCm}
              onChange={(e) => set("heightCm", e.target.value)}
            />
          )}
        </Field>
        <Field label="Weight (kg)" error={form.errorAt("weightKg")}>
          {(p) => (
            <TextInput
              {...p}
              type="number"
              inputMode="decimal"
              value={text.weightKg}
              onChange={(e) => set("weightKg", e.target.value)}
            />
          )}
        </Field>
      </div>
      <p aria-live="polite" className="text-sm">
        Body surface area (Mosteller):{" "}
        <strong>{bsa === null ? "enter height and weight" : `${Math.round(bsa * 100) / 100} m²`}</strong>
      </p>
      <Field label="Diagnosis (optional)" error={form.errorAt("diagnosis")}>
        {(p) => <TextInput {...p} value={text.diagnosis} onChange={(e) => set("diagnosis", e.target.value)} />}
      </Field>
      <fieldset className="rounded-lg border border-slate-300 p-3">
        <legend className="px-1 text-sm font-medium">Risk factors for neuropathy</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {RISK_FACTORS.map((r) => (
            <label key={r} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={risks.includes(r)}
                onChange={(e) => setRisks((list) => (e.target.checked ? [...list, r] : list.filter((x) => x !== r)))}
              />
              {RISK_LABEL[r]}
            </label>
          ))}
        </div>
      </fieldset>
      <div aria-live="assertive">
        {save.error &&
          !(save.error instanceof ApiRequestError && (save.error.body.fields || save.error.status === 409)) && (
            <p role="alert" className="text-sm text-red-700">
              {save.error.message}
            </p>
          )}
      </div>
      <div>
        <Button type="submit" busy={save.isPending}>
          {save.isPending ? "Registering…" : "Register patient"}
        </Button>
      </div>
    </LiveForm>
  );
}
