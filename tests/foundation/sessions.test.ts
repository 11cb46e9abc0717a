// Sessions end on the server: at sign-out, after 30 idle minutes, 12 hours in all, or when the
// account is disabled (docs/api.md). Passwords are stored as argon2id at OWASP's floor, and repeated
// failed sign-ins for one account are refused with 429.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, signedIn, useTempDatabase } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";

const PASSWORD = "a session test passphrase";
const MINUTE = 60_000;

let cleanup: () => void;
let admin: ApiClient;
let counter = 0;
beforeAll(async () => {
  cleanup = useTempDatabase();
  admin = await signedIn("admin");
});
afterAll(() => cleanup());
afterEach(() => {
  delete process.env.SESSION_IDLE_MINUTES;
  delete process.env.SESSION_MAX_MINUTES;
});

/** A new nurse added by the admin, and a client holding the cookie of one sign-in. */
async function newNurse() {
  const username = `session-nurse-${++counter}`;
  const created = await admin.post("/api/users", {
    username,
    displayName: "Sam Rivers",
    role: "nurse",
    password: PASSWORD,
  });
  expect(created.status).toBe(201);
  const client = new ApiClient();
  const signIn = await client.post("/api/session", { username, password: PASSWORD });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
  return { user: created.body.user, username, client, cookie };
}

/** Moves a user's sessions into the past, as if that much time had gone by. */
async function backdate(userId: string, column: "last_seen_at" | "created_at", msAgo: number) {
  await testSql(`UPDATE sessions SET ${column} = ? WHERE user_id = ?`).run(
    new Date(Date.now() - msAgo).toISOString(),
    userId,
  );
}

const status = async (cookie: string) => (await new ApiClient(cookie).get("/api/session")).status;

describe("sessions", () => {
  it("sets an HttpOnly, SameSite cookie at sign-in", async () => {
    const { username } = await newNurse();
    const res = await new ApiClient().post("/api/session", { username, password: PASSWORD });
    const setCookie = res.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^cipn_session=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=(Lax|Strict)/);
    expect(res.body.user).toMatchObject({
      id: expect.any(String),
      username,
      displayName: "Sam Rivers",
      role: "nurse",
    });
  });

  it("ends on the server at sign-out: the old cookie gets 401", async () => {
    const { client, cookie } = await newNurse();
    expect(await status(cookie)).toBe(200);
    expect((await client.delete("/api/session")).status).toBe(204);
    const res = await new ApiClient(cookie).get("/api/session");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("unauthenticated");
  });

  it("ends after 30 idle minutes", async () => {
    const { user, cookie } = await newNurse();
    await backdate(user.id, "last_seen_at", 29 * MINUTE);
    expect(await status(cookie)).toBe(200);
    await backdate(user.id, "last_seen_at", 31 * MINUTE);
    expect(await status(cookie)).toBe(401);
  });

  it("ends after a configured idle time", async () => {
    const { cookie } = await newNurse();
    process.env.SESSION_IDLE_MINUTES = "0.0001"; // 6 ms
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await status(cookie)).toBe(401);
  });

  it("ends 12 hours after sign-in, however active", async () => {
    const { user, cookie } = await newNurse();
    await backdate(user.id, "created_at", 11 * 60 * MINUTE);
    expect(await status(cookie)).toBe(200);
    await backdate(user.id, "created_at", 12 * 60 * MINUTE + MINUTE);
    expect(await status(cookie)).toBe(401);
  });

  it("ends after a configured lifetime", async () => {
    const { cookie } = await newNurse();
    process.env.SESSION_MAX_MINUTES = "0.0001";
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await status(cookie)).toBe(401);
  });

  it("ends when the account is disabled, and the account cannot sign in again", async () => {
    const { user, username, cookie } = await newNurse();
    const disabled = await admin.patch(`/api/users/${user.id}`, { version: user.version, disabled: true });
    expect(disabled.status).toBe(200);
    expect(await status(cookie)).toBe(401);
    expect((await new ApiClient().post("/api/session", { username, password: PASSWORD })).status).toBe(401);
  });

  it("gives one answer for a wrong password and an unknown user", async () => {
    const { username } = await newNurse();
    const wrong = await new ApiClient().post("/api/session", { username, password: "not the password at all" });
    const unknown = await new ApiClient().post("/api/session", { username: "no-such-user", password: PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.message).toBe("The username or password is wrong.");
  });
});

describe("passwords and sign-in limits", () => {
  it("stores argon2id with 19 MiB of memory and 2 passes", async () => {
    const { user } = await newNurse();
    const password_hash = await testSql("SELECT password_hash FROM users WHERE id = ?").value<string>(user.id);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(password_hash).not.toContain(PASSWORD);
  });

  it("refuses an account with 429 after 10 failed sign-ins, from any address", async () => {
    const { username } = await newNurse();
    const from = (address: string, password: string) =>
      new ApiClient().call("POST", "/api/session", { username, password }, { headers: { "x-forwarded-for": address } });
    for (let i = 1; i <= 10; i++) expect((await from(`10.0.0.${i}`, "wrong password, try again")).status).toBe(401);

    const refused = await from("10.0.1.1", PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe("rate_limited");
  });
});
