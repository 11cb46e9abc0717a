import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { codeProblem, selfReportCode } from "@/lib/schemas/self-report";
import { CODE_LENGTH } from "@/lib/self-report-questions";

export const metadata: Metadata = { title: "Your symptoms before treatment", robots: { index: false, follow: false } };

/**
 * The questionnaire's address typed without its code (or a code typed wrong): the patient types the
 * code from the clinic's slip, in any case and with or without spaces, and goes on to
 * /report/{code}. A plain form, so it works before any script has run.
 */
export default async function ReportCodePage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const typed = (await searchParams).code;
  const code = typed === undefined ? null : selfReportCode.safeParse(typed);
  if (code?.success) redirect(`/report/${code.data}`);
  const wrong = code !== null;
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col gap-4 px-4 py-6 text-lg">
      <h1 className="text-2xl font-semibold">Your symptoms before treatment</h1>
      <p>Scan the code the clinic gave you, or type its {CODE_LENGTH} letters and digits here.</p>
      <form action="/report" className="flex flex-col gap-3">
        <label htmlFor="code" className="font-medium">
          Your code
        </label>
        <input
          id="code"
          name="code"
          defaultValue={typed}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={wrong}
          aria-describedby={wrong ? "code-error" : undefined}
          className="min-h-14 rounded-md border-2 border-slate-500 px-3 text-xl tracking-widest"
        />
        {wrong && (
          <p id="code-error" className="text-red-800">
            {codeProblem(typed ?? "")} Or ask the nurse.
          </p>
        )}
        <button className="min-h-14 rounded-md border-2 border-brand-800 bg-brand-700 px-4 text-white">Continue</button>
      </form>
    </main>
  );
}
