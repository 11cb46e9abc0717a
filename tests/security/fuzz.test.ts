// Fuzzing every write route of lib/schemas/endpoints.ts, and every query that a read route parses,
// in-process with fast-check: malformed JSON, wrong types, boundary numbers, oversized text,
// hostile strings and keys, laid over a valid request with real ids so that validation, not the
// lookup, is what answers. For every one of the (at least 10,000) requests: no 5xx; a rejected
// request (4xx) leaves every table as it was; a 400 names the bad field in `error.fields`.
// Requests run one at a time, so the tables' fingerprint taken after one request is the one
// before the next: one fingerprint a request, not two.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endpoints, type EndpointDef } from "@/lib/schemas/endpoints";
import { MAX_BODY_BYTES } from "@/lib/api/handler";
import { ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import type { Role } from "@/lib/domain/codes";
import {
  databaseFingerprint,
  ENDPOINT_NAMES,
  isWrite,
  pathOf,
  seedRecords,
  validBody,
  type EndpointName,
  type RecordIds,
} from "./records";

/** Runs per route: 23 write routes x 1,000 and 8 queries x 250, 25,000 requests in all. */
const RUNS_PER_WRITE_ROUTE = Number(process.env.FUZZ_RUNS ?? 1000);
const RUNS_PER_QUERY = Math.ceil(RUNS_PER_WRITE_ROUTE / 4);
// A route's 1,000 requests take 1-5 s here; argon2 (users, sign-in) and a busy machine can slow them.
const FUZZ_TIMEOUT_MS = 120_000;
// The rate limiter's record of a wrong password (signing in, or confirming a plan signature) is
// the one write a refusal makes, on purpose.
const PASSWORD_CHECKED: readonly EndpointName[] = ["signIn", "signPlan"];
const RATE_LIMIT_BOOKKEEPING = ["password_attempts"];
/**
 * Fields a 400 may name whatever was fuzzed, because an earlier run changed the record: the
 * first accepted decision acknowledges the alert, and any later one is refused naming it; a
 * decision to reduce may take the course's dose to or below a plan rule's own, which a draft then
 * refuses naming the rule (docs/api.md, "Plans").
 */
const STATEFUL_FIELDS: Partial<Record<EndpointName, string[]>> = {
  acknowledgeAlerts: ["alertIds"],
  draftPlan: ["rules"],
};
// A refused self-report code is counted for the per-client limit and audited (docs/api.md): that is
// its bookkeeping, and the only write a refusal there makes.
const CODE_CHECKED: readonly EndpointName[] = ["submitSelfReport"];
const CODE_BOOKKEEPING = ["self_report_failures", "audit_log"];

const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "\uD800",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE patients; --",
  "' OR '1'='1",
  "{{7*7}}",
  "${7*7}",
  "javascript:alert(1)",
  "../../../etc/passwd",
  "%00%ff",
  "😀👩🏽‍⚕️",
  "9999-99-99",
  "2026-02-30",
  "0000-00-00",
  "2026-02-29T25:61:00Z",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "true",
  "null",
  "x".repeat(201),
  "x".repeat(10_001),
];
const HOSTILE_NUMBERS = [0, -0, -1, 0.5, 1e-9, 4.000000001, 10.5, 60.000001, 101, 1e308, -1e308, 2 ** 53, -(2 ** 53)];
const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "isAdmin", "recordedBy", "createdAt", "$where", "id"];

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, null, true, false, [], {}) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
);

type Json = Record<string, unknown>;

/** Every path into a valid body, [] for the body itself: the places a mutation can land. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  const here = [prefix];
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) here.push(...pathsOf(v, [...prefix, k]));
  }
  return here;
}

interface Mutation {
  kind: "replace" | "delete" | "extra-key";
  path: string[];
  key: string;
  value: unknown;
}

/** A copy of the body with one mutation, and the field path a 400 must name for it. */
function mutate(body: unknown, m: Mutation): { body: unknown; field: string } {
  const copy = structuredClone(body) as Json;
  if (m.kind === "extra-key") {
    const target = m.path.reduce<any>((o, k) => o[k], copy);
    if (!target || typeof target !== "object" || Array.isArray(target) || m.key in target)
      return mutate(body, { ...m, kind: "replace" });
    // defineProperty, so `__proto__` becomes an own key that JSON.stringify sends.
    Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    return { body: copy, field: [...m.path, m.key].join(".") };
  }
  if (m.path.length === 0) return { body: m.kind === "delete" ? undefined : m.value, field: "" };
  const parent = m.path.slice(0, -1).reduce<any>((o, k) => o[k], copy);
  const last = m.path.at(-1)!;
  if (m.kind === "delete") delete parent[last];
  else parent[last] = m.value;
  return { body: copy, field: m.path.join(".") };
}

