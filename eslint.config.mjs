import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

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
    },
  },
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
    "test-results/**",
    "playwright-report/**",
  ]),
]);
