// The few pieces of SQL that SQLite and PostgreSQL spell differently (issue 18), each written
// once here for both, so that every query in db/commands and db/reads is one query.
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { Tx } from "./client";
import { usesPostgres } from "./dialect";

/** The rows of a statement written in SQL: for the few reads the query builder cannot say. */
export async function rawRows<T>(tx: Tx, query: SQL): Promise<T[]> {
  if (usesPostgres()) return (await (tx as unknown as NodePgDatabase).execute(query)).rows as T[];
  return tx.all<T>(query);
}

/** One of the same statement, for each dialect: for the reads whose SQL differs. */
export const bySqlDialect = (statements: { sqlite: SQL; postgres: SQL }): SQL =>
  usesPostgres() ? statements.postgres : statements.sqlite;

/** A top-level key of a JSON column, as text (SQLite stores JSON as text, PostgreSQL as jsonb). */
export function jsonText(column: SQLWrapper, key: string): SQL<string | null> {
  if (!/^\w+$/.test(key)) throw new Error(`Not a JSON key: ${key}`);
  return usesPostgres() ? sql`(${column} ->> ${key})` : sql`json_extract(${column}, ${`$.${key}`})`;
}

/**
 * `text` contains `pattern`'s letters in any case: SQLite's LIKE ignores the case of ASCII
 * letters, PostgreSQL's does not (ILIKE does). The pattern's own `\` escapes its wildcards.
 */
export function likeAnyCase(text: SQLWrapper, pattern: string): SQL {
  return usesPostgres() ? sql`${text} ILIKE ${pattern} ESCAPE '\\'` : sql`${text} LIKE ${pattern} ESCAPE '\\'`;
}