interface FuzzCase {
  body?: unknown;
  rawBody?: string;
  /** The field a 400 must name: "" when the body as a whole is wrong (any field will do). */
  field: string;
  query: string;
  hostileId?: string;
}

function casesFor(valid: unknown): fc.Arbitrary<FuzzCase> {
  const paths = pathsOf(valid);
  const mutation = fc
    .record({
      kind: fc.constantFrom<Mutation["kind"]>("replace", "replace", "delete", "extra-key"),
      path: fc.constantFrom(...paths),
      key: fc.oneof(
        fc.constantFrom(...HOSTILE_KEYS),
        fc.string({ minLength: 1, maxLength: 12 }).map((k) => `x-${k}`),
      ),
      value: hostileValue,
    })
    .map((m) => mutate(valid, m));
  const query = fc.oneof(
    { weight: 4, arbitrary: fc.constant("") },
    {
      weight: 1,
      arbitrary: fc.string({ maxLength: 30 }).map((s) => `?${encodeURIComponent(s)}=${encodeURIComponent(s)}`),
    },
    { weight: 1, arbitrary: fc.constantFrom("?version=999", "?__proto__[x]=1", "?id=1%27%20OR%201=1", "?&&==&") },
  );
  const hostileId = fc.option(fc.constantFrom("0", "-1", "' OR 1=1 --", "../patients", "%", "x".repeat(500), "null"), {
    freq: 10,
    nil: undefined,
  });
  type Body = Pick<FuzzCase, "body" | "rawBody" | "field">;
  const bodies: fc.Arbitrary<Body> = fc.oneof(
    { weight: 6, arbitrary: mutation },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((body): Body => ({ body, field: "" })) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.string({ maxLength: 60 }),
          fc.constantFrom(
            "{",
            '{"a":',
            JSON.stringify(valid).slice(0, -1),
            "[".repeat(5000),
            "[".repeat(100_000) + "]".repeat(100_000),
            "\u0000",
            "null",
            "<xml/>",
            "x".repeat(MAX_BODY_BYTES + 1),
          ),
        )
        .map((rawBody): Body => ({ rawBody, field: "" })),
    },
  );
  return fc.record({ body: bodies, query, hostileId }).map(({ body, ...rest }) => ({ ...body, ...rest }));
}

/** Values every field and parameter meets on every run, besides the random ones. */
const ALWAYS = [null, "", "0000-00-00", "9999-99-99", -1, 1e308, "x".repeat(10_001)];

/** Each field of the valid body replaced by each of ALWAYS, and an unknown `__proto__` key in each object. */
function examplesFor(valid: unknown): [FuzzCase][] {
  return pathsOf(valid)
    .flatMap((path) => [
      ...ALWAYS.map((value) => mutate(valid, { kind: "replace", path, key: "", value })),
      mutate(valid, { kind: "extra-key", path, key: "__proto__", value: 1 }),
    ])
    .map((c): [FuzzCase] => [{ ...c, query: "" }]);
}

let cleanup: () => void;
let ids: RecordIds;
const clients = {} as Record<Role | "anonymous", ApiClient>;
const answers: Record<number, number> = {};

beforeAll(async () => {
  cleanup = useTempDatabase();
  for (const role of ["nurse", "oncologist", "pharmacist", "admin"] as const) clients[role] = await signedIn(role);
  clients.anonymous = new ApiClient();
  ids = await seedRecords(clients);
});
afterAll(() => cleanup());

function callerOf(def: EndpointDef): ApiClient {
  if (def.access === "public") return clients.anonymous;
  if (def.access === "signed-in") return clients.nurse;
  return clients[def.access[0]!];
}

