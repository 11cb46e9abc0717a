// Who may do what: derived from lib/schemas/endpoints.ts for the API and from lib/access/pages.ts for
// the pages, and rendered as the tables of docs/security.md, so the document and the tests that
// prove it cannot drift apart. The e2e specs import the page rules too.
import { homeOf, PAGE_ACCESS, PAGE_PATHS, refusedLanding, signInLanding } from "@/lib/access/pages";
import { endpoints, type EndpointDef } from "@/lib/schemas/endpoints";
import { ROLES, type Role } from "@/lib/domain/codes";

export type Caller = Role | "anonymous";
export const CALLERS: readonly Caller[] = ["anonymous", ...ROLES];

/** The status an endpoint answers a caller who sends a valid request. */
export function expectedStatus(def: EndpointDef, caller: Caller): number {
  if (def.access === "public") return def.success;
  if (caller === "anonymous") return 401;
  if (def.access === "signed-in" || def.access.includes(caller)) return def.success;
  return 403;
}

export interface PageRule {
  /** The page's route; `{id}` and `{agent}` are filled with a seeded record's. */
  path: string;
  roles: readonly Role[];
}

/** Every page of app/ but the two open ones (tests/security/access-matrix.test.ts checks none is missing). */
export const PAGES: readonly PageRule[] = PAGE_PATHS.map((path) => ({ path, roles: PAGE_ACCESS[path] }));

/** Where a caller who opens the page ends up. */
export function expectedLanding(page: PageRule, caller: Caller, url: string): string {
  if (caller === "anonymous") return signInLanding(url);
  if (page.path === "/") return homeOf(caller);
  return page.roles.includes(caller) ? url : refusedLanding(caller);
}

/** The API table of docs/security.md. */
export function apiAccessTable(): string {
  const rows = Object.values(endpoints).map((def: EndpointDef) => {
    const cells = CALLERS.map((c) => {
      const status = expectedStatus(def, c);
      return status === 401 || status === 403 ? `no (${status})` : "yes";
    });
    return `| \`${def.method} ${def.path}\` | ${def.summary} | ${cells.join(" | ")} |`;
  });
  return [
    `| endpoint | what | ${CALLERS.join(" | ")} |`,
    `|---|---|${CALLERS.map(() => "---").join("|")}|`,
    ...rows,
  ].join("\n");
}

/** The page table of docs/security.md. */
export function pageAccessTable(): string {
  const rows = PAGES.map(
    (p) =>
      `| \`${p.path}\` | no (sign-in) | ${ROLES.map((r) => (p.path === "/" ? "home" : p.roles.includes(r) ? "yes" : "home")).join(" | ")} |`,
  );
  return [`| page | ${CALLERS.join(" | ")} |`, `|---|${CALLERS.map(() => "---").join("|")}|`, ...rows].join("\n");
}
