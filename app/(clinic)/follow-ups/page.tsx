import type { Metadata } from "next";
import { followUpsDue, type ApiFollowUp } from "@/db/reads/after-treatment";
import { FollowUpTable } from "@/components/after-treatment/follow-up-table";
import { PageHeader } from "@/components/page-header";
import { requirePageUser } from "@/lib/auth/page";
import { formatDay, shiftDay, today, weekStart } from "@/lib/dates";
import { isOverdue } from "@/lib/domain/follow-ups";

export const metadata: Metadata = { title: "Follow-ups" };

/** What is overdue from the last 90 days, then the next eight weeks. */
const LOOK_BACK_DAYS = 90;
const LOOK_AHEAD_WEEKS = 8;

/** Follow-up exams after treatment: overdue first, then week by week. */
export default async function FollowUpsPage() {
  await requirePageUser("/follow-ups");
  const day = today();
  const due = await followUpsDue(shiftDay(day, -LOOK_BACK_DAYS), shiftDay(weekStart(day), 7 * LOOK_AHEAD_WEEKS - 1));
  const overdue = due.filter((f) => isOverdue({ dueOn: f.dueOn, metOn: null }, day));
  const weeks = new Map<string, ApiFollowUp[]>();
  for (const f of due.filter((f) => !overdue.includes(f))) {
    const week = weekStart(f.dueOn);
    weeks.set(week, [...(weeks.get(week) ?? []), f]);
  }
  return (
    <>
      <PageHeader
        title="Follow-ups after treatment"
        subtitle={`Exams due 1, 3, 6 and 12 months after an agent's last dose, then yearly while the neuropathy lasts. An exam within 14 days of the due date meets it. ${overdue.length} overdue, ${due.length - overdue.length} in the next ${LOOK_AHEAD_WEEKS} weeks.`}
      />
      <section aria-labelledby="overdue" className="mb-8">
        <h2 id="overdue" className="mb-3 text-lg font-semibold">
          Overdue, due in the last {LOOK_BACK_DAYS} days ({overdue.length})
        </h2>
        {overdue.length ? (
          <FollowUpTable followUps={overdue} caption="Overdue follow-up exams, oldest first" />
        ) : (
          <p className="text-sm text-slate-700">Nothing overdue in the last {LOOK_BACK_DAYS} days.</p>
        )}
      </section>
      {[...weeks].map(([week, list]) => (
        <section key={week} aria-labelledby={`week-${week}`} className="mb-8">
          <h2 id={`week-${week}`} className="mb-3 text-lg font-semibold">
            Week of {formatDay(week)} ({list.length})
          </h2>
          <FollowUpTable followUps={list} caption={`Follow-up exams due in the week of ${formatDay(week)}`} />
        </section>
      ))}
      {weeks.size === 0 && (
        <p className="text-sm text-slate-700">No follow-up falls due in the next {LOOK_AHEAD_WEEKS} weeks.</p>
      )}
    </>
  );
}
