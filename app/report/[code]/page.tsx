import type { Metadata } from "next";
import { Questionnaire } from "@/components/self-report/questionnaire";

export const metadata: Metadata = { title: "Your symptoms before treatment", robots: { index: false, follow: false } };

/**
 * The patient's questionnaire behind a one-time code: no sign-in, no navigation, no patient data
 * but the given name, which the questionnaire reads through the code itself (docs/api.md, "Patient
 * self-report"). Text at 18 px and more, buttons at 56 px, one column that reflows at 200% zoom.
 */
export default async function ReportPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col px-4 py-6 text-lg">
      <Questionnaire code={code} />
    </main>
  );
}
