"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ApiSite } from "@/db/reads/sites";
import { api, ApiRequestError } from "@/lib/client/api";
import { Button } from "../ui/button";
import { Field, TextInput } from "../ui/field";

/**
 * The network's infusion centres, and a form to add one (docs/sites.md). Folded away: a
 * single-centre install never needs it, and its clinical pages show no site until a second exists.
 */
export function SitesSection({ sites }: { sites: readonly ApiSite[] }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);

  async function submit(form: FormData) {
    const body = { code: String(form.get("code") ?? "").trim(), name: String(form.get("name") ?? "").trim() };
    try {
      const { site } = await api("POST /api/sites", { body });
      setErrors({});
      setStatus(`Added ${site.name} (${site.code}).`);
      router.refresh();
    } catch (e) {
      if (!(e instanceof ApiRequestError)) return setStatus("Could not reach the server. Try again.");
      setErrors(e.body.fields ?? {});
      setStatus(e.body.message);
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
      <form action={submit} className="grid gap-4 sm:grid-cols-2" aria-label="Add an infusion centre">
        <Field label="Code" error={errors.code} hint="1 to 16 capitals, digits or hyphens; fixed once added.">
          {(p) => <TextInput {...p} name="code" required maxLength={16} />}
        </Field>
        <Field label="Name" error={errors.name}>
          {(p) => <TextInput {...p} name="name" required maxLength={200} />}
        </Field>
        <div className="flex items-center gap-3 sm:col-span-2">
          <Button type="submit" variant="secondary">
            Add the centre
          </Button>
          <p aria-live="polite" className="text-sm">
            {status}
          </p>
        </div>
      </form>
    </details>
  );
}
