"use client";
import { useState } from "react";
import { useFocusBack } from "@/components/ui/use-focus-back";
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
  const [open, setOpen] = useState(false);
  const form = useLoadedModule(() => import("./reset-password-form"));
  // Once the form has gone, the focus goes back to the row's button.
  const [openerRef, focusBack] = useFocusBack<HTMLButtonElement>(open);

  if (!open || !form.loaded)
    return (
      <Button ref={openerRef} variant="secondary" onClick={() => void form.ensure().then(() => setOpen(true))}>
        Reset password
      </Button>
    );
  return (
    <form.loaded.ResetPasswordForm
      username={username}
      busy={busy}
      onSet={onSet}
      onClose={() => {
        focusBack();
        setOpen(false);
      }}
    />
  );
}
