import type { Metadata } from "next";
import Link from "next/link";
import { followUpsDue } from "@/db/after-treatment";
import { worklist } from "@/db/worklist";
import { FollowUpsOnDay } from "@/components/after-treatment/follow-ups-on-day";
import { PageHeader } from "@/components/page-header";
import { WorklistTable } from "@/components/worklist-table";
import { CLINICAL_ROLES, requirePageUser } from "@/lib/auth/page";
import { formatDay, shiftDay, today } from "@/lib/dates";
import { isoDay } from "@/lib/schemas/common";

export const metadata: Metadata = { title: "Worklist" };

const LINK = "rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
/** A unit's day fits; a ward-wide day shows its most urgent rows first and the rest on request. */
const ROWS_SHOWN = 100;

export default async function WorklistPage({
  searchParams,
}: {
  searchParams: Promise<{ date?: string; all?: string }>;
}) {
  const user = await requirePageUser(CLINICAL_ROLES);
  const { date: requested, all } = await searchParams;
  const date = isoDay.safeParse(requested).success ? requested! : today();
  const list = await worklist(date);
  const followUps = await followUpsDue(date, date);
  const assessed = list.patients.filter((p) => p.assessed).length;
  return (
    <>
      <PageHeader
        title={date === today() ? "Today's infusions" : `Infusions on ${formatDay(date)}`}
        subtitle={`${list.patients.length} due, ${assessed} assessed. Most urgent first: critical alerts, then warnings, then patients not yet assessed.`}
        actions={
          <nav aria-label="Other days" className="flex flex-wrap items-end gap-2">
            <Link href={`/worklist?date=${shiftDay(date, -1)}`} className={LINK}>
              <span aria-hidden="true">← </span>Previous day
            </Link>
            <form className="flex items-end gap-2">
              <label className="flex flex-col text-sm font-medium">
                Day
                <input
                  type="date"
                  name="date"
                  defaultValue={date}
                  className="rounded-md border border-slate-400 px-2 py-1.5"
                />
              </label>
              <button className={LINK}>Show</button>
            </form>
            <Link href={`/worklist?date=${shiftDay(date, 1)}`} className={LINK}>
              Next day<span aria-hidden="true"> →</span>
            </Link>
            {date !== today() && (
              <Link href="/worklist" className={LINK}>
                Today
              </Link>
            )}
            {(user.role === "nurse" || user.role === "oncologist") && (
              <Link href="/patients/new" className={LINK}>
                Register a patient
              </Link>
            )}
          </nav>
        }
      />
      <WorklistTable
        rows={all === "1" ? list.patients : list.patients.slice(0, ROWS_SHOWN)}
        canInvite={user.role === "nurse" || user.role === "oncologist"}
      />
      {all !== "1" && list.patients.length > ROWS_SHOWN && (
        <p className="mt-3 text-sm">
          The {ROWS_SHOWN} most urgent of {list.patients.length} cycles are shown.{" "}
          <Link href={`/worklist?date=${date}&all=1`} className="text-brand-700 underline">
            Show all {list.patients.length}
          </Link>
        </p>
      )}
      <FollowUpsOnDay followUps={followUps} dayText={date === today() ? "today" : `on ${formatDay(date)}`} />
    </>
  );
}
