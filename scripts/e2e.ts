// `npm run test:e2e -- [spec files...]`: build the app, serve it from a fresh database holding
// the users of e2e/fixtures.ts (SQLite, or PostgreSQL with E2E_DATABASE=postgres), run Playwright
// against it, and always clean up. `next build`
// writes the shared .next folder, so run it under a lock where others build too:
// `flock /tmp/e2e.lock npm run test:e2e`. E2E_SKIP_BUILD=1 reuses the last build.
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from "node:child_process";
import fs from "node:fs";
import { freePort } from "./lib/free-port";
import { startPgCluster } from "./lib/pg-cluster";
import os from "node:os";
import path from "node:path";
import { USERS } from "../e2e/fixtures";

const HEALTH_TIMEOUT_MS = 60_000;
process.env.NEXT_TELEMETRY_DISABLED = "1";
// As `npm start` and `npm run cli` run them: the server-only modules of db/ need this condition.
const TSX = "node_modules/.bin/tsx";
const SERVER_CONDITION = "--conditions=react-server";

function fail(message: string): never {
  console.error(`\ne2e: ${message}`);
  process.exit(1);
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) fail(`${command} ${args.join(" ")} failed (${result.error?.message ?? result.status}).`);
}

/** Debian's Chromium; Playwright's own browser download cannot reach its host from here. */
function ensureChromium(): string {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (fs.existsSync(chromium)) return chromium;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (chromium !== "/usr/bin/chromium" || process.getuid?.() !== 0 || !hasApt) {
    fail(
      `No Chromium at ${chromium}. Install Debian's package (as root: apt-get update && apt-get install -y chromium)` +
        " or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  console.log("e2e: installing Debian's chromium package...");
  run("sh", ["-c", "apt-get update && apt-get install -y chromium"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return chromium;
}

/** Creates one fixture user with the real command line, the password on standard input. */
function createUser(env: NodeJS.ProcessEnv, [role, user]: [string, (typeof USERS)[keyof typeof USERS]]) {
  const args = ["scripts/cli.ts", "user:create", "--username", user.username, "--role", role];
  const cli = spawn(TSX, [SERVER_CONDITION, ...args, "--display-name", user.displayName], {
    env,
    stdio: ["pipe", "inherit", "inherit"],
  });
  cli.stdin.end(`${user.password}\n`);
  return new Promise<void>((resolve) =>
    cli.on("close", (code) => (code === 0 ? resolve() : fail(`creating the ${role} user failed (${code}).`))),
  );
}

/**
 * The fixture users: the first alone, as opening the fresh database migrates it, then the rest at
 * once, as each command's time is mostly Node starting and loading the app, one core's work.
 */
async function createUsers(env: NodeJS.ProcessEnv): Promise<void> {
  const [first, ...rest] = Object.entries(USERS);
  await createUser(env, first!);
  await Promise.all(rest.map((entry) => createUser(env, entry)));
}

/** `npm start` in its own process group, so start.ts and the Next.js server it spawns stop together. */
function startServer(env: NodeJS.ProcessEnv): { process: ChildProcess; output: () => string } {
  const server = spawn(TSX, [SERVER_CONDITION, "scripts/start.ts"], { env, detached: true, stdio: "pipe" });
  let output = "";
  const keep = (chunk: Buffer) => (output += chunk.toString());
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);
  process.on("exit", () => {
    // The whole group, even if start.ts is gone: the Next.js server it spawned may not be.
    if (server.pid === undefined) return;
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  });
  return { process: server, output: () => output };
}

async function waitForHealth(baseUrl: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`the server exited (${server.exitCode}) before it was healthy:\n${output()}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`GET /api/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s. The server said:\n${output()}`);
}

/**
 * The database the server is started on: a fresh SQLite file, or with E2E_DATABASE=postgres a
 * fresh database on a throwaway cluster (scripts/lib/pg-cluster.ts), which the app migrates as the
 * tables' owner on start and serves as its own role, as docs/deploy.md sets it up.
 */
async function databaseEnv(tempDir: string): Promise<Record<string, string>> {
  if (process.env.E2E_DATABASE !== "postgres") return { DATABASE_PATH: path.join(tempDir, "cipn.db") };
  const started = await startPgCluster();
  if (!started.ok) {
    // As `npm run test:postgres` does: a machine without PostgreSQL runs the SQLite suite alone.
    console.log(`PostgreSQL e2e skipped: ${started.why}`);
    process.exit(0);
  }
  process.on("exit", () => started.cluster.stop());
  const database = started.cluster.createDatabase("cipn_e2e");
  return {
    DATABASE_URL: database.appUrl,
    DATABASE_OWNER_URL: database.ownerUrl,
    SECRETS_PATH: path.join(tempDir, "secrets.json"),
  };
}

async function main(): Promise<void> {
  const chromium = ensureChromium();
  if (process.env.E2E_SKIP_BUILD !== "1") run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
  // Every route's first-load JavaScript within its budget (scripts/route-budgets.json).
  run(TSX, ["scripts/check-route-budgets.ts"]);

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "cipn-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Exit handlers run however this ends: success, fail(), an uncaught error or Ctrl-C.
  process.on("exit", () => fs.rmSync(tempDir, { recursive: true, force: true }));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
  const database = await databaseEnv(tempDir);
  const env = {
    ...process.env,
    ...database,
    PORT: String(port),
    HOSTNAME: "127.0.0.1",
  };

  await createUsers(env);
  const server = startServer(env);
  await waitForHealth(baseUrl, server.process, server.output);
  console.log(`e2e: serving ${baseUrl} from ${database.DATABASE_URL ? "PostgreSQL" : database.DATABASE_PATH}`);

  const playwright = spawn("node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: chromium },
  });
  const code = await new Promise<number>((resolve) => playwright.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) {
    // Playwright empties test-results when it starts, so the server's side of a failure goes there after.
    fs.mkdirSync("test-results", { recursive: true });
    fs.writeFileSync("test-results/server.log", server.output());
    console.error("e2e: the server's output is in test-results/server.log");
  }
  process.exit(code);
}

void main();
