// The files that hold the records and the secret (issue 15, item 8): the database, its WAL and
// shared-memory files and secrets.json are the owner's only (0600), in a directory made 0700;
// a database left 0644 by an older version is narrowed on open. `npm run demo` has its own file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getSqlite } from "@/db/client";
import { demoDatabasePath } from "@/lib/demo/database";
import { signedIn } from "@/lib/testing/api";

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "cipn-files-"));
});
afterAll(() => {
  closeDb();
  delete process.env.DATABASE_PATH;
  fs.rmSync(root, { recursive: true, force: true });
});

const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

describe("the database files", () => {
  it("are created 0600 (database, WAL, shared memory, secrets) in a directory made 0700", async () => {
    const dir = path.join(root, "fresh", "data");
    process.env.DATABASE_PATH = path.join(dir, "cipn.db");
    await signedIn("nurse"); // writes (so the WAL exists) and signs in (so the secret is made)
    expect(mode(dir)).toBe("700");
    for (const name of ["cipn.db", "cipn.db-wal", "cipn.db-shm", "secrets.json"]) {
      expect(mode(path.join(dir, name)), name).toBe("600");
    }
    closeDb();
  });

  it("narrows a database an older version left readable by others", () => {
    const dir = path.join(root, "old");
    fs.mkdirSync(dir);
    const file = path.join(dir, "cipn.db");
    fs.writeFileSync(file, "");
    fs.chmodSync(file, 0o644);
    process.env.DATABASE_PATH = file;
    getSqlite();
    expect(mode(file)).toBe("600");
    closeDb();
  });
});

describe("the demo's database", () => {
  it("is data/demo.db, not the production default", () => {
    expect(demoDatabasePath({})).toBe(path.resolve("data/demo.db"));
  });

  it("refuses the production default and the file DATABASE_PATH names", () => {
    expect(() => demoDatabasePath({ DEMO_DATABASE_PATH: "data/cipn.db" })).toThrow(/production database/);
    expect(() => demoDatabasePath({ DEMO_DATABASE_PATH: "/srv/ward.db", DATABASE_PATH: "/srv/ward.db" })).toThrow(
      /production database/,
    );
    expect(demoDatabasePath({ DEMO_DATABASE_PATH: "/tmp/try.db", DATABASE_PATH: "/srv/ward.db" })).toBe("/tmp/try.db");
  });
});
