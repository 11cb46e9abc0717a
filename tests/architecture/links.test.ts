// Links between the app's pages fetch their page ahead only when reached for (components/ui/app-link.tsx):
// next/link's default fetched every link in view, about twenty server renders per page view.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const THE_ONE = "components/ui/app-link.tsx";

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

describe("links between pages", () => {
  it(`come from ${THE_ONE} alone, never straight from next/link`, () => {
    const importing = ["app", "components"]
      .flatMap(sourceFiles)
      .filter((file) => /from\s+["']next\/link["']/.test(fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(importing).toEqual([THE_ONE]);
  });
});
