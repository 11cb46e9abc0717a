// Calls the app's route handlers in-process, as HTTP would: the routes are found by walking
// app/api, so a new route file is picked up (and checked) without touching the tests. Every
// answer is parsed with its endpoint's response schema (lib/schemas/endpoints.ts), or the error
// shape, so a test that gets a body the OpenAPI document does not describe fails.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb } from "@/db/client";
import { createUser } from "@/db/commands/users";
import { endpoints } from "@/lib/schemas/endpoints";
import { endpointFor } from "@/lib/api/route-methods";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/domain/codes";
import { ErrorResponse } from "@/lib/schemas/responses/common";
import { cloneDatabase, type ClusterAddress } from "@/scripts/lib/pg-cluster";
import { closeTestSql } from "./sql";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export interface RouteFile {
  file: string;
  pattern: string;
  regex: RegExp;
  names: string[];
  catchAll: boolean;
}

const API_DIR = path.join(process.cwd(), "app/api");

export function routeFiles(dir = API_DIR): RouteFile[] {
  const found: RouteFile[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...routeFiles(full));
    else if (entry.name === "route.ts") {
      const segments = path.relative(path.join(process.cwd(), "app"), dir).split(path.sep);
      const names: string[] = [];
      const parts = segments.map((s) => {
        const catchAll = /^\[\.\.\.(\w+)\]$/.exec(s);
        if (catchAll) {
          names.push(catchAll[1]!);
          return "(.+)";
        }
        const param = /^\[(\w+)\]$/.exec(s);
        if (param) {
          names.push(param[1]!);
          return "([^/]+)";
        }
        return s.replace(/[.]/g, "\\.");
      });
      found.push({
        file: full,
        pattern:
          "/" + segments.map((s) => s.replace(/^\[\.\.\.(\w+)\]$/, "{...$1}").replace(/^\[(\w+)\]$/, "{$1}")).join("/"),
        regex: new RegExp(`^/${parts.join("/")}$`),
        names,
        catchAll: segments.some((s) => s.startsWith("[...")),
      });
    }
  }
  // Specific routes before catch-alls, as Next.js matches them.
  return found.sort((a, b) => Number(a.catchAll) - Number(b.catchAll));
}

/**
 * The routes as walked once per test process: app/api does not change while tests run, and walking
 * it again for every call was a quarter of the fuzz's time (tests/security/fuzz.test.ts).
 */
let walkedRoutes: RouteFile[] | undefined;
const apiRoutes = (): RouteFile[] => (walkedRoutes ??= routeFiles());

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * Throws unless the body is what the contract says: a success in the endpoint's response schema
 * (a CSV as text where the endpoint answers CSV), an error in the one error shape. Health's 503
 * is its own degraded answer, in its schema.
 */
export function checkAnswer(method: string, pathname: string, status: number, body: unknown, isJson: boolean): void {
  const def = endpointFor(method, pathname);
  const success = status < 300 || (status === 503 && def === endpoints.health);
  const refuse = (why: string) => {
    throw new Error(`${method} ${pathname} answered ${status} ${why}\nbody: ${JSON.stringify(body).slice(0, 2000)}`);
  };
  if (success && def) {
    if (def.response === null) return void (body === null || refuse("with a body where none is documented"));
    if (!isJson) {
      const csv = def.mediaType === "text/csv" || def.alsoCsv === true;
      return void ((csv && typeof body === "string") || refuse("with a body that is not JSON"));
    }
    const result = def.response.safeParse(body);
    if (!result.success) refuse(`with a body its schema refuses:\n${JSON.stringify(result.error.issues, null, 2)}`);
  } else if (!success && isJson) {
    const result = ErrorResponse.safeParse(body);
    if (!result.success) refuse(`not in the error shape:\n${JSON.stringify(result.error.issues, null, 2)}`);
  }
}

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class ApiClient {
  constructor(private cookie?: string) {}

  /** The `cookie` header this client sends, once signed in (a page request carries it too). */
  cookieHeader(): string | undefined {
    return this.cookie;
  }

  async call<T = any>(
    method: string,
    url: string,
    body?: unknown,
    init: { rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const { pathname } = new URL(url, "http://localhost");
    const route = apiRoutes().find((r) => r.regex.test(pathname));
    if (!route) throw new Error(`No route for ${pathname}`);
    const mod = (await import(route.file)) as Partial<Record<string, Handler>>;
    const handler = mod[method];
    if (!handler) return { status: 405, body: null as T, headers: new Headers() };
    const match = route.regex.exec(pathname)!;
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1]!)]));
    const payload = init.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    const headers: Record<string, string> = {
      ...(this.cookie ? { cookie: this.cookie } : {}),
      ...(payload === undefined ? {} : { "content-type": "application/json" }),
      ...init.headers,
    };
    const req = new Request(new URL(url, "http://localhost"), { method, headers, body: payload });
    const res = await handler(req, { params: Promise.resolve(params) });
    const text = await res.text();
    const setCookie = res.headers.get("set-cookie");
    if (setCookie && /^(__Host-)?cipn_session=/.test(setCookie)) this.cookie = setCookie.split(";")[0];
    // JSON (also application/fhir+json) is parsed; any other body (a CSV) comes back as text.
    const isJson = res.headers.get("content-type")?.includes("json") ?? false;
    const parsed: unknown = text ? (isJson ? JSON.parse(text) : text) : null;
    checkAnswer(method, pathname, res.status, parsed, isJson);
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(url: string) => this.call<T>("GET", url);
  post = <T = any>(url: string, body?: unknown) => this.call<T>("POST", url, body ?? {});
  put = <T = any>(url: string, body?: unknown) => this.call<T>("PUT", url, body ?? {});
  patch = <T = any>(url: string, body?: unknown) => this.call<T>("PATCH", url, body ?? {});
  delete = <T = any>(url: string) => this.call<T>("DELETE", url);
}

export const TEST_PASSWORD = "correct horse battery staple";

let databases = 0;

/**
 * A fresh database for one test file; returns a cleanup function. In the PostgreSQL run
 * (scripts/test-postgres.ts) it is a copy of the run's migrated template, reached as the app's role.
 */
export function useTempDatabase(): () => void {
  const postgres = process.env.CIPN_TEST_POSTGRES;
  if (postgres) {
    const { template, ...address } = JSON.parse(postgres) as ClusterAddress & { template: string };
    const database = cloneDatabase(address, template, `test_${process.pid}_${++databases}`);
    process.env.DATABASE_URL = database.appUrl;
    process.env.CIPN_TEST_OWNER_URL = database.ownerUrl;
    return () => {
      closeDb();
      void closeTestSql();
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cipn-test-"));
  process.env.DATABASE_PATH = path.join(dir, "test.db");
  return () => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

let counter = 0;

/** A signed-in client for a new user of the role. */
export async function signedIn(role: Role): Promise<ApiClient> {
  const username = `${role}-${++counter}-${Date.now()}`;
  await createUser(null, {
    username,
    displayName: `Test ${role}`,
    role,
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  const client = new ApiClient();
  const res = await client.post("/api/session", { username, password: TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
  return client;
}
