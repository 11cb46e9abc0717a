"use client";
import { useId, useRef, useState } from "react";
import { ApiRequestError } from "@/lib/client/api";
import { password as passwordRule } from "@/lib/schemas/user";
import { Button } from "../ui/button";
import { TextInput } from "../ui/field";
import { LiveForm } from "../ui/live-form";

/** What is wrong with a password by the API's own rule (its length), or null. */
const ruleBroken = (value: string) => passwordRule.safeParse(value).error?.issues[0]?.message ?? null;

/** The server's reason a password was refused: the policy's rule on the field, else its message. */
function refusal(error: unknown): string {
  if (!(error instanceof ApiRequestError)) return "Could not reach the server. Try again.";
  return error.body.fields?.password ?? error.body.message;
}

/**
 * The row's new-password form, loaded once a row first shows its button (reset-password.tsx), so
 * that neither it nor the API's schema is part of the page's first load (docs/benchmarks.md,
 * "Route budgets"). It stays open until the password is set: a refusal, by the schema's length
 * checked here first or by the server's policy, is said on the field as every form's field errors
 * are (components/ui/field.tsx: role alert, aria-describedby), and corrected in place.
 */
export function ResetPasswordForm({
  username,
  busy,
  onSet,
  onClose,
}: {
  username: string;
  busy: boolean;
  /** Rejects with the server's refusal. */
  onSet: (password: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    const broken = ruleBroken(password);
    if (broken) {
      setError(broken);
      field.current?.focus();
      return;
    }
    try {
      await onSet(password);
      onClose();
    } catch (e) {
      setError(refusal(e));
      field.current?.focus();
    }
  }

  return (
    <LiveForm
      className="flex flex-wrap items-center gap-2"
      aria-label={`Reset the password of ${username}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={fieldId} className="sr-only">
        New password for {username} (at least 15 characters)
      </label>
      <TextInput
        ref={field}
        id={fieldId}
        type="password"
        autoComplete="new-password"
        autoFocus
        required
        minLength={15}
        value={password}
        aria-invalid={error !== null}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        onChange={(e) => {
          setPassword(e.target.value);
          // Once a password is refused, the length rule is checked again as the admin types.
          if (error) setError(ruleBroken(e.target.value));
        }}
        className="w-56"
      />
      <Button type="submit" busy={busy}>
        Set password
      </Button>
      <Button variant="ghost" onClick={onClose}>
        Cancel
      </Button>
      {error && (
        <p id={`${fieldId}-error`} role="alert" className="w-full max-w-80 text-sm text-red-700">
          Not set: {error}
        </p>
      )}
    </LiveForm>
  );
}
