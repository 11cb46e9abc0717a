// The patient's record as files for other systems. Plain links, not next/link: each is a
// download from the API (sent with the session cookie), never a page to navigate to or prefetch.
const LINK =
  "inline-flex items-center justify-center gap-2 rounded-md border border-slate-400 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700";

export function ExportButtons({ patientId, mrn }: { patientId: string; mrn: string }) {
  const base = `/api/patients/${encodeURIComponent(patientId)}`;
  return (
    <nav aria-label="Export the record" className="flex flex-wrap gap-2">
      {/* MRNs are letters, digits and hyphens (docs/api.md), and a browser cleans a download name itself. */}
      <a href={`${base}/fhir`} download={`cipn-watch-${mrn}.fhir.json`} className={LINK}>
        <span aria-hidden="true">⤓</span>
        Download FHIR bundle
      </a>
      {/* The server names this one (Content-Disposition). */}
      <a href={`${base}/flowsheet.csv`} download className={LINK}>
        <span aria-hidden="true">⤓</span>
        Download flowsheet (CSV)
      </a>
    </nav>
  );
}
