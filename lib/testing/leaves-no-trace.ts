// Run before every test file (vitest.config.ts setupFiles). Files share a worker process one after
// another (isolate: false), so a setting one file left behind would change the answers of the
// next: each file must hand the environment and the clock back as it found them. The variables
// useTempDatabase points at the file's own database are the exception; each file sets its own.
import { afterAll, beforeAll, expect, vi } from "vitest";

const SET_PER_FILE = new Set(["DATABASE_PATH", "DATABASE_URL", "CIPN_TEST_OWNER_URL"]);

function environment(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !SET_PER_FILE.has(name)));
}

let before: Record<string, string | undefined>;

beforeAll(() => {
  before = environment();
});

afterAll(() => {
  expect(environment(), "environment variables this file changed and did not put back").toEqual(before);
  expect(vi.isFakeTimers(), "the clock is still faked").toBe(false);
});
