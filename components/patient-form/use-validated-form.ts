"use client";
import { useState } from "react";
import type { z } from "zod/mini";
import { useLoadedModule } from "@/lib/client/use-loaded-module";
import { fieldErrors } from "@/lib/schemas/field-errors";

const required: z.core.$ZodErrorMap = (issue) => (issue.code === "invalid_type" ? "Required." : undefined);

/**
 * A form checked by its zod schema as the user types: a field's message shows once it is
 * touched (all of them after a save attempt), and the server's message for a field shows until
 * that field changes. The same schema checks the body on the server. The schema comes with
 * `loadSchema` (an `import()`) once the form is shown, not with the page (lib/client/use-loaded-module.ts).
 */
export function useValidatedForm<S extends z.ZodMiniType>(loadSchema: () => Promise<S>, toBody: () => unknown) {
  const schema = useLoadedModule(loadSchema);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const result = schema.loaded?.safeParse(toBody(), { error: required });
  const errors = result && !result.success ? fieldErrors(result.error) : {};

  return {
    touch(path: string) {
      setTouched((t) => new Set(t).add(path));
      setServerErrors((e) => {
        if (!(path in e)) return e;
        const { [path]: _gone, ...rest } = e;
        return rest;
      });
    },
    errorAt(path: string): string | undefined {
      const isTouched = [...touched].some((t) => path === t || path.startsWith(`${t}.`));
      return serverErrors[path] ?? (submitted || isTouched ? errors[path] : undefined);
    },
    /** Messages whose path no field shows (a refinement over the whole body). */
    otherErrors(shown: readonly string[]): string[] {
      if (!submitted) return [];
      return Object.entries({ ...errors, ...serverErrors })
        .filter(([path]) => !shown.some((s) => path === s || path.startsWith(`${s}.`)))
        .map(([, message]) => message);
    },
    /** A save attempt: every message shows, and a body that passes goes to `send`. */
    async submit(send: (body: z.output<S>) => void) {
      setSubmitted(true);
      const checked = result ?? (await schema.ensure()).safeParse(toBody(), { error: required });
      if (checked.success) send(checked.data);
    },
    setServerErrors,
  };
}
