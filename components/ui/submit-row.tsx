import type { ReactNode } from "react";
import { Button } from "./button";

interface SubmitRowProps {
  /** What the button says; while `pending`, `pendingLabel` instead, and the button cannot be pressed twice. */
  label: ReactNode;
  pendingLabel?: ReactNode;
  pending?: boolean;
  variant?: "primary" | "secondary";
  /** What the last send did, read out by screen readers as it changes. */
  status: ReactNode;
  className?: string;
}

/** A form's send button with the one status line beside it that says what happened. */
export function SubmitRow({ label, pendingLabel, pending = false, variant, status, className = "" }: SubmitRowProps) {
  return (
    <div className={`flex items-center gap-3 ${className}`}>
      <Button type="submit" variant={variant} busy={pending}>
        {pending && pendingLabel ? pendingLabel : label}
      </Button>
      <p aria-live="polite" className="text-sm">
        {status}
      </p>
    </div>
  );
}
