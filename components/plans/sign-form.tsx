"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/client/api";
import type { SignatureMeaning } from "@/lib/domain/codes";
import type { SignInput } from "@/lib/schemas/plan";
import { Field, TextInput } from "../ui/field";
import { SubmitRow } from "../ui/submit-row";
import { useSentForm } from "../ui/use-sent-form";
import { LiveForm } from "@/components/ui/live-form";
import { focusThrough } from "@/components/ui/focus-through";

// Every meaning, in codes.ts's order (SIGNATURE_MEANINGS): a Record over SignatureMeaning, so the
// type checker proves each has its hint. Listed from here, the page need not load the app's code
// tables (docs/benchmarks.md, "Route budgets").
const MEANING_HINT: Record<SignatureMeaning, string> = {
  authored: "I wrote this plan: records authorship and does not count towards agreement.",
  agreed: "I agree this plan: it comes into force once an oncologist and a nurse or a pharmacist have agreed.",
};
const MEANINGS = Object.keys(MEANING_HINT) as SignatureMeaning[];

/** An electronic signature, confirmed by the signer's own password (docs/api.md). Each user signs a version once. */
export function SignForm({ planId, version }: { planId: string; version: number }) {
  const router = useRouter();
  const [meaning, setMeaning] = useState<SignatureMeaning>("agreed");
  const [password, setPassword] = useState("");
  const sent = useSentForm("Could not sign; nothing was signed.");

  const sign = useMutation({
    mutationFn: (body: SignInput) => api("POST /api/plans/{id}/sign", { params: { id: planId }, body }),
    onSuccess: (r) => {
      setPassword("");
      sent.setStatus(r.plan.status === "in-force" ? `Signed: version ${version} is now in force.` : "Signed.");
      // The form leaves the page with the refresh ("You signed this version"): the focus goes to the version's heading.
      focusThrough(`plan-${planId}`);
      router.refresh();
    },
    onError: sent.refused,
  });

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    // The API's schema, loaded when a signature is first sent rather than with the page (docs/benchmarks.md, "Route budgets").
    const { SignInput } = await import("@/lib/schemas/plan");
    const input = sent.check(SignInput, { meaning, password }, formElement);
    if (input) sign.mutate(input);
  }

  return (
    <LiveForm
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`sign-${planId}`}
      className="flex flex-col gap-3 rounded-md border border-slate-300 bg-slate-50 p-4"
    >
      <h4 id={`sign-${planId}`} className="font-semibold">
        Sign version {version}
      </h4>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">Meaning of my signature</legend>
        {MEANINGS.map((m) => (
          <label key={m} className="flex items-start gap-2 text-sm">
            <input
              type="radio"
              name="meaning"
              value={m}
              checked={meaning === m}
              onChange={() => setMeaning(m)}
              className="mt-1"
            />
            <span>
              <span className="font-medium capitalize">{m}</span>: {MEANING_HINT[m]}
            </span>
          </label>
        ))}
      </fieldset>
      <Field label="My password" error={sent.errors.password} hint="Your signature is confirmed by your own password.">
        {(p) => (
          <TextInput
            {...p}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className="max-w-sm"
          />
        )}
      </Field>
      <SubmitRow
        label={`Sign version ${version}`}
        pendingLabel="Signing…"
        pending={sign.isPending}
        status={sent.status}
      />
    </LiveForm>
  );
}
