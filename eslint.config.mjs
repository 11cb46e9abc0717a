import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers, bottom to top (docs/architecture.md). A file imports only from its own layer and the
// layers below it; paths are resolved, so "@/db/x" and "../../db/x" are refused alike.
const PURE = [
  "lib/domain",
  "lib/access",
  "lib/schemas",
  "lib/dates.ts",
  "lib/csv.ts",
  "lib/regimens.ts",
  "lib/self-report-questions.ts",
];
const DB = ["db"];
// Inside db/ (docs/architecture.md, "db/: commands and reads"): the infrastructure (db/*.ts), then
// the reads, then the commands, which read inside their own transactions.
const DB_INFRASTRUCTURE = ["db/*.ts"];
const DB_READS = ["db/reads"];
const DB_COMMANDS = ["db/commands"];
// What uses db/: authentication, the API handler, demo seeding, the FHIR export, test helpers.
const SERVER = ["lib/auth", "lib/api", "lib/demo", "lib/fhir", "lib/testing", "lib/self-report-link.ts"];
const COMPONENTS = ["components"];
const APP = ["app", "proxy.ts"];
// The browser's fetch wrapper: beside the server layer, never reaching into it or into db/.
const CLIENT = ["lib/client"];
// Pure code runs anywhere, so it reaches no framework, database or server-only module.
const RUNTIME = ["next", "react", "react-dom", "server-only", "drizzle-orm", "better-sqlite3"].map(
  (name) => `node_modules/${name}`,
);

const asFiles = (paths) => paths.map((p) => (p.endsWith(".ts") ? p : `${p}/**`));
const layer = (name, files, forbidden, ignores = []) => ({
  name: `layers/${name}`,
  files,
  ignores,
  rules: {
    "import/no-restricted-paths": [
      "error",
      { zones: [{ target: ".", from: forbidden, message: `The ${name} layer imports only from layers below it.` }] },
    ],
  },
});
const TESTS = ["**/*.test.ts"];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Type-aware rules: the bugs a type checker alone lets through (a promise nobody awaits, a
    // promise where a callback returning void is expected, an await on a plain value).
    // projectService reads tsconfig.json once per run, which keeps `npm run lint` quick.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/require-await": "error",
      // A cast the types already prove is noise that hides the casts that matter.
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
    },
  },
  layer("pure", asFiles(PURE), [...DB, ...SERVER, ...CLIENT, ...COMPONENTS, ...APP, ...RUNTIME], TESTS),
  // The pure layer's tests may also use lib/testing's plain request-body builders.
  layer(
    "pure layer's tests",
    TESTS.map((t) => `{lib/domain,lib/schemas}/${t}`),
    [...DB, ...SERVER.filter((p) => p !== "lib/testing"), ...CLIENT, ...COMPONENTS, ...APP, ...RUNTIME],
  ),
  layer("db", DB_INFRASTRUCTURE, [...DB_READS, ...DB_COMMANDS, ...SERVER, ...CLIENT, ...COMPONENTS, ...APP]),
  layer("db reads", asFiles(DB_READS), [...DB_COMMANDS, ...SERVER, ...CLIENT, ...COMPONENTS, ...APP]),
  layer("db commands", asFiles(DB_COMMANDS), [...SERVER, ...CLIENT, ...COMPONENTS, ...APP]),
  layer("server", asFiles(SERVER), [...CLIENT, ...COMPONENTS, ...APP]),
  layer("client", asFiles(CLIENT), [...DB, ...SERVER, ...COMPONENTS, ...APP]),
  layer("components", asFiles(COMPONENTS), APP),
  {
    // db/ functions are async by contract even where SQLite answers synchronously: every caller
    // awaits them, so a PostgreSQL driver can replace better-sqlite3 inside db/ alone.
    files: ["db/**"],
    rules: { "@typescript-eslint/require-await": "off" },
  },
  {
    // Tests read loosely typed JSON answers; the product code may not.
    files: ["tests/**", "e2e/**", "lib/testing/**", "**/*.test.ts", "bench/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "coverage/**",
    "db/migrations/**",
    "db/migrations-pg/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
