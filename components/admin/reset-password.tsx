"use client";
import { useId, useRef, useState } from "react";
import { Button } from "../ui/button";
import { TextInput } from "../ui/field";
import { LiveForm } from "../ui/live-form";

/**
 * A user's new password, typed in the row and masked, instead of a browser prompt that showed it
 * in clear and could not say why a password was refused. The server's answer (saved, or the
 * policy's reason) is the page's status line; the focus goes back to the row's button.
 */
export function ResetPassword({
  username,
  busy,
  onSet,
}: {
  username: string;
  busy: boolean;
  onSet: (password: string) => void;
}) {
  const fieldId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");

  function close() {
    setPassword("");
    setOpen(false);
    // The button is back once the form has gone.
    requestAnimationFrame(() => opener.current?.focus());
  }

  if (!open)
    return (
      <Button ref={opener} variant="secondary" onClick={() => setOpen(true)}>
        Reset password
      </Button>
    );
  return (
    <LiveForm
      className="flex flex-wrap items-center gap-2"
      aria-label={`Reset the password of ${username}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSet(password);
        close();
      }}
    >
      <label htmlFor={fieldId} className="sr-only">
        New password for {username} (at least 15 characters)
      </label>
      <TextInput
        id={fieldId}
        type="password"
        autoComplete="new-password"
        autoFocus
        required
        minLength={15}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        className="w-56"
      />
      <Button type="submit" busy={busy}>
        Set password
      </Button>
      <Button variant="ghost" onClick={close}>
        Cancel
      </Button>
    </LiveForm>
  );
}
