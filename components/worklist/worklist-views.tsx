import { WORKLIST_FILTERS, type WorklistFilter } from "@/lib/domain/worklist";

/** The worklist's URL for a day, a view and a search; defaults are left out. */
export function worklistHref({
  date,
  filter,
  q,
  site,
}: {
  date?: string;
  filter?: WorklistFilter;
  q?: string;
  /** The site asked for (a code, or `all`); left out, the user's own (docs/sites.md). */
  site?: string;
}): string {
  const params = new URLSearchParams();
  if (date) params.set("date", date);
  if (filter && filter !== "all") params.set("filter", filter);
  if (q) params.set("q", q);
  if (site) params.set("site", site);
  const query = params.toString();
  return query ? `/worklist?${query}` : "/worklist";
}

const LABEL: Record<WorklistFilter, string> = {
  all: "All",
  "not-assessed": "Not yet assessed",
  alerts: "Has alerts",
  held: "Held",
};

const CONTROL = "inline-flex min-h-11 items-center rounded-md border px-3 text-sm";

/**
 * The view shown is filled; the held view, while it holds any, stands out as a hold does at the
 * chair (components/dose/agent-state-view.tsx): a held patient examined with nothing open sorts
 * to the foot of the list, below the fold of a tablet, while the dose at her chair must not be
 * given (docs/clinical-rules.md, "Alert design").
 */
function viewStyle(view: WorklistFilter, shown: WorklistFilter, counts: Record<WorklistFilter, number>): string {
  if (view === shown) return "border-brand-700 bg-brand-700 font-semibold text-white";
  if (view === "held" && counts.held > 0) return "border-2 border-red-700 bg-red-50 font-semibold text-red-900";
  return "border-slate-400 bg-white text-slate-900 hover:bg-slate-100";
}

/**
 * The views of the day (each a link, so the view is in the URL and the back button keeps it)
 * with how many rows each holds, and the search on name or MRN; `children` go between the two.
 */
export function WorklistViews({
  date,
  filter,
  q,
  site,
  counts,
  children,
}: {
  date: string;
  filter: WorklistFilter;
  q: string;
  site?: string;
  counts: Record<WorklistFilter, number>;
  children?: React.ReactNode;
}) {
  /** The rows the search found in the view shown. */
  const found = counts[filter];
  return (
    <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
      <nav aria-label="Views of the worklist">
        <ul className="flex gap-1">
          {WORKLIST_FILTERS.map((f) => (
            <li key={f}>
              <a
                href={worklistHref({ date, filter: f, q, site })}
                aria-current={f === filter ? "page" : undefined}
                className={`${CONTROL} whitespace-nowrap ${viewStyle(f, filter, counts)}`}
              >
                {f === "held" && counts.held > 0 && <span aria-hidden="true">‖ </span>}
                {LABEL[f]}
                <span className="ml-1 tabular-nums">({counts[f]})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {children}
      <form role="search" aria-label="This day's worklist" action="/worklist" className="flex items-center gap-1">
        <input type="hidden" name="date" value={date} />
        {filter !== "all" && <input type="hidden" name="filter" value={filter} />}
        {site && <input type="hidden" name="site" value={site} />}
        <label htmlFor="worklist-search" className="text-sm font-medium">
          Find on this list
        </label>
        {/* A search reloads the page (a plain GET form, no script needed), which left the focus on the
            page's top, some 50 Tabs above the rows. Landing on the field itself, as an exam form's first
            field does (components/exam/exam-form.tsx), puts the rows a few Tabs away and lets the search be
            corrected; the browser honours autofocus as the page loads. A screen reader hears the count. */}
        {q && (
          <span id="worklist-found" className="sr-only">
            {found === 0 ? "None found" : `${found} found`}
          </span>
        )}
        <input
          id="worklist-search"
          name="q"
          type="search"
          defaultValue={q}
          autoFocus={q !== ""}
          aria-describedby={q ? "worklist-found" : undefined}
          placeholder="Name or MRN"
          maxLength={200}
          className="min-h-11 w-44 rounded-md border border-slate-500 px-3 text-sm"
        />
        <button className={`${CONTROL} border-slate-400 bg-white font-medium`}>Find</button>
        {q && (
          <a
            href={worklistHref({ date, filter, site })}
            className={`${CONTROL} border-transparent text-brand-700 underline`}
          >
            Clear
          </a>
        )}
      </form>
    </div>
  );
}

/** What an empty list means: nothing that day, nothing in this view, or nothing found. */
export function EmptyWorklist({ filter, q, total }: { filter: WorklistFilter; q: string; total: number }) {
  const text = q
    ? `No patient on this day's list matches "${q}".`
    : total === 0
      ? "No cycles are planned for this day."
      : `No cycle on this day is in the view "${LABEL[filter]}".`;
  return <p className="rounded-lg border border-slate-300 bg-white p-6 text-slate-700">{text}</p>;
}
