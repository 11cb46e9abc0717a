import "server-only";
import fs from "node:fs";
import path from "node:path";
import { getSqlite } from "./client";

/** SQLite's online backup: a consistent copy while the app goes on writing. */
export async function backupDatabase(file: string): Promise<void> {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new Error(`${target} exists already; choose a new file.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await getSqlite().backup(target);
}
