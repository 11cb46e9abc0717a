// Password throttling (lib/auth/throttle.ts, issue 15 item 2): 10 tries per account and client
// in 15 minutes, then 429 with Retry-After even for the right password, from that client only;
// a browser the account signed in on before (its device cookie) and, behind a trusted proxy,
// another address still sign in. A ceiling of 100 per account an hour across clients stops
// guessing spread over many addresses. A try is counted before its password is checked, in the
// same transaction as the check, so simultaneous guesses cannot pass the limit together. Plan
// signing counts apart. The answer to a wrong password and to an unknown user is the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/db/commands/users";
import { hashPassword } from "@/lib/auth/password";
import { ApiClient, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";
import { seedRecords, unique } from "./records";

const LIMIT = 10;
const CEILING = 100;
let cleanup: () => void;

beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

async function newAccount(): Promise<string> {
  const username = unique("limit").toLowerCase();
  await createUser(null, {
    username,
    displayName: "Rate Limit",
    role: "nurse",
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  return username;
}

const signIn = (username: string, password: string, headers: Record<string, string> = {}) =>
  new ApiClient().call("POST", "/api/session", { username, password }, { headers });
const fromAddress = (address: string) => ({ "x-forwarded-for": address });

/** The device cookie a right password leaves in the browser. */
async function deviceCookieOf(username: string): Promise<string> {
  const res = await signIn(username, TEST_PASSWORD);
  expect(res.status).toBe(200);
  const device = res.headers.getSetCookie().find((c) => c.startsWith("cipn_device="));
  expect(device).toMatch(/HttpOnly; SameSite=Strict/);
  return device!.split(";")[0]!;
}

async function behindProxy<T>(run: () => Promise<T>): Promise<T> {
  process.env.TRUST_PROXY = "1";
  try {
    return await run();
  } finally {
    delete process.env.TRUST_PROXY;
  }
}

describe("signing in", () => {
  it("answers a wrong password and an unknown user alike", async () => {
    const username = await newAccount();
    const wrong = await signIn(username, "not the right password");
    const unknown = await signIn(unique("nobody").toLowerCase(), "not the right password");
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
  });

  it(`lets ${LIMIT - 1} failures pass and signs in on the next try`, async () => {
    const username = await newAccount();
    for (let i = 0; i < LIMIT - 1; i++) expect((await signIn(username, "wrong password")).status).toBe(401);
    expect((await signIn(username, TEST_PASSWORD)).status).toBe(200);
  });

  it(`after ${LIMIT} failures from a client, answers that client 429 with Retry-After, even for the right password`, async () => {
    const username = await newAccount();
    for (let i = 0; i < LIMIT; i++) expect((await signIn(username, "wrong password")).status).toBe(401);
    const locked = await signIn(username, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("rate_limited");
    expect(locked.body.error.message).toMatch(/Try again in 15 minutes/);
    const retryAfter = Number(locked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another account from the same client is not affected.
    expect((await signIn(await newAccount(), TEST_PASSWORD)).status).toBe(200);
  });

  it("never blocks the right password from a browser that signed in to the account before", async () => {
    const username = await newAccount();
    const device = await deviceCookieOf(username);
    for (let i = 0; i < LIMIT; i++) expect((await signIn(username, "attacker guess")).status).toBe(401);
    expect((await signIn(username, TEST_PASSWORD)).status).toBe(429);
    expect((await signIn(username, TEST_PASSWORD, { cookie: device })).status).toBe(200);
  });

  it("does not take a device cookie signed for another account, or forged", async () => {
    const victim = await newAccount();
    const other = await deviceCookieOf(await newAccount());
    const [name, value] = other.split("=") as [string, string];
    const forged = `${name}=${value.split(".")[0]}.${"A".repeat(43)}`;
    for (let i = 0; i < LIMIT; i++) await signIn(victim, "attacker guess");
    for (const cookie of [other, forged]) expect((await signIn(victim, TEST_PASSWORD, { cookie })).status).toBe(429);
  });

  it("behind a trusted proxy, one address's failures never block the right password from another", async () => {
    await behindProxy(async () => {
      const username = await newAccount();
      for (let i = 0; i < LIMIT; i++)
        expect((await signIn(username, "guess", fromAddress("203.0.113.9"))).status).toBe(401);
      expect((await signIn(username, TEST_PASSWORD, fromAddress("203.0.113.9"))).status).toBe(429);
      expect((await signIn(username, TEST_PASSWORD, fromAddress("203.0.113.10"))).status).toBe(200);
    });
  });

  it("behind a trusted proxy, takes the address the proxy appended, not what the client sent before it", async () => {
    await behindProxy(async () => {
      const username = await newAccount();
      for (let i = 0; i < LIMIT; i++) await signIn(username, "guess", fromAddress(`198.51.100.${i}, 203.0.113.50`));
      const res = await signIn(username, TEST_PASSWORD, fromAddress("198.51.100.99, 203.0.113.50"));
      expect(res.status).toBe(429);
    });
  });

  it("without a trusted proxy, ignores X-Forwarded-For: naming an address neither escapes nor frames it", async () => {
    const username = await newAccount();
    for (let i = 0; i < LIMIT; i++) await signIn(username, "guess", fromAddress(`192.0.2.${i}`));
    expect((await signIn(username, TEST_PASSWORD, fromAddress("192.0.2.200"))).status).toBe(429);
  });

  it(`stops guessing spread over many addresses at ${CEILING} an hour per account; a known browser still signs in`, async () => {
    await behindProxy(async () => {
      const username = await newAccount();
      const device = await deviceCookieOf(username);
      for (let a = 0; a < CEILING / LIMIT; a++)
        for (let i = 0; i < LIMIT; i++)
          expect((await signIn(username, "spread guess", fromAddress(`10.1.${a}.1`))).status).toBe(401);
      const fresh = await signIn(username, TEST_PASSWORD, fromAddress("10.2.0.1"));
      expect(fresh.status).toBe(429);
      expect(Number(fresh.headers.get("retry-after"))).toBeGreaterThan(59 * 60);
      expect((await signIn(username, TEST_PASSWORD, { ...fromAddress("10.2.0.1"), cookie: device })).status).toBe(200);
    });
  }, 60_000);

  it("counts simultaneous guesses atomically: of 30 at once, at most 10 are checked", async () => {
    const username = await newAccount();
    const answers = await Promise.all(Array.from({ length: 30 }, () => signIn(username, "burst guess")));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - LIMIT);
  });

  it("prunes tries older than the longest window", async () => {
    await testSql(
      "INSERT INTO password_attempts (purpose, username, client, at) VALUES ('sign-in', 'old', 'unknown', ?)",
    ).run(new Date(Date.now() - 61 * 60_000).toISOString());
    await signIn(await newAccount(), "wrong password");
    expect(await testSql("SELECT count(*) FROM password_attempts WHERE username = 'old'").value()).toBe(0);
  });
});

describe("confirming a plan signature with a password", () => {
  it(`stops guessing after ${LIMIT} wrong passwords (429, nothing signed) on a counter of its own`, async () => {
    const [nurse, oncologist, admin] = await Promise.all([
      signedIn("nurse"),
      signedIn("oncologist"),
      signedIn("admin"),
    ]);
    const { planId, patientId } = await seedRecords({ nurse, oncologist, admin });
    const sign = (password: string) => oncologist.post(`/api/plans/${planId}/sign`, { meaning: "agreed", password });
    for (let i = 0; i < LIMIT; i++) expect((await sign(`guess number ${i}`)).status).toBe(403);
    const locked = await sign(TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers.get("retry-after")).toMatch(/^\d+$/);
    const plans = await nurse.get(`/api/patients/${patientId}/plans`);
    const signatures = plans.body.plans.flatMap((p: any) => p.versions).flatMap((v: any) => v.signatures);
    expect(signatures).toEqual([]);
    // The signer's sign-in is not locked by it.
    const me = await oncologist.get("/api/session");
    expect((await signIn(me.body.user.username, TEST_PASSWORD)).status).toBe(200);
  });
});
