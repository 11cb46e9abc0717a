// Which database this process serves from (issue 18; docs/deploy.md): PostgreSQL when
// DATABASE_URL names one, else the SQLite file at DATABASE_PATH. It is read once per process, as
// the tables (db/tables.ts) are chosen when first imported.

const POSTGRES_URL = /^postgres(ql)?:\/\//;

export function usesPostgres(): boolean {
  return POSTGRES_URL.test(process.env.DATABASE_URL ?? "");
}
