import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";

const STYLES: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 disabled:bg-slate-400 aria-disabled:bg-slate-400",
  secondary:
    "bg-white text-slate-900 border border-slate-400 hover:bg-slate-100 disabled:text-slate-500 aria-disabled:text-slate-500",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400 aria-disabled:bg-slate-400",
  ghost: "text-brand-700 hover:bg-brand-50 underline-offset-2 hover:underline",
};

/**
 * `busy`: what the button sent is on its way, so it cannot be pressed again. It stays focusable
 * (aria-disabled, its presses ignored): a `disabled` button drops the focus to the page's top, and
 * a keyboard user who pressed it would start again from there.
 */
export function Button({
  variant = "primary",
  className = "",
  busy = false,
  onClick,
  ...props
}: ComponentProps<"button"> & { variant?: Variant; busy?: boolean }) {
  return (
    <button
      className={`inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed aria-disabled:cursor-not-allowed ${STYLES[variant]} ${className}`}
      aria-disabled={busy || undefined}
      // A press while busy, or Enter in one of the form's fields, is a click here: cancelled, nothing is sent twice.
      onClick={busy ? (event) => event.preventDefault() : onClick}
      {...props}
    />
  );
}
