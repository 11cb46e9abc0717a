// Sign-in is rate limited per account, and per address behind a trusted proxy (lib/auth/sign-in.ts:
// 10 failures in 15 minutes): past the limit even the right password gets 429, while other accounts
// and other addresses sign in as usual. A plan signature's password confirmation counts toward the same
// limit. The answer to a wrong password and to an unknown user is the same.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/db/users";
import { hashPassword } from "@/lib/auth/password";
import { ApiClient, signedIn, TEST_PASSWORD, useTempDatabase } from "@/lib/testing/api";
import { seedRecords, unique } from "./records";

const LIMIT = 10;
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

const signIn = (username: string, password: string, address: string) =>
  new ApiClient().call("POST", "/api/session", { username, password }, { headers: { "x-forwarded-for": address } });

describe("signing in", () => {
  it("answers a wrong password and an unknown user alike", async () => {
    const username = await newAccount();
    const wrong = await signIn(username, "not the right password", "198.51.100.1");
    const unknown = await signIn(unique("nobody").toLowerCase(), "not the right password", "198.51.100.2");
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
  });

  it(`locks an account after ${LIMIT} failures from any addresses, even for the right password`, async () => {
    const username = await newAccount();
    for (let i = 0; i < LIMIT; i++) expect((await signIn(username, "wrong password", `192.0.2.${i}`)).status).toBe(401);
    const locked = await signIn(username, TEST_PASSWORD, "192.0.2.200");
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe("rate_limited");
    // Another account from the same addresses is not affected.
    expect((await signIn(await newAccount(), TEST_PASSWORD, "192.0.2.1")).status).toBe(200);
  });

  it(`behind a trusted proxy (TRUST_PROXY=1), locks an address after ${LIMIT} failures on any accounts, and only that address`, async () => {
    process.env.TRUST_PROXY = "1";
    try {
      const address = "203.0.113.9";
      for (let i = 0; i < LIMIT; i++)
        expect((await signIn(unique("guess").toLowerCase(), "guess", address)).status).toBe(401);
      const username = await newAccount();
      const locked = await signIn(username, TEST_PASSWORD, address);
      expect(locked.status).toBe(429);
      expect(locked.body.error.code).toBe("rate_limited");
      expect((await signIn(username, TEST_PASSWORD, "203.0.113.10")).status).toBe(200);
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });

  it("without a trusted proxy, ignores X-Forwarded-For: a client cannot lock out an address it names", async () => {
    const address = "203.0.113.20";
    for (let i = 0; i < LIMIT; i++)
      expect((await signIn(unique("guess").toLowerCase(), "guess", address)).status).toBe(401);
    expect((await signIn(await newAccount(), TEST_PASSWORD, address)).status).toBe(200);
  });

  it(`lets ${LIMIT - 1} failures pass and signs in on the next try`, async () => {
    const username = await newAccount();
    for (let i = 0; i < LIMIT - 1; i++) await signIn(username, "wrong password", "198.51.100.50");
    expect((await signIn(username, TEST_PASSWORD, "198.51.100.50")).status).toBe(200);
  });
});

describe("confirming a plan signature with a password", () => {
  it(`stops guessing after ${LIMIT} wrong passwords: 429, and nothing signed`, async () => {
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
    const plans = await nurse.get(`/api/patients/${patientId}/plans`);
    const signatures = plans.body.plans.flatMap((p: any) => p.versions).flatMap((v: any) => v.signatures);
    expect(signatures).toEqual([]);
  });
});
