"use client";
import { useEffect, useRef, useState } from "react";
import { useLoadedModule } from "@/lib/client/use-loaded-module";
import { Button } from "../ui/button";

/**
 * A user's new password, typed in the row and masked (ResetPasswordForm), instead of a browser
 * prompt that showed it in clear and could not say why a password was refused. Once it is set the
 * page's status line says so and the focus goes back to the row's button.
 */
export function ResetPassword({
  username,
  busy,
  onSet,
}: {
  username: string;
  busy: boolean;
  onSet: (password: string) => Promise<unknown>;
}) {
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const form = useLoadedModule(() => import("./reset-password-form"));
  // Once the form has gone, the focus goes back to the row's button, after the commit that brings
  // it back: a frame's wait raced the commit on a busy machine and left the focus on the page.
  const closing = useRef(false);
  useEffect(() => {
    if (open || !closing.current) return;
    closing.current = false;
    opener.current?.focus();
  }, [open]);

  if (!open || !form.loaded)
    return (
      <Button ref={opener} variant="secondary" onClick={() => void form.ensure().then(() => setOpen(true))}>
        Reset password
      </Button>
    );
  return (
    <form.loaded.ResetPasswordForm
      username={username}
      busy={busy}
      onSet={onSet}
      onClose={() => {
        closing.current = true;
        setOpen(false);
      }}
    />
  );
}
