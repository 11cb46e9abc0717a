"use client";
import type { ComponentProps } from "react";
import { useHydrated } from "@/lib/client/use-hydrated";

/**
 * A form the page's code sends (onSubmit), whose controls stay disabled until that code runs.
 * A slow tablet shows the server's HTML a second or more before then, and when React takes the
 * page over it sets each controlled field back to the value it holds: what was typed meanwhile
 * would be gone without a word, a dose typed over the planned one back at the plan's (the
 * decisions e2e typed 100000 over a reduced 70 mg/m2 and found 70). Disabled, the fields say
 * "not yet" and take nothing. A form mounted once the page is live (a dialog, a form opened by a
 * button) is enabled from its first frame. It is posted, never a GET, should a browser send it
 * before then (tests/architecture/forms.test.ts).
 */
export function LiveForm({ children, ...props }: Omit<ComponentProps<"form">, "method">) {
  const live = useHydrated();
  return (
    <form method="post" {...props}>
      {/* Only its `disabled` counts: no box (contents) and no group in the accessibility tree (none). */}
      <fieldset disabled={!live} role="none" className="contents">
        {children}
      </fieldset>
    </form>
  );
}
