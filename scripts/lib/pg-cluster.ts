// A throwaway PostgreSQL cluster for the tests (issue 18): Debian's server binaries (installed with
// apt-get when missing, only as root, as scripts/e2e.ts does for Chromium), initdb into a temporary
// directory (as the postgres user when run as root: initdb refuses root), started on a free port of
// loopback with fsync off (nothing here needs to survive a crash; the benchmarks ask for a durable
// one), holding the two roles of
// docs/deploy.md, and the databases `createDatabase` makes as that page does; `stop()` stops it
// and removes its files (a killed test run leaves it running: its port and /tmp/cipn-pg-* say so).
import { execFileSync, spawnSync, type SpawnSyncOptions } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export const OWNER_ROLE = "cipn_owner";
export const APP_ROLE = "cipn_app";

export interface PgDatabase {
  /** Connection strings: the superuser's, the tables' owner's (migrations, the move from SQLite), the app's. */
  superuserUrl: string;
  ownerUrl: string;
  appUrl: string;
}

export interface PgCluster {
  /** A new empty database, owned by the owner role. */
  createDatabase(name: string): PgDatabase;
  /** Where psql is and the port: enough for `cloneDatabase` in another process. */
  address: ClusterAddress;
  /** The cluster's own temporary directory, removed when it stops. */
  directory: string;
  stop(): void;
}

export interface ClusterAddress {
  psql: string;
  port: number;
}

const connectionUrl = ({ port }: ClusterAddress, user: string, database: string) =>
  `postgres://${user}@127.0.0.1:${port}/${database}`;

function checkName(name: string): void {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
}

function psqlAt(address: ClusterAddress, statements: string[]): void {
  run(address.psql, [
    connectionUrl(address, "postgres", "postgres"),
    "-v",
    "ON_ERROR_STOP=1",
    "-q",
    ...statements.flatMap((statement) => ["-c", statement]),
  ]);
}

/**
 * A new database copied from `template` (a migrated one nobody is connected to): each test file
 * of the PostgreSQL run gets its own this way (scripts/test-postgres.ts), a copy being much
 * quicker than migrating anew.
 */
export function cloneDatabase(address: ClusterAddress, template: string, name: string): PgDatabase {
  checkName(template);
  checkName(name);
  psqlAt(address, [`CREATE DATABASE ${name} TEMPLATE ${template} OWNER ${OWNER_ROLE}`]);
  return {
    superuserUrl: connectionUrl(address, "postgres", name),
    ownerUrl: connectionUrl(address, OWNER_ROLE, name),
    appUrl: connectionUrl(address, APP_ROLE, name),
  };
}

export type PgClusterOutcome = { ok: true; cluster: PgCluster } | { ok: false; why: string };

/** The newest installed server's bin folder (/usr/lib/postgresql/<major>/bin), if any. */
function serverBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const majors = fs
    .readdirSync(root)
    .filter((major) => fs.existsSync(path.join(root, major, "bin/initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? path.join(root, majors[0], "bin") : null;
}

function canInstall(): boolean {
  return process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { encoding: "utf8", ...options });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed: ${String(result.stderr ?? result.error ?? "").trim()}`);
}

/**
 * The server's durability settings. The tests' default skips every flush; `durable` keeps
 * PostgreSQL's own defaults (fsync, synchronous_commit and full_page_writes on: a commit is
 * acknowledged only once its WAL is flushed to disk, as a hospital's server runs), so the
 * benchmarks compare it fairly with SQLite's synchronous = FULL.
 */
const DURABILITY = {
  tests: ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"],
  durable: ["-c fsync=on", "-c synchronous_commit=on", "-c full_page_writes=on"],
};

/**
 * Finds (or, as root with apt-get, installs) PostgreSQL and starts a cluster, or says why there is
 * none to start. A server that is installed but does not start is an error, not a reason to skip.
 */
export async function startPgCluster(options: { durable?: boolean } = {}): Promise<PgClusterOutcome> {
  let bin = serverBin();
  if (!bin && canInstall()) {
    run("sh", ["-c", "apt-get update && apt-get install -y postgresql"], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    bin = serverBin();
  }
  if (!bin)
    return {
      ok: false,
      why: "no PostgreSQL server under /usr/lib/postgresql (as root: apt-get install -y postgresql)",
    };
  const asRoot = process.getuid?.() === 0;
  // As root, the cluster's files belong to the postgres user, which runs the server.
  const as = (args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", ...args]] : [args[0]!, args.slice(1)];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cipn-pg-"));
  const data = path.join(dir, "data");
  if (asRoot) {
    const postgres = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    fs.chownSync(dir, postgres, -1);
  }
  const port = await freePort();
  const ctl = (action: string, extra: string[] = []) =>
    run(...as([path.join(bin, "pg_ctl"), "-D", data, "-w", ...extra, action]));
  try {
    run(
      ...as([
        path.join(bin, "initdb"),
        "-D",
        data,
        "-U",
        "postgres",
        "--auth=trust",
        ...(options.durable ? [] : ["--no-sync"]),
        "--locale=C",
        "-E",
        "UTF8",
      ]),
    );
    const durability = DURABILITY[options.durable ? "durable" : "tests"];
    const serverOptions = [`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, ...durability].join(" ");
    ctl("start", ["-l", path.join(dir, "log"), "-o", serverOptions]);
  } catch (error) {
    const log = path.join(dir, "log");
    const said = fs.existsSync(log) ? `\n${fs.readFileSync(log, "utf8")}` : "";
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`The PostgreSQL of ${bin} did not start: ${String(error)}${said}`);
  }
  const address: ClusterAddress = { psql: path.join(bin, "psql"), port };
  const url = (user: string, database: string) => connectionUrl(address, user, database);
  const psql = (statements: string[]) => psqlAt(address, statements);
  const stop = () => {
    try {
      ctl("stop", ["-m", "immediate"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    psql([`CREATE ROLE ${OWNER_ROLE} LOGIN`, `CREATE ROLE ${APP_ROLE} LOGIN`]);
  } catch (error) {
    stop();
    throw error;
  }
  const createDatabase = (name: string): PgDatabase => {
    checkName(name);
    // As docs/deploy.md makes it: UTF-8 in the C locale, text compared byte by byte and upper()
    // and lower() changing ASCII only, as SQLite does.
    psql([`CREATE DATABASE ${name} OWNER ${OWNER_ROLE} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'`]);
    return { superuserUrl: url("postgres", name), ownerUrl: url(OWNER_ROLE, name), appUrl: url(APP_ROLE, name) };
  };
  return { ok: true, cluster: { createDatabase, address, directory: dir, stop } };
}
