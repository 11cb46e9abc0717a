"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { api, ApiRequestError } from "@/lib/client/api";
import { keepOnlyDraftsOf } from "@/components/exam/draft-storage";

/** `next`: the page to open once signed in, already checked to be one of the app's (returnPath). */
export function SignInForm({ next }: { next: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Sent from onSubmit, not as a form action: React resets the whole form after an action, and
  // after a mistyped password the username should stay; only the password is cleared, for retyping.
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = event.currentTarget.elements.namedItem("password") as HTMLInputElement;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const { user } = await api("POST /api/session", {
        body: { username: String(form.get("username") ?? ""), password: String(form.get("password") ?? "") },
      });
      // A shared tablet: the drafts of whoever used it before are not this user's to see.
      keepOnlyDraftsOf(user.id);
      // "/" sends each role to its home; a page the role may not open sends it there, saying why.
      router.replace(next ?? "/");
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.body.message : "Could not reach the server. Try again.");
      setBusy(false);
      password.value = "";
      password.focus();
    }
  }

  return (
    <form method="post" onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
      <Field label="Username">
        {(p) => <TextInput {...p} name="username" autoComplete="username" required autoFocus />}
      </Field>
      <Field label="Password">
        {(p) => <TextInput {...p} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <div aria-live="assertive">
        {error && (
          <p role="alert" className="rounded-md border border-red-700 bg-red-50 p-3 text-sm text-red-900">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" busy={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
