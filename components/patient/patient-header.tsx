import { AppLink } from "@/components/ui/app-link";
import type { PatientReview } from "@/db/reads/patient-summary";
import { formatDay } from "@/lib/dates";

const SEX_LABEL: Record<PatientReview["patient"]["sex"], string> = {
  female: "female",
  male: "male",
  other: "other",
  unknown: "sex unknown",
};

/** Who the patient is, in one line a clinician checks before anything else; the page's actions beside it. */
export function PatientHeader({ review, actions }: { review: PatientReview; actions?: React.ReactNode }) {
  const { patient } = review;
  return (
    <header className="mb-3 flex flex-wrap items-start justify-between gap-3 border-b border-slate-300 pb-2">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">
          {patient.familyName}, {patient.givenName}
        </h1>
        <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
          <Item term="MRN">{patient.mrn}</Item>
          <Item term="Age">
            {review.age} years (born {formatDay(patient.birthDate)})
          </Item>
          <Item term="Sex">{SEX_LABEL[patient.sex]}</Item>
          <Item term="Height">{patient.heightCm} cm</Item>
          <Item term="Weight">{patient.weightKg} kg</Item>
          <Item term="BSA">{patient.bsa.toFixed(2)} m² (Mosteller)</Item>
        </dl>
        <p className="mt-1 text-sm text-slate-800">
          <span className="font-medium">Diagnosis:</span> {patient.diagnosis ?? "not recorded"}
          <span className="ml-4 font-medium">Risk factors:</span>{" "}
          {patient.riskFactors.length === 0 ? "none recorded" : patient.riskFactors.join(", ")}
        </p>
      </div>
      {actions && <div className="no-print flex flex-wrap gap-2">{actions}</div>}
    </header>
  );
}

function Item({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt className="font-medium">{term}:</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ActionLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <AppLink
      href={href}
      className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
    >
      {children}
    </AppLink>
  );
}
