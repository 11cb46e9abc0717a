import type { Metadata } from "next";
import { worklist } from "@/db/worklist";
import { PageHeader } from "@/components/page-header";
import { WorklistTable } from "@/components/worklist-table";
import { CLINICAL_ROLES, requirePageUser } from "@/lib/auth/page";
import { today } from "@/lib/dates";
import { isoDay } from "@/lib/schemas/common";

export const metadata: Metadata = { title: "Worklist" };

export default async function WorklistPage({ searchParams }: { searchParams: Promise<{ date?: string }> }) {
  await requirePageUser(CLINICAL_ROLES);
  const requested = (await searchParams).date;
  const date = isoDay.safeParse(requested).success ? requested! : today();
  const list = await worklist(date);
  return (
    <>
      <PageHeader
        title={date === today() ? "Today's infusions" : `Infusions on ${date}`}
        subtitle="Most urgent first: critical alerts, then warnings, then patients not yet assessed."
        actions={
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
            <button className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">Show</button>
          </form>
        }
      />
      <WorklistTable rows={list.patients} />
    </>
  );
}
