// Migrating a PostgreSQL database (issue 18), as the tables' owner: db/migrations-pg in order, then
// the app's role given exactly its privileges (db/protection-pg.ts). The node-postgres driver is
// imported here, when a PostgreSQL database is named, so an install on SQLite never loads it.
import path from "node:path";
import type { ClientConfig } from "pg";
import { loadDrizzlePg, loadPg, loadPgMigrator } from "./pg-driver";
import { pgGrantStatements } from "./protection-pg";

export const PG_MIGRATIONS = path.join(/*turbopackIgnore: true*/ process.cwd(), "db/migrations-pg");

/** A node-postgres client, connected: the driver is loaded on the first call. */
export async function connectPg(config: string | ClientConfig) {
  const { default: pg } = await loadPg();
  const client = new pg.Client(typeof config === "string" ? { connectionString: config } : config);
  await client.connect();
  return client;
}

/**
 * The key of the advisory lock that migrations take, so that app servers (or command-line runs)
 * starting at once migrate one after another: two GRANTs on one table at once fail with "tuple
 * concurrently updated", and Drizzle's migrator takes no lock of its own. Any fixed number will
 * do; this one spells "CIPN".
 */
const MIGRATION_LOCK = 0x4349504e;

/**
 * Applies the pending migrations of db/migrations-pg over `ownerUrl` (the owner's connection:
 * the app's role may not create or alter tables), then, if `appRole` is named, grants it what the
 * app needs and nothing more, again after every migration so a new table is covered. One at a
 * time per database: the lock is the session's, so it goes with the connection however this ends.
 */
export async function migratePg(ownerUrl: string, appRole?: string): Promise<void> {
  const client = await connectPg(ownerUrl);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const [{ drizzle }, { migrate }] = await Promise.all([loadDrizzlePg(), loadPgMigrator()]);
    await migrate(drizzle(client), { migrationsFolder: PG_MIGRATIONS });
    if (appRole) {
      await client.query("BEGIN");
      for (const statement of pgGrantStatements(appRole)) await client.query(statement);
      await client.query("COMMIT");
    }
  } finally {
    await client.end();
  }
}
