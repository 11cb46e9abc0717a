"use client";
import { AppLink } from "@/components/ui/app-link";
import type { AgentNames } from "@/components/exam/raised-alerts";
import { SaveOutcome } from "@/components/exam/save-outcome";
import type { ApiAlert } from "@/db/reads/alerts";
import { formatDay } from "@/lib/dates";
import { courseCreatedWords } from "./created-words";

export interface CreatedCourse {
  course: { name: string; cycles: { id: string; number: number; date: string }[] };
  alerts: ApiAlert[];
}

/** What a new course's save shows: what it raised, its cycles to open, and the way back to the patient. */
export function CourseCreated({
  created: { course, alerts },
  patientId,
  names,
}: {
  created: CreatedCourse;
  patientId: string;
  names: AgentNames;
}) {
  return (
    <div className="flex flex-col gap-4">
      <SaveOutcome message={courseCreatedWords(course)} alerts={alerts} names={names} />
      <ol aria-label="Scheduled cycles" className="grid gap-1 text-sm sm:grid-cols-3">
        {course.cycles.map((c) => (
          <li key={c.id}>
            <AppLink href={`/cycles/${c.id}`} className="text-brand-700 underline">
              Cycle {c.number}
            </AppLink>{" "}
            on {formatDay(c.date)}
          </li>
        ))}
      </ol>
      <AppLink href={`/patients/${patientId}`} className="text-brand-700 underline">
        Back to the patient
      </AppLink>
    </div>
  );
}
