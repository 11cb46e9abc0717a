// The PostgreSQL schema (db/schema-pg.ts) is db/schema.ts table for table (issue 18): the same tables,
// and for each the same inferred row types (checked by the compiler: `npx tsc --noEmit`), columns,
// primary keys, unique keys, indexes and foreign keys (checked here), so the code of db/ reads and
// writes either database with one set of types. The approach of Homarr's packages/db/test/schema.spec.ts.
import { is, SQL, StringChunk, Table, type InferInsertModel, type InferSelectModel } from "drizzle-orm";
import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as sqlite from "@/db/schema";
import * as pg from "@/db/schema-pg";

type TableKeys<S> = { [K in keyof S]: S[K] extends Table ? K : never }[keyof S];
type Selects<S> = { [K in TableKeys<S>]: S[K] extends Table ? InferSelectModel<S[K]> : never };
type Inserts<S> = { [K in TableKeys<S>]: S[K] extends Table ? InferInsertModel<S[K]> : never };

describe("the PostgreSQL schema's types", () => {
  it("has the same tables, with the same row types to read and to insert, as db/schema.ts", () => {
    expectTypeOf<Selects<typeof pg>>().toEqualTypeOf<Selects<typeof sqlite>>();
    expectTypeOf<Inserts<typeof pg>>().toEqualTypeOf<Inserts<typeof sqlite>>();
  });
});

/** A column or an index expression as text, the same in both dialects: `code`, `upper(code)`. */
function part(p: unknown): string {
  if (is(p, SQL))
    return p.queryChunks
      .map((chunk) => (is(chunk, StringChunk) ? chunk.value.join("") : (chunk as { name: string }).name))
      .join("");
  return (p as { name: string }).name;
}

/**
 * The PostgreSQL type each SQLite column type is stored as: the same values come back (a float4
 * `real` would round a dose; a `bigint` comes back as a string; `json` keeps the text, `jsonb` the value).
 */
const PG_TYPE_OF: Record<string, string> = {
  SQLiteText: "PgText",
  SQLiteInteger: "PgInteger",
  SQLiteReal: "PgDoublePrecision",
  SQLiteBoolean: "PgBoolean",
  SQLiteTextJson: "PgJsonb",
};

type Config = ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>;

/** What both dialects must agree on, in a dialect-free shape. */
function shape(config: Config) {
  const byName = <T extends { name: string }>(items: T[]) => items.sort((a, b) => a.name.localeCompare(b.name));
  return {
    name: config.name,
    columns: byName(
      config.columns.map((c) => ({
        name: c.name,
        type: PG_TYPE_OF[c.columnType] ?? c.columnType,
        notNull: c.notNull,
        hasDefault: c.hasDefault,
        default: c.default instanceof SQL ? part(c.default) : c.default,
        primary: c.primary,
        unique: c.isUnique,
        enumValues: c.enumValues ?? null,
      })),
    ),
    primaryKeys: config.primaryKeys.map((pk) => pk.columns.map(part)),
    uniqueConstraints: config.uniqueConstraints.map((u) => u.columns.map(part)),
    indexes: byName(
      config.indexes.map((i) => ({
        name: i.config.name ?? "",
        unique: i.config.unique,
        on: i.config.columns.map(part),
        where: i.config.where ? part(i.config.where) : null,
      })),
    ),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        const target = is(ref.foreignTable, PgTable) ? pgConfig(ref.foreignTable) : sqliteConfig(ref.foreignTable);
        return {
          columns: ref.columns.map(part),
          table: target.name,
          foreignColumns: ref.foreignColumns.map(part),
          onDelete: fk.onDelete ?? "no action",
          onUpdate: fk.onUpdate ?? "no action",
        };
      })
      .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
    checks: config.checks.map((c) => ({ name: c.name, value: part(c.value) })),
  };
}

const tablesOf = <T>(schema: Record<string, unknown>, kind: new (...args: never[]) => T) =>
  Object.fromEntries(Object.entries(schema).filter(([, value]) => is(value, kind as never))) as Record<string, T>;

const sqliteTables = tablesOf(sqlite, SQLiteTable);
const pgTables = tablesOf(pg, PgTable);

describe("the PostgreSQL schema", () => {
  it("exports the tables db/schema.ts does, under the same names", () => {
    expect(Object.keys(pgTables).sort()).toEqual(Object.keys(sqliteTables).sort());
    expect(Object.keys(sqliteTables).length).toBeGreaterThan(20);
  });

  it.each(Object.keys(sqliteTables))(
    "has %s with the same columns, keys, indexes and foreign keys as SQLite",
    (key) => {
      expect(shape(pgConfig(pgTables[key]!))).toEqual(shape(sqliteConfig(sqliteTables[key]!)));
    },
  );
});
