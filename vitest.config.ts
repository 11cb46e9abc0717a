import os from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside React Server Components; tests import db/ directly.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "app/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    // Vitest's default keeps one core for its main process, which on a 2-core machine runs the
    // files one at a time; that process is idle once the files are collected, so use them all.
    maxWorkers: os.availableParallelism(),
    // Each worker keeps the modules it imported from one file to the next, instead of importing
    // the app (route handlers, Drizzle, zod schemas) again for each of the 82 files: that import
    // was about half the run (261 s against 131 s, same machine). Nothing a file changes outlives
    // it: each opens its own database (useTempDatabase) and closes it after, and every test that
    // sets an environment variable, a global or the clock puts it back
    // (lib/testing/leaves-no-trace.ts fails a file that does not).
    isolate: false,
    setupFiles: ["lib/testing/leaves-no-trace.ts"],
    testTimeout: 30_000,
    // A beforeAll that signs users in (argon2) shares the two cores with the other worker's file.
    hookTimeout: 30_000,
    coverage: {
      provider: "v8",
      include: ["lib/domain/**/*.ts"],
      exclude: ["lib/domain/**/*.test.ts"],
      reporter: ["text-summary", "text"],
    },
  },
});
