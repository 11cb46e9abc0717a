import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/csv";

type Cell = Parameters<typeof toCsv>[1][number][number];
/** One record as written, without the header line before it. */
const line = (...cells: Cell[]) =>
  toCsv(
    cells.map((_, i) => `c${i}`),
    [cells],
  ).replace(/^c[^\r]*\r\n/, "");

describe("toCsv (RFC 4180)", () => {
  it("ends each record, the header's too, with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, 2]])).toBe("a,b\r\n1,2\r\n");
  });

  it("quotes a field with a comma, a quote, CR or LF, and doubles its quotes", () => {
    expect(line("a,b")).toBe('"a,b"\r\n');
    expect(line('say "hi"')).toBe('"say ""hi"""\r\n');
    expect(line("a\nb")).toBe('"a\nb"\r\n');
    expect(line("a\rb")).toBe('"a\rb"\r\n');
    expect(line("plain text")).toBe("plain text\r\n");
  });

  it("writes null as an empty field and booleans as yes/no", () => {
    expect(line(null, true, false, "")).toBe(",yes,no,\r\n");
  });
});

describe("toCsv defuses formula injection (OWASP)", () => {
  it.each(["=", "+", "-", "@", "\t", "\r"])("puts a quote before text that starts with %j", (start) => {
    const written = line(`${start}1+1`);
    expect(written.replace(/^"|"\r\n$|\r\n$/g, "")).toBe(`'${start}1+1`);
  });

  it("leaves text alone where those characters come later", () => {
    expect(line("a=b+c-d@e")).toBe("a=b+c-d@e\r\n");
  });

  it("writes numbers as numbers, never defused", () => {
    expect(line(-2, 0, 1.5)).toBe("-2,0,1.5\r\n");
  });
});
