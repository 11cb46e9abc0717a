// The edge of the API (issue 15, items 1 and 4): a write another site's page sends is refused
// before anything is read or changed; bodies must be declared JSON; behind HTTPS the session
// cookie is `__Host-` prefixed; a malformed cookie is no session (401), and an unknown API path
// is 404 for every method and every caller, in-process and through proxy.ts.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/db/commands/users";
import { hashPassword } from "@/lib/auth/password";
import { endpoints, type EndpointDef } from "@/lib/schemas/endpoints";
import { ApiClient, METHODS, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { proxy } from "@/proxy";
import { databaseFingerprint, ENDPOINT_NAMES, pathOf, seedRecords, unique, validBody, type RecordIds } from "./records";

let cleanup: () => void;
let nurse: ApiClient;
let oncologist: ApiClient;
let admin: ApiClient;
let ids: RecordIds;

beforeAll(async () => {
  cleanup = useTempDatabase();
  [nurse, oncologist, admin] = await Promise.all([signedIn("nurse"), signedIn("oncologist"), signedIn("admin")]);
  ids = await seedRecords({ nurse, oncologist, admin });
});
afterAll(() => cleanup());

/** The client allowed to make each write, so only the origin check can refuse it. */
function callerFor(name: (typeof ENDPOINT_NAMES)[number]): ApiClient {
  const access: EndpointDef["access"] = endpoints[name].access;
  if (access === "public" || access === "signed-in") return nurse;
  if (access.includes("nurse")) return nurse;
  if (access.includes("oncologist")) return oncologist;
  return admin;
}

const WRITES = ENDPOINT_NAMES.filter((n) => endpoints[n].method !== "GET");
const CROSS_SITE: [string, Record<string, string>][] = [
  ["a foreign Origin", { origin: "https://evil.example" }],
  ["Origin: null", { origin: "null" }],
  ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
  [
    "a same-origin Origin but Sec-Fetch-Site: cross-site",
    { origin: "http://localhost", "sec-fetch-site": "cross-site" },
  ],
];

describe("a write from another site", () => {
  it.each(WRITES.flatMap((name) => CROSS_SITE.map(([why, headers]) => [name, why, headers] as const)))(
    "%s with %s answers 403 and changes nothing",
    async (name, _why, headers) => {
      const def = endpoints[name];
      const before = await databaseFingerprint();
      const res = await callerFor(name).call(def.method, pathOf(def, ids), validBody(name, ids), { headers });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
      expect(res.headers.get("set-cookie")).toBeNull();
      expect(await databaseFingerprint()).toEqual(before);
    },
  );

  it("is allowed from the app's own origin, and from a script that sends neither header", async () => {
    const own = await nurse.call("POST", "/api/patients", validBody("createPatient", ids), {
      headers: { origin: "http://localhost", "sec-fetch-site": "same-origin" },
    });
    expect(own.status).toBe(201);
    expect((await nurse.post("/api/patients", validBody("createPatient", ids))).status).toBe(201);
  });

  it("refuses a sign-in from another site (login CSRF): 403 and no cookie", async () => {
    const username = unique("csrf").toLowerCase();
    await createUser(null, {
      username,
      displayName: "C S",
      role: "nurse",
      passwordHash: await hashPassword(TEST_PASSWORD),
    });
    const res = await new ApiClient().call(
      "POST",
      "/api/session",
      { username, password: TEST_PASSWORD },
      { headers: { origin: "https://evil.example" } },
    );
    expect(res.status).toBe(403);
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("believes X-Forwarded-Host only behind a trusted proxy", async () => {
    const headers = { origin: "https://clinic.example", host: "127.0.0.1:3000", "x-forwarded-host": "clinic.example" };
    expect((await nurse.call("POST", "/api/patients", validBody("createPatient", ids), { headers })).status).toBe(403);
    process.env.TRUST_PROXY = "1";
    try {
      expect((await nurse.call("POST", "/api/patients", validBody("createPatient", ids), { headers })).status).toBe(
        201,
      );
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });
});

describe("a body that is not declared JSON", () => {
  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx"])(
    "as %s answers 415 and changes nothing",
    async (type) => {
      const before = await databaseFingerprint();
      const res = await nurse.call("POST", "/api/patients", undefined, {
        rawBody: JSON.stringify(validBody("createPatient", ids)),
        headers: { "content-type": type },
      });
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe("unsupported_media_type");
      expect(await databaseFingerprint()).toEqual(before);
    },
  );

  it("with no Content-Type at all answers 415, sign-in too", async () => {
    const { POST } = await import("@/app/api/session/route");
    const req = new Request("http://localhost/api/session", {
      method: "POST",
      body: new Blob([JSON.stringify({ username: "x", password: "y" })]),
    });
    expect(req.headers.get("content-type")).toBeNull();
    expect((await POST(req, { params: Promise.resolve({}) })).status).toBe(415);
  });

  it("accepts application/json with a charset", async () => {
    const res = await nurse.call("POST", "/api/patients", validBody("createPatient", ids), {
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    expect(res.status).toBe(201);
  });
});

describe("the session cookie behind HTTPS", () => {
  async function signInOverHttps() {
    const username = unique("tls").toLowerCase();
    await createUser(null, {
      username,
      displayName: "T L",
      role: "nurse",
      passwordHash: await hashPassword(TEST_PASSWORD),
    });
    const client = new ApiClient();
    const res = await client.call(
      "POST",
      "/api/session",
      { username, password: TEST_PASSWORD },
      { headers: { "x-forwarded-proto": "https" } },
    );
    return { res, cookie: res.headers.get("set-cookie")!.split(";")[0]! };
  }

  it("is __Host- prefixed, Secure, host-only, on Path=/", async () => {
    const { res } = await signInOverHttps();
    const setCookie = res.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^__Host-cipn_session=[^;]+;/);
    expect(setCookie).toContain("; Secure");
    expect(setCookie).toContain("Path=/;");
    expect(setCookie).not.toMatch(/Domain=/i);
  });

  it("is read under that name only: an unprefixed cookie planted by a sibling host is no session", async () => {
    const { cookie } = await signInOverHttps();
    const https = { "x-forwarded-proto": "https" };
    expect((await new ApiClient(cookie).call("GET", "/api/session", undefined, { headers: https })).status).toBe(200);
    const planted = cookie.replace(/^__Host-/, "");
    expect((await new ApiClient(planted).call("GET", "/api/session", undefined, { headers: https })).status).toBe(401);
  });

  it("is plain over HTTP (a browser drops __Host- cookies that are not Secure)", async () => {
    const username = unique("http").toLowerCase();
    await createUser(null, {
      username,
      displayName: "H P",
      role: "nurse",
      passwordHash: await hashPassword(TEST_PASSWORD),
    });
    const res = await new ApiClient().post("/api/session", { username, password: TEST_PASSWORD });
    expect(res.headers.get("set-cookie")).toMatch(/^cipn_session=[^;]+;/);
    expect(res.headers.get("set-cookie")).not.toContain("Secure");
  });
});

const MALFORMED = ["%", "%E0%A4%A", "%zz", "a".repeat(5000), "=;=", '"quoted"'];

describe("a malformed session cookie", () => {
  it.each(MALFORMED)("%j answers 401 in the one error shape", async (value) => {
    const res = await new ApiClient(`cipn_session=${value}`).get("/api/session");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });

  it.each(MALFORMED)("%j on an undefined method answers 401 through the proxy", async (value) => {
    const res = await proxy(
      new NextRequest("http://localhost/api/patients", {
        method: "DELETE",
        headers: { cookie: `cipn_session=${value}` },
      }),
    );
    expect(res.status).toBe(401);
  });
});

describe("an unknown API path", () => {
  const PATHS = ["/api/no-such-route", "/api/patients/x/y/z", "/api/PATIENTS", "/api/%20"];

  it.each(METHODS.flatMap((m) => PATHS.map((p) => [m, p] as const)))(
    "%s %s answers 404 not_found, signed in or not",
    async (method, path) => {
      for (const client of [new ApiClient(), nurse]) {
        const res = await client.call(method, path);
        expect(res.status).toBe(404);
        expect(res.body).toEqual({ error: { code: "not_found", message: expect.any(String) } });
      }
    },
  );

  it.each(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND"])(
    "%s answers 404 JSON through the proxy, before any route",
    async (method) => {
      const res = await proxy(new NextRequest("http://localhost/api/no-such-route", { method }));
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/json");
      if (method !== "HEAD") expect((await res.json()).error.code).toBe("not_found");
    },
  );

  it("a public path answers an undefined method 405 without asking for a session", async () => {
    const res = await proxy(new NextRequest("http://localhost/api/health", { method: "DELETE" }));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
  });
});

describe("text holding U+0000 (NUL), which PostgreSQL cannot store", () => {
  it("is refused in a body's free text: 400 naming the field, and nothing written", async () => {
    const before = await databaseFingerprint();
    const body = { ...validBody("addNote", ids), text: "numb\u0000toes" };
    const res = await nurse.call("POST", pathOf(endpoints.addNote, ids), body);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ text: "Text may not contain the NUL character (U+0000)." });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("is refused in a query parameter, and an id holding it is no record (404)", async () => {
    const search = await nurse.call("GET", `/api/patients?q=${encodeURIComponent("Ke\u0000yes")}`);
    expect(search.status).toBe(400);
    expect(search.body.error.fields).toEqual({ q: "Text may not contain the NUL character (U+0000)." });
    const record = await nurse.call("GET", `/api/patients/${encodeURIComponent(`${ids.patientId}\u0000`)}`);
    expect(record.status).toBe(404);
  });
});
