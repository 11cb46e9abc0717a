// node-postgres and Drizzle's driver for it, imported by Node itself when a PostgreSQL database is
// first used, never bundled: a bundled import of them makes Turbopack add its async-module runtime
// to every page's JavaScript (0.4 kB gzip on each; docs/benchmarks.md, "Route budgets"), though no
// page uses them. Drizzle tells its own objects apart by their kind, not their class, so the
// tables and SQL of the bundled copy work with the driver of this one.
export const loadPg = () => import(/* turbopackIgnore: true */ "pg");
export const loadDrizzlePg = () => import(/* turbopackIgnore: true */ "drizzle-orm/node-postgres");
export const loadPgMigrator = () => import(/* turbopackIgnore: true */ "drizzle-orm/node-postgres/migrator");
