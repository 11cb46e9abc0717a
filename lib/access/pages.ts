// Who may open which page: the one table that proxy.ts, every page (lib/auth/page.ts) and the
// navigation read, and that docs/security.md prints and tests/security/pages.test.ts proves cell
// by cell. A role not listed for a page lands on its own home; nobody signed in lands on sign-in.
// `/sign-in`, `/report/{code}` (the patient's questionnaire behind a one-time code) and `/report`
// (where the code is typed) are open to all and not in the table.
import { BEDSIDE_ROLES, CLINICAL_ROLES, PRESCRIBING_ROLES, ROLES, type Role } from "@/lib/domain/codes";

const ADMIN = ["admin"] as const satisfies readonly Role[];

/** Every page of app/ but the two open ones; `{id}` and `{agent}` stand for a path segment. */
export const PAGE_ACCESS = {
  "/": ROLES,
  "/worklist": CLINICAL_ROLES,
  "/alerts": CLINICAL_ROLES,
  "/patients": CLINICAL_ROLES,
  "/patients/new": BEDSIDE_ROLES,
  "/patients/{id}": CLINICAL_ROLES,
  "/patients/{id}/summary": CLINICAL_ROLES,
  "/patients/{id}/self-report": BEDSIDE_ROLES,
  "/patients/{id}/plans": CLINICAL_ROLES,
  "/patients/{id}/plans/{agent}": CLINICAL_ROLES,
  "/patients/{id}/courses/new": PRESCRIBING_ROLES,
  "/cycles/{id}": CLINICAL_ROLES,
  "/follow-ups": CLINICAL_ROLES,
  "/recovery": CLINICAL_ROLES,
  "/analytics/alerts": PRESCRIBING_ROLES,
  "/agents": ROLES,
  "/admin/users": ADMIN,
  "/admin/audit": ADMIN,
} as const satisfies Record<string, readonly Role[]>;

export type PagePath = keyof typeof PAGE_ACCESS;
export const PAGE_PATHS = Object.keys(PAGE_ACCESS) as PagePath[];

export function mayOpen(role: Role, page: PagePath): boolean {
  return (PAGE_ACCESS[page] as readonly Role[]).includes(role);
}

/** Where each role lands after signing in, and when it opens a page that is not for it. */
export function homeOf(role: Role): PagePath {
  return role === "admin" ? "/admin/users" : "/worklist";
}

/**
 * Where a role lands when it opens a page that is not for it: its home, marked so that the home
 * says why it is there (components/refused-notice.tsx), rather than a silent change of page.
 */
export function refusedLanding(role: Role): string {
  return `${homeOf(role)}?refused=1`;
}

// A literal segment outranks a placeholder: "/patients/new" is not the patient "new".
const MATCHERS = PAGE_PATHS.map((page) => ({
  page,
  placeholders: (page.match(/\{\w+\}/g) ?? []).length,
  regex: new RegExp(`^${page.replace(/\{\w+\}/g, "[^/]+")}/?$`),
})).sort((a, b) => a.placeholders - b.placeholders);

/** The table's page a URL path opens, or null for a path the table does not cover. */
export function pageOf(pathname: string): PagePath | null {
  return MATCHERS.find((m) => m.regex.test(pathname))?.page ?? null;
}

/**
 * Where someone not signed in lands on opening a page: sign-in, naming the page to open once
 * signed in, so that a link followed, or a page reloaded after the session ended, opens again
 * where it was.
 */
export function signInLanding(pathWithQuery: string): string {
  return pathWithQuery === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(pathWithQuery)}`;
}

// A base that no address of another host can keep: whatever resolves against it elsewhere is refused.
const SAME_APP = "http://this-app.invalid";

/**
 * The page to open after signing in: a page of the table, its query kept. Anything else (another
 * host however its slashes are written, an API path, a path no page has) is null, and sign-in
 * lands on the role's home, so the address can never send someone off the app.
 */
export function returnPath(next: string | null | undefined): string | null {
  if (!next?.startsWith("/") || next.startsWith("//") || next.includes("\\")) return null;
  let url: URL;
  try {
    url = new URL(next, SAME_APP);
  } catch {
    return null;
  }
  if (url.origin !== SAME_APP || pageOf(url.pathname) === null) return null;
  return `${url.pathname}${url.search}`;
}
