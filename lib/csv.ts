// CSV as RFC 4180 writes it, with spreadsheet formula injection defused (OWASP, "CSV Injection").

export type CsvCell = string | number | boolean | null;

/**
 * A spreadsheet runs a cell that starts with one of these as a formula. Only text cells are
 * defused: a number is written as a number so that it stays one, and the flowsheet holds no
 * negative numbers (doses, seconds, counts and grades are all zero or more).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Booleans read "yes"/"no"; null (not done) is an empty cell. */
function text(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  if (typeof cell === "number") return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A field with a comma, a quote, CR or LF is quoted, its quotes doubled. */
function field(cell: CsvCell): string {
  const value = text(cell);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One header line and a line per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(",") + "\r\n").join("");
}
