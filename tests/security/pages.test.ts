// Every cell of the page table (lib/access/pages.ts, printed in docs/security.md): proxy.ts sends
// each caller where the table says, before the page renders; and every page asks the same table,
// with its own path, before it reads anything. e2e/accessibility.spec.ts opens every cell in the
// browser too.
import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageOf, PAGE_PATHS, returnPath, signInLanding, type PagePath } from "@/lib/access/pages";
import { ROLES, type Role } from "@/lib/domain/codes";
import { signedIn, useTempDatabase } from "@/lib/testing/api";
import { proxy } from "@/proxy";
import { CALLERS, expectedLanding, PAGES } from "./access";

let cleanup: () => void;
const cookies = {} as Record<Role, string>;
beforeAll(async () => {
  cleanup = useTempDatabase();
  for (const role of ROLES) cookies[role] = (await signedIn(role)).cookieHeader()!;
});
afterAll(() => cleanup());

/** A URL of the page, its placeholders filled with ids (the proxy checks roles, not records). */
const urlOf = (page: string) =>
  page.replace("{id}", "0b9c2a4e-5d7f-4c1a-9e3b-2f6d8a1c7e50").replace("{agent}", "oxaliplatin");

describe("the page table, through proxy.ts", () => {
  it.each(PAGES.flatMap((page) => CALLERS.map((caller) => [page.path, caller, page] as const)))(
    "%s as %s",
    async (_path, caller, page) => {
      const url = urlOf(page.path);
      const headers = caller === "anonymous" ? undefined : { cookie: cookies[caller] };
      const res = await proxy(new NextRequest(`http://localhost${url}`, { headers }));
      const landing = expectedLanding(page, caller, url);
      // "/" itself sends each role home (app/page.tsx); the proxy lets every signed-in role through.
      const passes = caller !== "anonymous" && (landing === url || page.path === "/");
      if (passes) {
        expect(res.headers.get("x-middleware-next")).toBe("1");
        expect(res.headers.get("location")).toBeNull();
      } else {
        expect(res.status).toBe(307);
        const location = new URL(res.headers.get("location")!);
        expect(location.pathname + location.search).toBe(landing);
      }
    },
  );

  it("finds each page's own entry, a literal segment before a placeholder", () => {
    for (const page of PAGE_PATHS) expect(pageOf(urlOf(page))).toBe(page);
    expect(pageOf("/patients/new")).toBe("/patients/new");
    expect(pageOf("/patients/new/plans")).toBe("/patients/{id}/plans");
    for (const open of [
      "/sign-in",
      "/report",
      "/report/ABCD-EFGH",
      "/api/patients",
      "/favicon.ico",
      "/patients/a/b/c/d",
    ])
      expect(pageOf(open)).toBeNull();
  });
});

describe("sign-in's way back to the page asked for", () => {
  it("opens a page of the table again, its query kept, from the landing the proxy gives", () => {
    for (const page of PAGE_PATHS) {
      const url = `${urlOf(page)}?q=Okafor%20Ada&view=held`;
      const next = new URL(signInLanding(url), "http://localhost").searchParams.get("next");
      expect(returnPath(next)).toBe(url);
    }
    expect(signInLanding("/")).toBe("/sign-in");
  });

  it.each([
    undefined,
    null,
    "",
    "worklist",
    "https://evil.example/worklist",
    "//evil.example/worklist",
    "/\\evil.example/worklist",
    "/\t/evil.example/worklist",
    "javascript:alert(1)",
    "/api/patients",
    "/sign-in",
    "/report/ABCD-EFGH",
    "/patients/a/b/c/d",
  ])("goes nowhere for %j: sign-in then lands on the role's home", (next) => {
    expect(returnPath(next)).toBeNull();
  });
});

describe("the page table, in each page", () => {
  const APP = path.join(process.cwd(), "app");
  const fileOf = (page: PagePath) => {
    const segments =
      page === "/"
        ? []
        : page
            .slice(1)
            .split("/")
            .map((s) => s.replace(/^\{(\w+)\}$/, "[$1]"));
    const direct = path.join(APP, ...segments, "page.tsx");
    return fs.existsSync(direct) ? direct : path.join(APP, "(clinic)", ...segments, "page.tsx");
  };

  it.each(PAGE_PATHS)("%s authorizes with its own row first", (page) => {
    const source = fs.readFileSync(fileOf(page), "utf8");
    const calls = [...source.matchAll(/require(?:PageUser|PatientReader)\(("[^"]*")?/g)].map((m) => m[1]);
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call).toBe(JSON.stringify(page));
  });
});
