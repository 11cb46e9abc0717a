// Production start: apply pending migrations, then serve the built app on PORT and HOSTNAME.
import { spawn } from "node:child_process";
import { closeDb, databasePath, openDb } from "@/db/client";
import { usesPostgres } from "@/db/dialect";

/** Where the data is, for the console: a PostgreSQL URL without its password. */
function databaseName(): string {
  if (!usesPostgres()) return databasePath();
  const url = new URL(process.env.DATABASE_URL!);
  url.password = "";
  return url.toString();
}

await openDb();
closeDb();
console.log(`Database ready at ${databaseName()}`);

// An idle connection is kept 65 s, not Node's 5 s: a client (a browser, a proxy, Playwright's
// request context) that reuses a connection just as the server closes it gets ECONNRESET, as one
// browser-test request did under load. 65 s outlasts the 60 s idle timeout of common proxies.
const KEEP_ALIVE_MS = "65000";
const args = ["start", "-p", process.env.PORT ?? "3000", "--keepAliveTimeout", KEEP_ALIVE_MS];
if (process.env.HOSTNAME) args.push("-H", process.env.HOSTNAME);
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", ...args], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
