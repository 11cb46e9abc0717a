// The production server as the benchmarks drive it: the `npm run build` output served by
// scripts/start.ts on a port of its own, from a database in a temp folder, with users made by
// the real command line. `next build` writes the shared .next folder, so run benchmarks under
// the same lock as the e2e runner where others build: `flock /tmp/e2e.lock npm run bench:load`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const TSX = ["node_modules/.bin/tsx", "--conditions=react-server"] as const;
const HEALTH_TIMEOUT_MS = 60_000;

export interface BenchUser {
  username: string;
  role: "nurse" | "oncologist" | "pharmacist" | "admin";
  displayName: string;
  password: string;
}

/**
 * Where the server's data is, as environment variables: a SQLite file (DATABASE_PATH, given as its
 * path) or a PostgreSQL database (DATABASE_URL and the rest, bench/lib/databases.ts).
 */
export type DatabaseEnv = string | Record<string, string>;

/** The variables for `database`, clearing those of the other kind that this shell may have set. */
function envFor(database: DatabaseEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["DATABASE_PATH", "DATABASE_URL", "DATABASE_OWNER_URL", "SECRETS_PATH"]) delete env[name];
  return { ...env, ...(typeof database === "string" ? { DATABASE_PATH: database } : database) };
}

/** A fresh folder for one run's database; removed by the caller when done. */
export function tempDatabase(label: string): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cipn-${label}-`));
  return { dir, file: path.join(dir, "cipn.db") };
}

/** Fails early, with the fix, when there is no production build to serve. */
export function requireBuild(): void {
  if (!fs.existsSync(".next/BUILD_ID")) {
    throw new Error("No production build in .next: run `flock /tmp/e2e.lock npm run build` first.");
  }
}

/** `npm run cli -- user:create`, the password on standard input, as an operator would. */
export function createUserWithCli(database: DatabaseEnv, user: BenchUser): void {
  const args = ["scripts/cli.ts", "user:create", "--username", user.username, "--role", user.role];
  const result = spawnSync(TSX[0], [...TSX.slice(1), ...args, "--display-name", user.displayName], {
    env: envFor(database),
    input: `${user.password}\n`,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`user:create ${user.username} failed: ${result.stderr}`);
}

export class Server {
  private log = "";
  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    const keep = (chunk: Buffer) => {
      // The tail is enough to explain a failure; the whole log of a long run is not needed.
      this.log = (this.log + chunk.toString()).slice(-20_000);
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
  }

  /** Starts scripts/start.ts in its own process group, and waits until /api/health answers 200. */
  static async start(database: DatabaseEnv, port: number): Promise<Server> {
    const child = spawn(TSX[0], [...TSX.slice(1), "scripts/start.ts"], {
      env: {
        ...envFor(database),
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const server = new Server(child, `http://127.0.0.1:${port}`);
    await server.waitForHealth();
    return server;
  }

  get output(): string {
    return this.log;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  private async waitForHealth(): Promise<void> {
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`The server exited before it was healthy:\n${this.log}`);
      const ok = await fetch(`${this.baseUrl}/api/health`).then(
        (res) => res.status === 200,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`GET /api/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s:\n${this.log}`);
  }

  /**
   * Signals the whole process group (start.ts and the Next.js server it spawned) and waits until
   * start.ts is gone. SIGKILL is the crash: no handler runs, nothing is flushed.
   */
  async stop(signal: "SIGTERM" | "SIGKILL" = "SIGTERM"): Promise<void> {
    if (!this.running || this.child.pid === undefined) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // Already gone.
    }
    await exited;
    // The Next.js child is in the same group; give the kernel a moment to reap it too.
    await waitForGroupToEnd(this.child.pid);
  }
}

async function waitForGroupToEnd(pgid: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Process group ${pgid} is still alive after its signal.`);
}
