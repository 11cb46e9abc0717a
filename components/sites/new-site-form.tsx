"use client";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import type { ApiSite } from "@/db/reads/sites";
import { api } from "@/lib/client/api";
import { MAX_SITE_NAME } from "@/lib/schemas/limits";
import { Field, TextInput } from "../ui/field";
import { SubmitRow } from "../ui/submit-row";
import { useSentForm } from "../ui/use-sent-form";
import { LiveForm } from "@/components/ui/live-form";

/**
 * The network's infusion centres, and a form to add one (docs/sites.md). Folded away: a
 * single-centre install never needs it, and its clinical pages show no site until a second exists.
 */
export function SitesSection({ sites }: { sites: readonly ApiSite[] }) {
  const router = useRouter();
  const sent = useSentForm();

  // Sent from onSubmit, not as a form action: React resets a form after its action, and a
  // refused centre's code and name must stay in place to be corrected.
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    // The API's schema, loaded when a centre is first added rather than with the page (docs/benchmarks.md, "Route budgets").
    const { SiteInput } = await import("@/lib/schemas/site");
    const input = sent.check(SiteInput, { code: form.get("code"), name: form.get("name") }, formElement);
    if (!input) return;
    try {
      const { site } = await api("POST /api/sites", { body: input });
      sent.setStatus(`Added ${site.name} (${site.code}).`);
      router.refresh();
    } catch (e) {
      if (e instanceof Error) sent.refused(e);
    }
  }

  return (
    <details className="max-w-3xl rounded-lg border border-slate-300 bg-white p-5">
      <summary className="cursor-pointer text-lg font-semibold">Infusion centres ({sites.length})</summary>
      <ul className="my-3 text-sm">
        {sites.map((s) => (
          <li key={s.id}>
            {s.name} <span className="font-mono">({s.code})</span>
          </li>
        ))}
      </ul>
      <LiveForm
        onSubmit={(e) => void submit(e)}
        className="grid gap-4 sm:grid-cols-2"
        aria-label="Add an infusion centre"
        noValidate
      >
        <Field label="Code" error={sent.errors.code} hint="1 to 16 capitals, digits or hyphens; fixed once added.">
          {(p) => <TextInput {...p} name="code" required />}
        </Field>
        <Field
          label="Name"
          error={sent.errors.name}
          hint={`At most ${MAX_SITE_NAME} characters; not another centre's.`}
        >
          {(p) => <TextInput {...p} name="name" required maxLength={MAX_SITE_NAME} />}
        </Field>
        <SubmitRow label="Add the centre" variant="secondary" status={sent.status} className="sm:col-span-2" />
      </LiveForm>
    </details>
  );
}
