import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { listPatients } from "@/db/reads/patients";
import { PageHeader } from "@/components/page-header";
import { requirePageUser } from "@/lib/auth/page";
import { PatientQuery } from "@/lib/schemas/patient";
import { formatDay } from "@/lib/dates";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requirePageUser("/patients");
  const { q } = await searchParams;
  const query = PatientQuery.safeParse({ q });
  const patients = await listPatients(query.success ? query.data : { limit: 100, offset: 0 });
  return (
    <>
      <PageHeader title="Patients" subtitle={q ? `Matching “${q}”` : "All patients"} />
      <form role="search" className="mb-4 flex gap-2">
        <label htmlFor="q" className="sr-only">
          Name or MRN
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Name or MRN"
          className="w-72 rounded-md border border-slate-400 px-3 py-2"
        />
        <button className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white">Search</button>
      </form>
      {patients.length === 0 ? (
        <p>No patient matches.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
          {patients.map((p) => (
            <li key={p.id} className="px-4 py-3">
              <AppLink href={`/patients/${p.id}`} className="font-medium text-brand-700 underline">
                {p.familyName}, {p.givenName}
              </AppLink>{" "}
              <span className="text-sm text-slate-700">
                MRN {p.mrn} · born {formatDay(p.birthDate)} · BSA {p.bsa.toFixed(2)} m²
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
