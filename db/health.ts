import "server-only";
import { getSqlite } from "./client";

export async function databaseHealthy(): Promise<boolean> {
  try {
    return getSqlite().prepare("SELECT 1 AS ok").get() !== undefined;
  } catch {
    return false;
  }
}
