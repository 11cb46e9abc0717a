import type { CycleDetail } from "@/db/reads/cycle-detail";
import { alertKindLabel } from "@/components/alerts/alert-words";
import { formatDose } from "@/components/patient/format";
import { decidesTheDose } from "@/lib/domain/codes";
import { checkPlannedCycle, cumulativeDose, cycleDose, plannedBefore } from "@/lib/domain/dose";
import { termsFor } from "@/lib/domain/plans";
import type { Body } from "@/components/patient/format";

type CourseAgent = CycleDetail["course"]["agents"][number];

/** "cycle 7", "cycles 7 and 8", "cycles 2, 3 and 4". */
function cyclesText(cycles: readonly { number: number }[]): string {
  const numbers = cycles.map((c) => c.number);
  if (numbers.length === 1) return `cycle ${numbers[0]}`;
  return `cycles ${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
}

/** A finding the pharmacist must act on: marked and said in words, never by colour alone. */
const Flag = ({ children }: { children: React.ReactNode }) => (
  <strong className="font-semibold">
    <span aria-hidden="true">■ </span>
    {children}
  </strong>
);

/**
 * Under a planned dose: the cycle's total, the cap in force and the cumulative dose once the cycle
 * is given, each against its figure (lib/domain/dose.ts, `checkPlannedCycle`), and any alert on
 * the agent still awaiting the oncologist. Before, a dose past its cap or a cycle past the limit
 * read like any other, and only the badge of another cycle hinted at it.
 */
export function PlannedChecks({
  detail,
  courseAgent,
  dose,
  body,
  planned,
}: {
  detail: CycleDetail;
  courseAgent: CourseAgent;
  dose: number;
  body: Body;
  /** The cycle the dose is planned for. */
  planned: { id: string; number: number; date: string };
}) {
  const { agent, unit, administrationsPerCycle } = courseAgent;

  const terms = termsFor(agent, detail.record.plansInForce);
  // The planned cycle's own doses already given count in its total, not before it.
  const givenInPlanned = cycleDose(detail.record.doses, planned.id, agent);
  // The cycles still planned before this one count too, as given at their dose in force.
  const between = plannedBefore(detail.record.courses, agent, { id: planned.id, date: planned.date });
  const counting = between.cycles.length > 0 ? `, counting ${cyclesText(between.cycles)} as planned` : "";
  const check = checkPlannedCycle({
    agent,
    dose,
    administrations: administrationsPerCycle,
    doseLevel: courseAgent.currentDose,
    body,
    terms,
    cumulativeBefore: cumulativeDose(detail.record.doses, agent) - givenInPlanned + between.amount,
  });
  const awaiting = detail.openAlerts.filter((a) => a.agent === agent && decidesTheDose(a.kind));
  const { cap } = check;
  const limit = terms.cumulativeLimit;
  return (
    <ul className="flex flex-col gap-0.5 text-xs">
      <li>
        Per cycle: {formatDose(check.perCycle, unit)}
        {administrationsPerCycle > 1 ? ` (${administrationsPerCycle} × ${formatDose(dose, unit)})` : ""}.
      </li>
      <li>
        {cap === null ? (
          "Cap: none in force."
        ) : cap.exceeded ? (
          <Flag>
            {formatDose(cap.amount, cap.unit)} {cap.unit === "mg" ? "per administration" : "a cycle"} is PAST the cap of{" "}
            {formatDose(cap.cap, cap.unit)}.
          </Flag>
        ) : (
          `Cap: ${formatDose(cap.amount, cap.unit)} ${cap.unit === "mg" ? "per administration" : "a cycle"}, within ${formatDose(cap.cap, cap.unit)}.`
        )}
      </li>
      <li>
        {limit === null ? (
          `Cumulative after cycle ${planned.number}${counting}: ${formatDose(check.cumulativeAfter, unit)}; no limit set.`
        ) : check.reachesLimit ? (
          <Flag>
            Cumulative after cycle {planned.number}
            {counting}: {formatDose(check.cumulativeAfter, unit)}, {check.pastLimit ? "PAST" : "AT"} the limit of{" "}
            {formatDose(limit, unit)}.
          </Flag>
        ) : (
          `Cumulative after cycle ${planned.number}${counting}: ${formatDose(check.cumulativeAfter, unit)} of the ${formatDose(limit, unit)} limit.`
        )}
      </li>
      {awaiting.map((a) => (
        <li key={a.id}>
          <Flag>Awaiting the oncologist: {alertKindLabel(a.kind).toLowerCase()}.</Flag>
        </li>
      ))}
    </ul>
  );
}
