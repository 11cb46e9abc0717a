// The PostgreSQL twin of drizzle.config.ts (issue 18): its own schema and migration folder, the
// same drizzle-kit. `npx drizzle-kit generate --config drizzle.pg.config.ts`, then `npm run db:protect`.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema-pg.ts",
  out: "./db/migrations-pg",
});
