import type { Role } from "@/lib/domain/codes";

/**
 * On a role's home, after it opened a page that is not for it (lib/access/pages.ts,
 * refusedLanding): says so, so the change of page is never silent. The page table is in
 * docs/security.md.
 */
export function RefusedNotice({ refused, role }: { refused: string | undefined; role: Role }) {
  if (refused !== "1") return null;
  return (
    <p role="status" className="mb-3 rounded-md border-2 border-slate-500 bg-slate-50 p-2 text-sm text-slate-900">
      The page you opened is not open to the {role} role, so you are on your home page instead.
    </p>
  );
}
