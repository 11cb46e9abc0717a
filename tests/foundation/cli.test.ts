// The command line creates users before the app ever starts (docs/api.md: `npm run cli -- user:create`,
// the password read as one line from standard input). It runs here as a real child process.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient, useTempDatabase } from "@/lib/testing/api";
import { testSql } from "@/lib/testing/sql";

let cleanup: () => void;
beforeAll(() => {
  cleanup = useTempDatabase();
});
afterAll(() => cleanup());

function userCreate(username: string, stdin: string) {
  return spawnSync(
    "node_modules/.bin/tsx",
    [
      "--conditions=react-server",
      "scripts/cli.ts",
      "user:create",
      "--username",
      username,
      "--role",
      "oncologist",
      "--display-name",
      "Cleo Oyelaran",
    ],
    // DATABASE_PATH or DATABASE_URL (set by useTempDatabase) is inherited: the CLI and this test
    // share one database.
    { input: stdin, encoding: "utf8", timeout: 60_000 },
  );
}

const usersNamed = (username: string) =>
  testSql("SELECT username, display_name, role FROM users WHERE username = ?").all(username);

describe("npm run cli -- user:create", () => {
  it("creates a user on a new database, who can then sign in; the line ending is not part of the password", async () => {
    const password = "a command line passphrase";
    const run = userCreate("cli-oncologist", `${password}\r\n`);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Created oncologist cli-oncologist");
    expect(await usersNamed("cli-oncologist")).toEqual([
      { username: "cli-oncologist", display_name: "Cleo Oyelaran", role: "oncologist" },
    ]);

    const signIn = await new ApiClient().post("/api/session", { username: "cli-oncologist", password });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user).toMatchObject({ username: "cli-oncologist", role: "oncologist" });
  }, 60_000);

  it("refuses a password under 15 characters and creates nobody", async () => {
    const run = userCreate("cli-short", "fourteen chars\n");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/password: At least 15 characters/);
    expect(await usersNamed("cli-short")).toEqual([]);
  }, 60_000);
});
