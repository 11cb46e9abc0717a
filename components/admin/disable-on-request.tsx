"use client";
import { useState } from "react";
import { useFocusBack } from "../ui/use-focus-back";
import type { PublicUser } from "@/db/reads/users";
import { Button } from "../ui/button";

/**
 * Disable or enable a user. Disabling locks them out and ends every session they have, so, as a
 * role change does (ChangeOnRequest), it asks first: "Disable" offers a button that names the
 * user and what follows, and Cancel. Enabling, which gives back what an admin took, is one press.
 */
export function DisableOnRequest({
  user,
  disabled,
  busy,
  onSave,
}: {
  user: Pick<PublicUser, "username" | "disabled">;
  disabled: boolean;
  busy: boolean;
  onSave: (disabled: boolean) => void;
}) {
  const [asking, setAsking] = useState(false);
  // The focus waits on the row's own button, which reads "Enable" once the change is saved.
  const [toggleRef, focusBack] = useFocusBack<HTMLButtonElement>(asking);
  const back = () => {
    focusBack();
    setAsking(false);
  };

  if (!asking)
    return (
      <Button
        ref={toggleRef}
        variant="secondary"
        disabled={disabled}
        busy={busy}
        onClick={() => (user.disabled ? onSave(false) : setAsking(true))}
      >
        {user.disabled ? "Enable" : "Disable"}
      </Button>
    );
  return (
    <div role="group" aria-label={`Disable ${user.username}?`} className="flex flex-wrap items-center gap-2">
      <Button
        variant="danger"
        autoFocus
        busy={busy}
        onClick={() => {
          onSave(true);
          back();
        }}
      >
        Disable {user.username} and end their sessions
      </Button>
      <Button variant="ghost" onClick={back}>
        Cancel
      </Button>
    </div>
  );
}
