// `npm run test:postgres [-- files...]`: the test files that open a database run again on
// PostgreSQL (issue 18; vitest.postgres.config.ts says which and which not). A throwaway cluster
// (scripts/lib/pg-cluster.ts) holds one migrated template; each test file's database is a copy of
// it (lib/testing/api.ts useTempDatabase), reached as the app's role, as the app reaches it. On a
// machine without PostgreSQL it says so plainly and passes: the SQLite run is the default.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { migratePg } from "../db/migrate-pg";
import { APP_ROLE, startPgCluster } from "./lib/pg-cluster";

const TEMPLATE = "cipn_template";

const started = await startPgCluster();
if (!started.ok) {
  console.log(`PostgreSQL tests skipped: ${started.why}`);
  process.exit(0);
}
const { cluster } = started;
let status = 1;
try {
  const template = cluster.createDatabase(TEMPLATE);
  await migratePg(template.ownerUrl, APP_ROLE);
  const result = spawnSync(
    "node_modules/.bin/vitest",
    ["run", "--config", "vitest.postgres.config.ts", ...process.argv.slice(2)],
    {
      stdio: "inherit",
      env: {
        ...process.env,
        // The dialect is chosen when db/tables.ts is imported; each file then points this at its own
        // copy. Until then it names a database that does not exist, so nothing writes into the template.
        DATABASE_URL: template.appUrl.replace(/\/\w+$/, "/no_database_before_use_temp_database"),
        CIPN_TEST_POSTGRES: JSON.stringify({ ...cluster.address, template: TEMPLATE }),
        // The fuzz sends its full 25,000 requests on SQLite; here a tenth of them. What it looks for
        // (a 5xx, a change made by a refused request) is decided before the database, and on
        // PostgreSQL each request costs a fingerprint of every table over the network.
        FUZZ_RUNS: process.env.FUZZ_RUNS ?? "100",
        // Beside the cluster's files, so they go with it.
        SECRETS_PATH: path.join(cluster.directory, "secrets.json"),
      },
    },
  );
  status = result.status ?? 1;
} finally {
  cluster.stop();
}
process.exit(status);
