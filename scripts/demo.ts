// `npm run demo`: CIPN Watch with a ward of demo patients, from a fresh checkout after `npm ci`.
// Builds the app when there is no production build, migrates the database, seeds the demo ward
// into an empty database (never over data already there), then serves as `npm start` does. Its
// database is its own, data/demo.db, never the production one (lib/demo/database.ts).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { closeDb, databasePath, openDb } from "@/db/client";
import { usesPostgres } from "@/db/dialect";
import { demoDatabasePath } from "@/lib/demo/database";
import { seedDemoWard } from "@/lib/demo/seed";
import { DEMO_USERS } from "@/lib/demo/users";

function buildIfMissing(): void {
  if (fs.existsSync(".next/BUILD_ID")) return;
  console.log("No production build yet: building the app first (a minute or two).");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) {
    console.error("The build failed, so the demo was not started.");
    process.exit(build.status ?? 1);
  }
}

function credentialsBox(title: string): string {
  const rows = [
    ["Role", "Username", "Password", "Name"],
    ...DEMO_USERS.map((u) => [u.role, u.username, u.password, u.displayName]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `│ ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" │ ")} │`;
  const rule = (left: string, mid: string, right: string) =>
    left + widths.map((w) => "─".repeat(w + 2)).join(mid) + right;
  const inner = rule("", "─", "").length;
  return [
    `┌${"─".repeat(inner)}┐`,
    `│ ${title.padEnd(inner - 2)} │`,
    rule("├", "┬", "┤"),
    line(rows[0]!),
    rule("├", "┼", "┤"),
    ...rows.slice(1).map(line),
    rule("└", "┴", "┘"),
  ].join("\n");
}

/** The production server, started exactly as `npm start` starts it. */
function serve(): void {
  const server = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/start.ts"], {
    stdio: "inherit",
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function main(): Promise<void> {
  // The demo's users and passwords are printed for anyone to use: it never seeds a network's database.
  if (usesPostgres())
    throw new Error("The demo runs on its own SQLite file; unset DATABASE_URL (a PostgreSQL database) to start it.");
  // Before anything opens a database; the server started below inherits it.
  process.env.DATABASE_PATH = demoDatabasePath();
  buildIfMissing();
  await openDb(); // opens and migrates
  const outcome = await seedDemoWard();
  if (outcome.seeded) {
    console.log(`Seeded the demo ward (${outcome.patients} patients) into ${databasePath()}.`);
    console.log(credentialsBox("Demo users: sign in with any of these"));
  } else {
    console.log(`${outcome.reason} Seeding nothing into ${databasePath()}.`);
    console.log(credentialsBox("Demo users, if `npm run demo` seeded this database"));
  }
  closeDb();
  serve();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  closeDb();
  process.exit(1);
});
