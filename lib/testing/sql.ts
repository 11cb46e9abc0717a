// A test's own look into its database, in plain SQL with `?` placeholders, on SQLite or on
// PostgreSQL (scripts/test-postgres.ts), with the same results on both: counts as numbers, JSON
// columns as their text (as SQLite keeps them), booleans as 0 or 1. On PostgreSQL it connects as
// the tables' owner, as the SQLite connection holds every right on its file: a statement the
// database refuses is then refused by its triggers on both, with the same message
// (db/protection.ts). The app itself never reads through this.
import type { Client } from "pg";
import { getSqlite } from "@/db/client";
import { usesPostgres } from "@/db/dialect";

type Row = Record<string, unknown>;

let owner: { url: string; client: Promise<Client> } | undefined;

async function ownerClient(): Promise<Client> {
  const url = process.env.CIPN_TEST_OWNER_URL;
  if (!url) throw new Error("No owner's connection: call useTempDatabase first.");
  if (owner?.url !== url) {
    void closeTestSql();
    const { default: pg } = await import("pg");
    const asText = (text: string) => text;
    // This client's own parsers (the app's pool keeps the driver's): bigint counts as numbers, JSON
    // as its text, booleans as SQLite's 0 and 1.
    const parsers: Record<number, (text: string) => unknown> = {
      20: Number,
      114: asText,
      3802: asText,
      16: (text) => (text === "t" ? 1 : 0),
    };
    const types = {
      getTypeParser: (oid: number, format?: "text" | "binary") =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format ?? "text"),
    };
    const client = new pg.Client({ connectionString: url, types });
    owner = { url, client: client.connect().then(() => client) };
  }
  return owner.client;
}

/** `?` placeholders as PostgreSQL's numbered ones. */
const numbered = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

async function rows(text: string, params: unknown[]): Promise<Row[]> {
  if (!usesPostgres()) {
    const statement = getSqlite().prepare(text);
    if (!statement.reader) {
      statement.run(...params);
      return [];
    }
    return statement.all(...params) as Row[];
  }
  return (await (await ownerClient()).query<Row>(numbered(text), params)).rows;
}

/** One statement, run on the test's database. */
export function testSql(text: string) {
  const first = (row: Row | undefined) => (row ? Object.values(row)[0] : undefined);
  return {
    all: <T = Row>(...params: unknown[]) => rows(text, params) as Promise<T[]>,
    get: async <T = Row>(...params: unknown[]) => (await rows(text, params))[0] as T | undefined,
    /** The first column of every row. */
    column: async <T = unknown>(...params: unknown[]) => (await rows(text, params)).map(first) as T[],
    /** The first column of the first row. */
    value: async <T = unknown>(...params: unknown[]) => first((await rows(text, params))[0]) as T | undefined,
    run: async (...params: unknown[]) => void (await rows(text, params)),
  };
}

export async function closeTestSql(): Promise<void> {
  const open = owner;
  owner = undefined;
  if (open) await open.client.then((client) => client.end()).catch(() => undefined);
}
