// The databases the load and crash benchmarks run on, one after the other with the same workload:
// BENCH_DATABASES=sqlite, postgres or both (the default). SQLite is a file in the run's temp
// folder; PostgreSQL a throwaway cluster (scripts/lib/pg-cluster.ts) started durable, with fsync,
// synchronous_commit and full_page_writes on, as SQLite runs with synchronous = FULL: on both a
// write is acknowledged only after its commit is on disk.
import path from "node:path";
import { startPgCluster } from "../../scripts/lib/pg-cluster";
import type { DatabaseEnv } from "./server";
import { checkPostgres, checkSqlite, type DatabaseCheck } from "./verify";
import type { Acked } from "./workload";

export type DatabaseKind = "sqlite" | "postgres";

export const DATABASE_NAMES: Record<DatabaseKind, string> = { sqlite: "SQLite", postgres: "PostgreSQL" };

/** BENCH_DATABASES, in the order they run. */
export function benchDatabases(): DatabaseKind[] {
  const raw = process.env.BENCH_DATABASES || "both";
  if (raw === "both") return ["sqlite", "postgres"];
  if (raw === "sqlite" || raw === "postgres") return [raw];
  throw new Error(`BENCH_DATABASES must be sqlite, postgres or both, not "${raw}".`);
}

export interface BenchDatabase {
  kind: DatabaseKind;
  /** What the server and the command line are started with. */
  env: DatabaseEnv;
  /** Looks for every acknowledged write in the stored data, with the server stopped. */
  check(acked: Acked): Promise<DatabaseCheck>;
  /** Stops the PostgreSQL cluster, if any; the caller removes `dir`. */
  close(): void;
}

/** A fresh, empty database of `kind`, its files (and the secrets file) in `dir`. */
export async function openBenchDatabase(kind: DatabaseKind, dir: string): Promise<BenchDatabase> {
  if (kind === "sqlite") {
    const file = path.join(dir, "cipn.db");
    return { kind, env: file, check: (acked) => Promise.resolve(checkSqlite(file, acked)), close: () => undefined };
  }
  const started = await startPgCluster({ durable: true });
  if (!started.ok) throw new Error(`BENCH_DATABASES asks for PostgreSQL, but ${started.why}.`);
  const { cluster } = started;
  // A run that ends badly must not leave a server behind.
  const stop = () => cluster.stop();
  process.once("exit", stop);
  const urls = cluster.createDatabase("cipn_bench");
  return {
    kind,
    env: { DATABASE_URL: urls.appUrl, DATABASE_OWNER_URL: urls.ownerUrl, SECRETS_PATH: path.join(dir, "secrets.json") },
    check: (acked) => checkPostgres(urls, acked),
    close: () => {
      process.removeListener("exit", stop);
      stop();
    },
  };
}
