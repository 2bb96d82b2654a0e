/**
 * A1 addresses, sheet-name quoting, errors, and how Excel (en-US) reads a string written to a cell.
 * Plain TypeScript: no Node or DOM modules, so the fake can be bundled into the preview page.
 */
export type CellValue = string | number | boolean;

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A rectangle: zero-based first row and column, and its size. */
export interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** An error Excel itself would raise (at context.sync(), like a RichApi.Error with a code). */
export class FakeExcelError extends Error {
  readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`fake Excel: ${message} (${code})`);
    this.debugInfo = { code, message };
  }
}

/** A call the fake does not model: thrown at once, so gaps in the fake surface where they are hit. */
export class NotModelledError extends Error {
  constructor(what: string) {
    super(`fake Excel: ${what} is not modelled`);
  }
}

export const invalid = (message: string) => new FakeExcelError("InvalidArgument", message);

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "A1", "$B$2:D9", "A:C", "3:5" (a reversed range is normalised, as Excel does). */
export function parseArea(text: string): Area {
  const parts = text.replace(/\$/g, "").toUpperCase().split(":");
  if (parts.length > 2 || parts.some((p) => p === "")) throw invalid(`"${text}" is not an address`);
  const ends = parts.map((part) => {
    const m = /^([A-Z]{1,3})?(\d{1,7})?$/.exec(part);
    if (!m || (!m[1] && !m[2])) throw invalid(`"${text}" is not an address`);
    return {
      column: m[1] ? columnNumber(m[1]) : undefined,
      row: m[2] ? Number(m[2]) - 1 : undefined,
    };
  });
  const [a, b] = [ends[0], ends[ends.length - 1]];
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.column === undefined && b.column === undefined;
  if ((a.row === undefined || b.row === undefined) && !wholeColumns)
    throw invalid(`"${text}" is not an address`);
  if ((a.column === undefined || b.column === undefined) && !wholeRows)
    throw invalid(`"${text}" is not an address`);
  if (ends.length === 1 && (wholeRows || wholeColumns))
    throw invalid(`"${text}" is not an address`);
  const [r1, r2] = wholeColumns ? [0, MAX_ROWS - 1] : [a.row!, b.row!].sort((x, y) => x - y);
  const [c1, c2] = wholeRows ? [0, MAX_COLUMNS - 1] : [a.column!, b.column!].sort((x, y) => x - y);
  if (r1 < 0 || r2 >= MAX_ROWS || c2 >= MAX_COLUMNS)
    throw invalid(`"${text}" is outside the sheet`);
  return { row: r1, column: c1, rows: r2 - r1 + 1, columns: c2 - c1 + 1 };
}

/** Excel's own form: "A1", "A1:B2", "A:C" for whole columns, "3:5" for whole rows. */
export function formatArea(area: Area, absolute = false): string {
  const $ = absolute ? "$" : "";
  const col = (c: number) => `${$}${columnLetters(c)}`;
  const row = (r: number) => `${$}${r + 1}`;
  const lastRow = area.row + area.rows - 1;
  const lastCol = area.column + area.columns - 1;
  if (area.columns === MAX_COLUMNS) return `${row(area.row)}:${row(lastRow)}`;
  if (area.rows === MAX_ROWS) return `${col(area.column)}:${col(lastCol)}`;
  const start = col(area.column) + row(area.row);
  return area.rows === 1 && area.columns === 1 ? start : `${start}:${col(lastCol)}${row(lastRow)}`;
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  const plain =
    /^[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'My sheet'!A1:B2" or "=Sheet1!$A$1" into sheet name (if any) and the area text. */
export function splitReference(text: string): { sheet?: string; address: string } {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'=]+))!(.+)$/.exec(text.trim());
  if (!m) return { address: text.replace(/^=/, "").trim() };
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: m[3] };
}

export const cellCount = (a: Area) => a.rows * a.columns;

export function intersects(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/** `a` minus `b`, as up to four rectangles (used when a clear removes part of a rule's area). */
export function subtract(a: Area, b: Area): Area[] {
  if (!intersects(a, b)) return [a];
  const out: Area[] = [];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  if (b.row > a.row) out.push({ ...a, rows: b.row - a.row });
  if (a.row + a.rows > bottom) out.push({ ...a, row: bottom, rows: a.row + a.rows - bottom });
  if (b.column > a.column)
    out.push({ row: top, rows: bottom - top, column: a.column, columns: b.column - a.column });
  const right = b.column + b.columns;
  if (a.column + a.columns > right)
    out.push({
      row: top,
      rows: bottom - top,
      column: right,
      columns: a.column + a.columns - right,
    });
  return out;
}

/** An area after `count` rows are inserted above zero-based row `at`: moved down, or grown if split. */
export function shiftArea(area: Area, at: number, count: number): Area {
  if (area.rows === MAX_ROWS) return area;
  if (area.row >= at) return { ...area, row: area.row + count };
  if (area.row + area.rows > at) return { ...area, rows: area.rows + count };
  return area;
}

/**
 * What Excel stores when a string is written to `values` or typed (en-US): a leading apostrophe
 * forces text; numbers, percentages, TRUE/FALSE and dates (yyyy-mm-dd, m/d/yyyy) are converted.
 * Formulas are not modelled. Currency, times and thousands separators stay text here (unlike Excel).
 */
export function parseInput(value: CellValue): { value: CellValue; numberFormat?: string } {
  if (typeof value !== "string") {
    if (typeof value === "number" && !Number.isFinite(value))
      throw invalid(`${value} is not a cell value`);
    return { value };
  }
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (/^[=+\-@]./s.test(value) && !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(value))
    throw new NotModelledError(
      `a formula (the value "${value.slice(0, 40)}" starts with ${value[0]})`
    );
  const t = value.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { value: Number(t) };
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t))
    return { value: Number(t.slice(0, -1)) / 100, numberFormat: "0%" };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const ymd = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : undefined;
  if (ymd) {
    const [y, m, d] = ymd.map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900)
      return {
        value: date.getTime() / 86400000 + 25569,
        numberFormat: iso ? "yyyy-mm-dd" : "m/d/yyyy",
      };
  }
  return { value };
}

export function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Deep-freezes a plain view so tests and the preview cannot change the model through it. */
export function freeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.values(value).forEach(freeze);
    Object.freeze(value);
  }
  return value;
}
