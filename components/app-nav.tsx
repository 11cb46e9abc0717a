import { AppLink } from "@/components/ui/app-link";
import { mayOpen, type PagePath } from "@/lib/access/pages";
import type { Role } from "@/lib/domain/codes";
import { SignOutButton } from "./sign-out-button";

// Who sees each link is the page table's (lib/access/pages.ts): a link shows only where it opens.
const LINKS: { href: PagePath; label: string }[] = [
  { href: "/worklist", label: "Worklist" },
  { href: "/alerts", label: "Open alerts" },
  { href: "/patients", label: "Patients" },
  { href: "/follow-ups", label: "Follow-ups" },
  { href: "/recovery", label: "Recovery" },
  { href: "/analytics/alerts", label: "Alert analytics" },
  { href: "/agents", label: "Agent library" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/audit", label: "Audit trail" },
];

const ROLE_LABEL: Record<Role, string> = {
  nurse: "Nurse",
  oncologist: "Oncologist",
  pharmacist: "Pharmacist",
  admin: "Administrator",
};

/**
 * One row from 1280 px wide, for the role with the most links (the oncologist's seven) and a
 * name of any length; on a tablet the links (and from 1024 px the patient search; below it the
 * Patients page searches) get a row of their own, never a wrapped menu. Every link and button is
 * at least 44 px tall, for a finger.
 */
export function AppNav({ user }: { user: { displayName: string; role: Role } }) {
  return (
    <header className="no-print bg-brand-700 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 px-4 py-0.5 xl:flex-nowrap">
        <AppLink href="/" className="flex min-h-11 items-center whitespace-nowrap text-lg font-semibold tracking-tight">
          CIPN Watch
        </AppLink>
        <div className="order-last flex w-full items-center gap-2 xl:order-none xl:w-auto xl:flex-1">
          <nav aria-label="Main" className="flex-1">
            <ul className="flex gap-1">
              {LINKS.filter((l) => mayOpen(user.role, l.href)).map((l) => (
                <li key={l.href}>
                  <AppLink
                    href={l.href}
                    className="flex min-h-11 items-center whitespace-nowrap rounded-md px-2 text-sm hover:bg-brand-800"
                  >
                    {l.label}
                  </AppLink>
                </li>
              ))}
            </ul>
          </nav>
          {user.role !== "admin" && (
            <form action="/patients" role="search" aria-label="All patients" className="hidden items-center lg:flex">
              <label htmlFor="patient-search" className="sr-only">
                Search patients by name or MRN
              </label>
              <input
                id="patient-search"
                name="q"
                type="search"
                placeholder="Name or MRN"
                className="min-h-11 w-48 rounded-md border border-brand-100 bg-white px-3 text-sm text-slate-900"
              />
            </form>
          )}
        </div>
        {/* Name above role, the name cut short past 160 px (the title says it whole): beside the
            oncologist's seven links and the search, one line of both pushed "Sign out" off a 1280 px screen. */}
        <span className="ml-auto text-sm xl:ml-0" data-testid="signed-in-user">
          <span className="block max-w-40 truncate" title={user.displayName}>
            {user.displayName}
          </span>
          <span className="block whitespace-nowrap text-xs">{ROLE_LABEL[user.role]}</span>
        </span>
        <SignOutButton />
      </div>
    </header>
  );
}
