import Link from "next/link";
import type { Role } from "@/lib/domain/codes";
import { SignOutButton } from "./sign-out-button";

const LINKS: { href: string; label: string; roles: readonly Role[] }[] = [
  { href: "/worklist", label: "Worklist", roles: ["nurse", "oncologist", "pharmacist"] },
  { href: "/alerts", label: "Open alerts", roles: ["nurse", "oncologist", "pharmacist"] },
  { href: "/patients", label: "Patients", roles: ["nurse", "oncologist", "pharmacist"] },
  { href: "/follow-ups", label: "Follow-ups", roles: ["nurse", "oncologist", "pharmacist"] },
  { href: "/recovery", label: "Recovery", roles: ["nurse", "oncologist", "pharmacist"] },
  { href: "/analytics/alerts", label: "Alert analytics", roles: ["oncologist", "pharmacist"] },
  { href: "/agents", label: "Agent library", roles: ["nurse", "oncologist", "pharmacist", "admin"] },
  { href: "/admin/users", label: "Users", roles: ["admin"] },
  { href: "/admin/audit", label: "Audit trail", roles: ["admin"] },
];

const ROLE_LABEL: Record<Role, string> = {
  nurse: "Nurse",
  oncologist: "Oncologist",
  pharmacist: "Pharmacist",
  admin: "Administrator",
};

export function AppNav({ user }: { user: { displayName: string; role: Role } }) {
  return (
    <header className="no-print bg-brand-700 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          CIPN Watch
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-1">
          {LINKS.filter((l) => l.roles.includes(user.role)).map((l) => (
            <Link key={l.href} href={l.href} className="rounded-md px-3 py-2 text-sm hover:bg-brand-800">
              {l.label}
            </Link>
          ))}
        </nav>
        {user.role !== "admin" && (
          <form action="/patients" role="search" className="flex items-center">
            <label htmlFor="patient-search" className="sr-only">
              Search patients by name or MRN
            </label>
            <input
              id="patient-search"
              name="q"
              type="search"
              placeholder="Search name or MRN"
              className="w-48 rounded-md border border-brand-100 bg-white px-3 py-1.5 text-sm text-slate-900"
            />
          </form>
        )}
        <span className="text-sm" data-testid="signed-in-user">
          {user.displayName} · {ROLE_LABEL[user.role]}
        </span>
        <SignOutButton />
      </div>
    </header>
  );
}
