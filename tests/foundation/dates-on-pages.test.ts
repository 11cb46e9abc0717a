// One way to write dates on every page and print (issue 13, item 8): a day or an instant reaches
// the page only through lib/dates.ts ("1 Dec 2026", "14:05 CET" in the clinic's zone). Code that
// formats a date any other way writes the reader's locale (mm/dd/yyyy), the browser's zone or
// the stored UTC, so it is refused here, where it is written.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const RENDERED = ["app", "components"];

/** Ways of writing a date that bypass lib/dates.ts. */
const FORBIDDEN: { pattern: RegExp; why: string }[] = [
  { pattern: /\.toLocale(Date|Time)?String\(/, why: "writes the reader's locale and zone" },
  { pattern: /new Intl\.DateTimeFormat\(/, why: "a second date formatter beside lib/dates.ts" },
  { pattern: /from "date-fns"/, why: "formats or shifts days beside lib/dates.ts" },
  { pattern: /\.replace\("T", " "\)|\.slice\(11, 1[69]\)/, why: "cuts a stored UTC instant by hand" },
  { pattern: /\} UTC\b|\bUTC`/, why: "labels a time UTC instead of the clinic's zone" },
];

function sourceFiles(): string[] {
  return RENDERED.flatMap((dir) =>
    (fs.readdirSync(path.join(process.cwd(), dir), { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts") && !f.split(path.sep).includes("api"))
      .map((f) => path.join(dir, f)),
  );
}

describe("dates on pages", () => {
  it("are written only through lib/dates.ts", () => {
    const offences: string[] = [];
    for (const file of sourceFiles()) {
      fs.readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          for (const { pattern, why } of FORBIDDEN)
            if (pattern.test(line)) offences.push(`${file}:${i + 1} ${why}: ${line.trim()}`);
        });
    }
    expect(offences).toEqual([]);
  });

  it("the check catches each way it names", () => {
    const samples = [
      "new Date(h.replacedAt).toLocaleString()",
      'new Intl.DateTimeFormat("en-US")',
      'import { format } from "date-fns";',
      '{e.at.replace("T", " ")}',
      "{at.slice(0, 10)} {at.slice(11, 16)} UTC",
    ];
    for (const sample of samples)
      expect(
        FORBIDDEN.some(({ pattern }) => pattern.test(sample)),
        sample,
      ).toBe(true);
  });
});