/** The one check of every fuzzed request. */
function expectSafeAnswer(
  what: string,
  res: { status: number; body: any },
  before: Record<string, string>,
  after: Record<string, string>,
  field: string | string[],
) {
  expect(res.status, `${what}: ${JSON.stringify(res.body)?.slice(0, 300)}`).toBeLessThan(500);
  if (res.status >= 400) expect(after, `${what} was refused with ${res.status} but wrote`).toEqual(before);
  if (res.status === 400) {
    const named = Object.keys(res.body?.error?.fields ?? {});
    expect(named.length, `${what}: a 400 with no field named`).toBeGreaterThan(0);
    const expected = Array.isArray(field) ? field : [field];
    if (expected.length && expected[0] !== "") {
      // A rule across fields of one object (felt <= tested) may name the sibling it compares with.
      const parent = (path: string) => path.split(".").slice(0, -1).join(".");
      const relates = named.some((k) =>
        expected.some((f) => k === f || k.startsWith(`${f}.`) || (parent(f) !== "" && parent(k) === parent(f))),
      );
      expect(relates, `${what}: 400 names ${named.join(", ")}, not ${expected.join(" or ")}`).toBe(true);
    }
  }
}

const writeRoutes = ENDPOINT_NAMES.filter((name) => isWrite(endpoints[name]));

describe("fuzzing every write route", () => {
  it("covers every POST, PUT and PATCH endpoint", () => {
    expect(writeRoutes.length).toBeGreaterThanOrEqual(15);
    for (const name of writeRoutes) expect(validBody(name, ids), name).toBeDefined();
  });

  it.each(writeRoutes)(
    "%s: no 5xx, a refusal writes nothing, a 400 names the field",
    async (name: EndpointName) => {
      const def = endpoints[name];
      const caller = callerOf(def);
      const ignore = PASSWORD_CHECKED.includes(name)
        ? RATE_LIMIT_BOOKKEEPING
        : CODE_CHECKED.includes(name)
          ? CODE_BOOKKEEPING
          : [];
      let before = await databaseFingerprint(ignore);
      await fc.assert(
        fc.asyncProperty(casesFor(validBody(name, ids)), async (c) => {
          const url = pathOf(def, ids, c.hostileId) + c.query;
          const res = await caller.call(def.method, url, c.body, {
            rawBody: c.rawBody ?? (c.body === undefined ? "" : undefined),
          });
          answers[res.status] = (answers[res.status] ?? 0) + 1;
          const field = c.field === "" ? c.field : [c.field, ...(STATEFUL_FIELDS[name] ?? [])];
          const after = await databaseFingerprint(ignore);
          expectSafeAnswer(`${def.method} ${url.slice(0, 120)}`, res, before, after, field);
          before = after;
        }),
        { numRuns: RUNS_PER_WRITE_ROUTE, examples: examplesFor(validBody(name, ids)) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe("fuzzing every query string", () => {
  const queryRoutes = ENDPOINT_NAMES.filter((name) => "query" in endpoints[name]);

  it.each(queryRoutes)(
    "%s: no 5xx, a 400 names the parameter",
    async (name: EndpointName) => {
      const def = endpoints[name];
      const caller = callerOf(def);
      const known = ["q", "limit", "offset", "status", "severity", "kind", "date", "userId", "patientId", "from", "to"];
      const params = fc.dictionary(
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(...known) },
          { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
        ),
        fc.oneof(
          fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 300), "0", "1000", "1001", "open", "all"),
          fc.string({ maxLength: 20 }),
        ),
        { maxKeys: 4 },
      );
      let before = await databaseFingerprint();
      await fc.assert(
        fc.asyncProperty(params, async (p) => {
          const query = new URLSearchParams(p).toString();
          const url = `${pathOf(def, ids)}${query ? `?${query}` : ""}`;
          const res = await caller.call("GET", url);
          answers[res.status] = (answers[res.status] ?? 0) + 1;
          const after = await databaseFingerprint();
          expectSafeAnswer(`GET ${url.slice(0, 120)}`, res, before, after, Object.keys(p));
          before = after;
        }),
        { numRuns: RUNS_PER_QUERY, examples: known.flatMap((k) => ALWAYS.map((v) => [{ [k]: String(v) }])) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it("made at least 10,000 requests in all, most of them answered by validation", () => {
    const total = Object.values(answers).reduce((a, b) => a + b, 0);
    console.log(`fuzz: ${total} requests, answers by status: ${JSON.stringify(answers)}`);
    if (process.env.FUZZ_RUNS === undefined) expect(total).toBeGreaterThanOrEqual(10_000);
    // Real ids in the paths: the requests reach validation, not a 404 for a missing record.
    expect(answers[400] ?? 0).toBeGreaterThan(total / 2);
  });
});
