"use client";
import type { FormEvent } from "react";
import { ROLES } from "@/lib/domain/codes";
import { api } from "@/lib/client/api";
import { Field, Select, TextInput } from "../ui/field";
import { SubmitRow } from "../ui/submit-row";
import { useSentForm } from "../ui/use-sent-form";
import { LiveForm } from "@/components/ui/live-form";

export function NewUserForm({ onCreated }: { onCreated: () => void }) {
  const sent = useSentForm();

  // Sent from onSubmit, not as a form action: React resets a form after its action, and a
  // refused user's details must stay in place to be corrected.
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    // The API's schema, loaded when a user is first added rather than with the page (docs/benchmarks.md, "Route budgets").
    const { UserInput } = await import("@/lib/schemas/user");
    const input = sent.check(UserInput, Object.fromEntries(form), formElement);
    if (!input) return;
    try {
      await api("POST /api/users", { body: input });
      // Its initial password is not left on a shared screen, one press from adding it again.
      formElement.reset();
      sent.setStatus(`Added ${input.username}.`);
      onCreated();
    } catch (e) {
      if (e instanceof Error) sent.refused(e);
    }
  }

  return (
    <LiveForm
      onSubmit={(e) => void submit(e)}
      noValidate
      className="grid max-w-3xl gap-4 rounded-lg border border-slate-300 bg-white p-5 sm:grid-cols-2"
      aria-labelledby="new-user"
    >
      <h2 id="new-user" className="text-lg font-semibold sm:col-span-2">
        Add a user
      </h2>
      <Field label="Username" error={sent.errors.username}>
        {(p) => <TextInput {...p} name="username" autoComplete="off" />}
      </Field>
      <Field label="Full name" error={sent.errors.displayName}>
        {(p) => <TextInput {...p} name="displayName" />}
      </Field>
      <Field label="Role" error={sent.errors.role}>
        {(p) => (
          <Select {...p} name="role" defaultValue="nurse">
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Initial password" error={sent.errors.password} hint="At least 15 characters.">
        {(p) => <TextInput {...p} name="password" type="password" autoComplete="new-password" />}
      </Field>
      <SubmitRow label="Add user" status={sent.status} className="sm:col-span-2" />
    </LiveForm>
  );
}
