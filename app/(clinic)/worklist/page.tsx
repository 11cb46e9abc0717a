import type { Metadata } from "next";
import { AppLink } from "@/components/ui/app-link";
import { worklistPage } from "@/db/reads/worklist-page";
import { FollowUpsOnDay } from "@/components/after-treatment/follow-ups-on-day";
import { WorklistTable } from "@/components/worklist-table";
import { EmptyWorklist, WorklistViews, worklistHref } from "@/components/worklist/worklist-views";
import { SiteSwitch } from "@/components/sites/site-switch";
import { RefusedNotice } from "@/components/refused-notice";
import { DraftsAwaiting, DraftsAwaitingNotice } from "@/components/plans/drafts-awaiting";
import { listSites, siteShownOrHome } from "@/db/reads/sites";
import { requirePageUser } from "@/lib/auth/page";
import { formatDay, shiftDay, today } from "@/lib/dates";
import { WorklistQuery } from "@/lib/schemas/queries";
import { mayOpen } from "@/lib/access/pages";
import { mayCall } from "@/lib/schemas/endpoints";

export const metadata: Metadata = { title: "Worklist" };

const LINK = "inline-flex min-h-11 items-center gap-1 rounded-md border border-slate-400 bg-white px-3 text-sm";
/** A unit's day fits; a ward-wide day shows its most urgent rows first and the rest on request. */
const ROWS_SHOWN = 100;

export default async function WorklistPage({
  searchParams,
}: {
  searchParams: Promise<{ date?: string; filter?: string; q?: string; all?: string; site?: string; refused?: string }>;
}) {
  const user = await requirePageUser("/worklist");
  const { all, refused, ...asked } = await searchParams;
  // A hand-edited URL that the API would refuse shows today's full list rather than an error.
  const parsed = WorklistQuery.safeParse(asked);
  const { date = today(), filter, q = "", site: askedSite } = parsed.success ? parsed.data : WorklistQuery.parse({});
  const [sites, site] = await Promise.all([listSites(), siteShownOrHome(user.siteId, askedSite)]);
  const { list, followUps, drafts } = await worklistPage(date, user, { filter, q, siteId: site?.id });
  const rows = all === "1" ? list.patients : list.patients.slice(0, ROWS_SHOWN);
  // Every site's cycles at once: each row then says where it is given.
  const siteCodes =
    site === null && sites.length > 1 ? Object.fromEntries(sites.map((s) => [s.id, s.code])) : undefined;
  return (
    <>
      <RefusedNotice refused={refused} role={user.role} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold text-slate-900">
          {date === today() ? "Today's infusions" : "Infusions"}, {formatDay(date)}
          {/* A space, not just the margin: the heading's name read "2 Dec 202613 due" without it. */}{" "}
          <span className="ml-1 text-sm font-normal text-slate-700">
            {list.counts.all} due, {list.counts.all - list.counts["not-assessed"]} assessed
          </span>
        </h1>
        <nav aria-label="Other days" className="flex flex-wrap items-center gap-1">
          <AppLink href={worklistHref({ date: shiftDay(date, -1), filter, q, site: askedSite })} className={LINK}>
            <span aria-hidden="true">←</span>Previous day
          </AppLink>
          <form className="flex items-center gap-1">
            <label htmlFor="worklist-day" className="sr-only">
              Day
            </label>
            <input
              id="worklist-day"
              type="date"
              name="date"
              defaultValue={date}
              className="min-h-11 rounded-md border border-slate-500 px-2"
            />
            {askedSite && <input type="hidden" name="site" value={askedSite} />}
            <button className={LINK}>Show day</button>
          </form>
          <AppLink href={worklistHref({ date: shiftDay(date, 1), filter, q, site: askedSite })} className={LINK}>
            Next day<span aria-hidden="true">→</span>
          </AppLink>
          {date !== today() && (
            <AppLink href={worklistHref({ filter, q, site: askedSite })} className={LINK}>
              Today
            </AppLink>
          )}
          {mayOpen(user.role, "/patients/new") && (
            <AppLink href="/patients/new" className={LINK}>
              Register a patient
            </AppLink>
          )}
        </nav>
      </div>
      <WorklistViews date={date} filter={filter} q={q} site={askedSite} counts={list.counts}>
        <DraftsAwaitingNotice drafts={drafts} />
      </WorklistViews>
      {rows.length === 0 ? (
        <EmptyWorklist filter={filter} q={q} total={list.counts.all} />
      ) : (
        <WorklistTable rows={rows} bedside={mayCall(user.role, "recordAssessment")} siteCodes={siteCodes} />
      )}
      {all !== "1" && list.patients.length > ROWS_SHOWN && (
        <p className="mt-3 text-sm">
          The {ROWS_SHOWN} most urgent of {list.patients.length} cycles are shown.{" "}
          <AppLink
            href={`${worklistHref({ date, filter, q, site: askedSite })}&all=1`}
            className="text-brand-700 underline"
          >
            Show all {list.patients.length}
          </AppLink>
        </p>
      )}
      {/* Below the list: above it, it would push a full unit's rows off a 1366x768 screen. */}
      <div className="mt-3">
        <SiteSwitch
          action="/worklist"
          sites={sites}
          shown={site}
          homeSiteId={user.siteId}
          keep={{ date, filter: filter === "all" ? undefined : filter, q }}
        />
      </div>
      <FollowUpsOnDay followUps={followUps} dayText={date === today() ? "today" : `on ${formatDay(date)}`} />
      <DraftsAwaiting drafts={drafts} />
    </>
  );
}
