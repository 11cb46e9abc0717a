"use client";
import { useEffect, useId, useRef } from "react";
import type { FormProblem } from "./use-exam-draft";

/** Puts the cursor in the control with `id`: a group of options takes it on its chosen (or first) option. */
export function focusField(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const control =
    target instanceof HTMLFieldSetElement
      ? (target.querySelector<HTMLInputElement>("input:checked") ?? target.querySelector<HTMLInputElement>("input"))
      : target;
  control?.focus();
  control?.scrollIntoView({ block: "center" });
}

/**
 * What stops a save, at the top of the form: it takes the focus at each save attempt (so it is
 * seen and read out at once, wherever the nurse was), and each entry is a link that puts the
 * cursor in its field. A problem with no field of its own (`linkTo` null) is listed as text.
 */
export function ErrorSummary({
  problems,
  attempt,
  linkTo,
}: {
  problems: readonly FormProblem[];
  /** Changes at each save attempt: the summary takes the focus again. */
  attempt: number;
  linkTo: (path: string) => string | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const shown = problems.length > 0;
  useEffect(() => {
    if (attempt > 0 && shown) {
      ref.current?.focus();
      ref.current?.scrollIntoView({ block: "start" });
    }
    // Only a new save attempt moves the focus, never a problem fixed meanwhile.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (!shown) return null;
  const heading =
    problems.length === 1 ? "1 thing to check before saving" : `${problems.length} things to check before saving`;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="region"
      aria-labelledby={headingId}
      className="rounded-lg border-2 border-red-700 bg-red-50 p-3 focus:outline-3 focus:outline-offset-2 focus:outline-red-700"
    >
      <h3 id={headingId} className="font-semibold text-red-900">
        <span aria-hidden="true">⚠ </span>
        {heading}
      </h3>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-5 text-sm">
        {problems.map((p) => {
          const id = linkTo(p.path);
          const text = `${p.label}: ${p.message}`;
          return (
            <li key={p.path}>
              {id ? (
                <a
                  href={`#${id}`}
                  className="text-red-900 underline"
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(id);
                  }}
                >
                  {text}
                </a>
              ) : (
                text
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
