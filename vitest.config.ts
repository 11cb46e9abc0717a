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
