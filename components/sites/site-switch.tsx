import { Select } from "@/components/ui/field";
import type { ApiSite } from "@/db/reads/sites";
import { siteLabel } from "@/lib/domain/sites";

/**
 * Which site a list shows (the select shows the one chosen), on one line: the user's own by default, another, or all (docs/sites.md). A plain GET
 * form, so the choice lives in the address; `keep` carries the list's other parameters. With one
 * site there is nothing to choose, and nothing is shown.
 */
export function SiteSwitch({
  action,
  sites,
  shown,
  homeSiteId,
  keep,
}: {
  action: string;
  sites: readonly ApiSite[];
  shown: ApiSite | null;
  homeSiteId: string;
  keep: Record<string, string | undefined>;
}) {
  if (sites.length <= 1) return null;
  return (
    <form action={action} aria-label="Site shown" className="flex items-center gap-1">
      {Object.entries(keep).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <label htmlFor="site-switch" className="text-sm font-medium">
        Site
      </label>
      {/* At most 16rem wide, however long a site's name: the open list keeps the full text. */}
      <Select id="site-switch" name="site" defaultValue={shown?.code ?? "all"} className="min-h-11 max-w-64 truncate">
        {sites.map((s) => (
          <option key={s.id} value={s.code}>
            {siteLabel(s)}
            {s.id === homeSiteId ? ", your site" : ""}
          </option>
        ))}
        <option value="all">All sites</option>
      </Select>
      <button className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-3 text-sm font-medium">
        Show
      </button>
    </form>
  );
}
