// Who may do what: derived from lib/api/endpoints.ts for the API and kept here for the pages,
// and rendered as the tables of docs/security.md, so the document and the tests that prove it
// cannot drift apart. The e2e specs import the page table too.
import { endpoints, type EndpointDef } from "@/lib/api/endpoints";
import { ROLES, type Role } from "@/lib/domain/codes";

export type Caller = Role | "anonymous";
export const CALLERS: readonly Caller[] = ["anonymous", ...ROLES];

const CLINICAL: readonly Role[] = ["nurse", "oncologist", "pharmacist"];

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

/** Every page of app/ (tests/security/access-matrix.test.ts checks none is missing). */
export const PAGES: readonly PageRule[] = [
  { path: "/", roles: ROLES },
  { path: "/worklist", roles: CLINICAL },
  { path: "/alerts", roles: CLINICAL },
  { path: "/patients", roles: CLINICAL },
  { path: "/patients/new", roles: ["nurse", "oncologist"] },
  { path: "/patients/{id}", roles: CLINICAL },
  { path: "/patients/{id}/summary", roles: CLINICAL },
  { path: "/patients/{id}/self-report", roles: ["nurse", "oncologist"] },
  { path: "/patients/{id}/plans", roles: CLINICAL },
  { path: "/patients/{id}/plans/{agent}", roles: CLINICAL },
  { path: "/patients/{id}/courses/new", roles: ["oncologist", "pharmacist"] },
  { path: "/cycles/{id}", roles: CLINICAL },
  { path: "/follow-ups", roles: CLINICAL },
  { path: "/recovery", roles: CLINICAL },
  { path: "/analytics/alerts", roles: ["oncologist", "pharmacist"] },
  { path: "/agents", roles: ROLES },
  { path: "/admin/users", roles: ["admin"] },
  { path: "/admin/audit", roles: ["admin"] },
];

/** Where each role lands after signing in, and when a page is not for it (lib/auth/page.ts). */
export const HOME: Record<Role, string> = {
  nurse: "/worklist",
  oncologist: "/worklist",
  pharmacist: "/worklist",
  admin: "/admin/users",
};

/** Where a caller who opens the page ends up. */
export function expectedLanding(page: PageRule, caller: Caller, url: string): string {
  if (caller === "anonymous") return "/sign-in";
  if (page.path === "/") return HOME[caller];
  return page.roles.includes(caller) ? url : HOME[caller];
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
