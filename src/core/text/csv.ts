/**
 * CSV that is safe to open in a spreadsheet. Fields are quoted as RFC 4180 asks (a comma, a
 * double quote or a line break inside one), and text that a spreadsheet would run as a formula is
 * neutralised: the strings written often come from other people (an organisation's type or
 * region), and a cell such as `=HYPERLINK(…)` or `@SUM(…)` is evaluated when the file is opened.
 */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * The leading characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
 * (= + - @), and tab and carriage return, which some of them skip before looking (OWASP's list).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field. Dangerous text gets a leading apostrophe, which spreadsheets show as text and OWASP
 * recommends; a finite number is written as it is, so a negative number stays a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",");
}

/** Whole rows, each ended by CRLF as RFC 4180 has it. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${csvRow(row)}\r\n`).join("");
}
