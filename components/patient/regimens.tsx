import { AppLink } from "@/components/ui/app-link";
import type { PatientReview } from "@/db/reads/patient-summary";
import { plannedDose } from "@/lib/domain/dose";
import { agentName, bodyOf, changeText, formatDose, settingAfter, type Body } from "./format";

type CourseAgent = PatientReview["courses"][number]["agents"][number];

/**
 * "Oxaliplatin 75 mg/m² IV (reduced from 85 mg/m²)", "Oxaliplatin IV: held, no dose planned
 * (prescribed 85 mg/m², reduced by decision to 75 mg/m²)": the agent as its next cycle plans it.
 */
function agentInWords(a: CourseAgent, body: Body): string {
  const planned = plannedDose(a, body);
  const route = a.route ? ` ${a.route}` : "";
  const times = a.administrationsPerCycle > 1 ? `, ${a.administrationsPerCycle} administrations per cycle` : "";
  if (planned.dose === null) {
    // Held at a dose a decision reduced: the reduction stands once the hold is lifted, so it is said.
    const reduced = a.currentDose < a.dose ? `, reduced by decision to ${formatDose(a.currentDose, a.unit)}` : "";
    return `${agentName(a.agent)}${route}: ${planned.status}, no dose planned (prescribed ${formatDose(a.dose, a.unit)}${reduced})`;
  }
  return `${agentName(a.agent)} ${formatDose(planned.dose, a.unit)}${route}${times}${changeText(planned)}`;
}
import { formatDay } from "@/lib/dates";

/** "From 20 Oct 2026, every 14 days: 3 of 12 cycles given": where a course stands. */
function courseProgress(course: PatientReview["courses"][number]): string {
  const given = course.cycles.filter((c) => c.status === "given").length;
  return `From ${formatDay(course.startDate)}, every ${course.cycleLengthDays} days: ${given} of ${course.cycles.length} cycles given`;
}

/** The regimens for the printed summary: one line per course, its agents as the next cycle plans them. */
export function RegimenLines({ review }: { review: PatientReview }) {
  const body = bodyOf(review.patient);
  if (review.courses.length === 0) return <p className="text-sm">No course yet.</p>;
  return review.courses.map((course) => (
    <p key={course.id} className="text-sm">
      <span className="font-medium">
        {course.name}
        {settingAfter(course)}
      </span>
      {`. ${courseProgress(course)}. `}
      {course.agents.map((a) => agentInWords(a, body)).join("; ")}.
    </p>
  ));
}

/** Each course with its agents at their current doses and states, and where it stands (cycles given of planned). */
export function Regimens({ review, canAddCourse }: { review: PatientReview; canAddCourse: boolean }) {
  const patientId = review.patient.id;
  const body = bodyOf(review.patient);
  return (
    <section aria-labelledby="regimens" className="rounded-lg border border-slate-300 bg-white p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="regimens" className="text-lg font-semibold">
          Regimens
        </h2>
        {canAddCourse && (
          <AppLink href={`/patients/${patientId}/courses/new`} className="no-print text-sm text-brand-700 underline">
            Add course
          </AppLink>
        )}
      </div>
      {review.courses.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">No course yet.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-3 text-sm">
          {review.courses.map((course) => {
            const next = course.cycles.find((c) => c.status === "planned");
            return (
              <li key={course.id}>
                <p className="font-medium">
                  {course.name}
                  <span className="font-normal">{settingAfter(course)}</span>
                </p>
                <p className="text-slate-700">
                  {courseProgress(course)}
                  {next ? `; next: cycle ${next.number} on ${formatDay(next.date)}` : ""}
                </p>
                <ul className="list-inside list-disc">
                  {course.agents.map((a) => (
                    <li key={a.agent}>{agentInWords(a, body)}</li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
