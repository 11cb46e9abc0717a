// The command line: `npm run cli -- <command> [options]`. It reads DATABASE_PATH like the app
// and migrates an empty or missing database first, so user:create works before the first start.
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { createUser } from "@/db/commands/users";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { UserInput } from "@/lib/schemas/user";
import { backupDatabase } from "@/db/backup";

const USAGE = `Usage:
  npm run cli -- user:create --username NAME --role nurse|oncologist|pharmacist|admin --display-name "Full Name"
      (the password is read as one line from standard input)
  npm run cli -- backup FILE
      (a consistent online copy of the database, safe while the app serves writes)`;

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
  getDb();
  const user = await createUser(null, { ...fields, passwordHash: await hashPassword(plain) });
  console.log(`Created ${user.role} ${user.username} (${user.displayName}).`);
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
        await backupDatabase(file);
        console.log(`Backed up the database to ${file}.`);
        break;
      }
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
