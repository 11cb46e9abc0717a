import type { Metadata } from "next";
import { readAlertAnalytics } from "@/db/commands/analytics";
import { CsvDownloadButton } from "@/components/after-treatment/csv-download-button";
import { alertKindLabel } from "@/components/alerts/alert-words";
import { PageHeader } from "@/components/page-header";
import { requirePageUser } from "@/lib/auth/page";
import { formatDay, shiftDay, today } from "@/lib/dates";
import { findAgent } from "@/lib/domain/agents";
import { REVISIT_MIN_ALERTS, REVISIT_PROCEED_SHARE } from "@/lib/domain/alert-analytics";
import { PeriodQuery } from "@/lib/schemas/queries";
import { ColumnHeads } from "@/components/ui/column-heads";

export const metadata: Metadata = { title: "Alert analytics" };

const CELL = "px-3 py-2 text-right";
const HEAD = "px-3 py-2 text-left";
const share = (s: number | null) => (s === null ? "none decided" : `${Math.round(s * 100)}%`);
/** Hours up to two days; beyond, days (an alert raised by a dose waits for the next cycle's review). */
const hours = (h: number | null) =>
  h === null ? "none decided" : h < 48 ? `${h} h` : `${Math.round((h / 24) * 10) / 10} days`;
const rate = (r: number | null) => (r === null ? "no exams" : `${r}`);
const agentName = (code: string) => findAgent(code)?.name ?? code;
const monthName = (month: string) => formatDay(`${month}-01`).replace(/^1 /, "");

/** Per alert kind and agent: how often it fires, how it is decided, how fast; rules to revisit. Reading it is audited. */
export default async function AlertAnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const user = await requirePageUser("/analytics/alerts");
  const asked = PeriodQuery.safeParse(await searchParams);
  const to = (asked.success && asked.data.to) || today();
  const from = (asked.success && asked.data.from) || shiftDay(to, -364);
  const report = await readAlertAnalytics(user.id, from, to);
  return (
    <>
      <PageHeader
        title="Alert analytics"
        subtitle={`Alerts raised from ${formatDay(from)} to ${formatDay(to)}, against ${report.assessments} exams recorded then. An alert that is nearly always decided "proceed" is a rule to look at again.`}
        actions={<CsvDownloadButton url={`/api/analytics/alerts?from=${from}&to=${to}`} label="Download as CSV" />}
      />
      <form className="mb-6 flex flex-wrap items-end gap-3" aria-label="Period">
        <label className="flex flex-col text-sm font-medium">
          From
          <input
            type="date"
            name="from"
            defaultValue={from}
            className="rounded-md border border-slate-400 px-2 py-1.5"
          />
        </label>
        <label className="flex flex-col text-sm font-medium">
          To
          <input type="date" name="to" defaultValue={to} className="rounded-md border border-slate-400 px-2 py-1.5" />
        </label>
        <button className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">Show</button>
        {!asked.success && (
          <p role="alert" className="text-sm text-red-700">
            That period is not valid; showing the last 12 months.
          </p>
        )}
      </form>

      <section aria-labelledby="revisit" className="mb-8">
        <h2 id="revisit" className="mb-1 text-lg font-semibold">
          Rules to revisit ({report.revisit.length})
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          {REVISIT_MIN_ALERTS} or more alerts, {Math.round(REVISIT_PROCEED_SHARE * 100)}% or more of the decisions
          &quot;proceed&quot;.
        </p>
        {report.revisit.length === 0 ? (
          <p className="text-sm text-slate-700">No rule meets both in this period.</p>
        ) : (
          <ul className="list-disc pl-6 text-sm">
            {report.revisit.map((r) => (
              <li key={`${r.kind}-${r.agent}`}>
                <strong>{alertKindLabel(r.kind)}</strong> ({r.kind}), {agentName(r.agent)}: {r.raised} alerts,{" "}
                {share(r.proceedShare)} decided proceed
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="by-kind" className="mb-8">
        <h2 id="by-kind" className="mb-3 text-lg font-semibold">
          By kind and agent
        </h2>
        {report.rows.length === 0 ? (
          <p className="text-sm text-slate-700">No alert was raised in this period.</p>
        ) : (
          <div className="relative overflow-x-auto rounded-md border border-slate-300 bg-white">
            <table className="min-w-full text-sm">
              <caption className="sr-only">Alerts per kind and agent, most raised first</caption>
              <ColumnHeads
                names={[
                  "Kind",
                  "Agent",
                  "Raised",
                  "Per 100 exams",
                  "Decided",
                  "Decided proceed",
                  "Median time to decide",
                  "90th centile time to decide",
                  "Entered in error",
                ]}
                cellClass={(i) => (i < 2 ? HEAD : CELL)}
              />
              <tbody>
                {report.rows.map((r) => (
                  <tr key={`${r.kind}-${r.agent}`} className="border-t border-slate-200">
                    <th scope="row" className={`${HEAD} font-normal`}>
                      {alertKindLabel(r.kind)} <span className="text-xs text-slate-700">({r.kind})</span>
                    </th>
                    <td className={HEAD}>{agentName(r.agent)}</td>
                    <td className={CELL}>{r.raised}</td>
                    <td className={CELL}>{rate(r.per100Assessments)}</td>
                    <td className={CELL}>{r.acknowledged}</td>
                    <td className={CELL}>{share(r.proceedShare)}</td>
                    <td className={CELL}>{hours(r.medianHoursToDecision)}</td>
                    <td className={CELL}>{hours(r.p90HoursToDecision)}</td>
                    <td className={CELL}>{`${Math.round(r.enteredInErrorShare * 100)}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="by-month">
        <h2 id="by-month" className="mb-3 text-lg font-semibold">
          By month
        </h2>
        {report.months.length === 0 && (
          <p className="text-sm text-slate-700">No exam was recorded and no alert raised in this period.</p>
        )}
        {report.months.length > 0 && (
          <table className="text-sm">
            <caption className="sr-only">Alerts and exams per month, oldest first</caption>
            <ColumnHeads
              names={["Month", "Exams", "Alerts", "Per 100 exams", "Decided proceed"]}
              cellClass={(i) => (i === 0 ? HEAD : CELL)}
            />
            <tbody>
              {report.months.map((m) => (
                <tr key={m.month} className="border-t border-slate-200">
                  <th scope="row" className={`${HEAD} font-normal`}>
                    {monthName(m.month)}
                  </th>
                  <td className={CELL}>{m.assessments}</td>
                  <td className={CELL}>{m.raised}</td>
                  <td className={CELL}>{rate(m.per100Assessments)}</td>
                  <td className={CELL}>{share(m.proceedShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
