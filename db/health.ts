import "server-only";
import { sql } from "drizzle-orm";
import { readSnapshot } from "./client";
import { rawRows } from "./dialect-sql";

export async function databaseHealthy(): Promise<boolean> {
  try {
    return (await readSnapshot((tx) => rawRows(tx, sql`SELECT 1 AS ok`))).length === 1;
  } catch {
    return false;
  }
}
