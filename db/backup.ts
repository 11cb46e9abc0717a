import "server-only";
import fs from "node:fs";
import path from "node:path";
import { getSqlite } from "./client";
import { usesPostgres } from "./dialect";

/** SQLite's online backup: a consistent copy while the app goes on writing. */
export async function backupDatabase(file: string): Promise<void> {
  if (usesPostgres())
    throw new Error(
      "On PostgreSQL, back up with the server's own tools (pg_dump, or base backups with PITR: docs/deploy.md).",
    );
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new Error(`${target} exists already; choose a new file.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await getSqlite().backup(target);
}
