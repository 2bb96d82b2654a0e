/**
 * A spreadsheet sheet described as plain data: values and styles by zero-based row and column.
 * The Excel adapter (Office.js) and the .xlsx writer render the same description, so a workbook
 * looks the same whichever wrote it.
 */
export type CellValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "Left" | "Center" | "Right";
  vertical?: "Top" | "Center" | "Bottom";
  numberFormat?: string;
}

/** A rectangle: zero-based first row and column, and its size. */
export interface Area {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface StyledArea extends Area {
  style: CellStyle;
}

export interface SheetSpec {
  name: string;
  /** Values from A1 down and across; rows may be ragged (missing cells are left empty). */
  values: CellValue[][];
  styles: StyledArea[];
  /** Column widths in points, from column A. */
  columnWidths: number[];
  freezeRows?: number;
  /** Merged areas (titles, footnotes). */
  merges?: Area[];
  /** An Excel table over this area (header row first). */
  table?: { name: string; area: Area };
  /** In-cell checks: a dropdown from `source` (a formula like ='Lists'!$B$6:$E$6) or `list`, or a date. */
  validations?: Validation[];
  /** Formats that follow a formula, written for the area's top-left cell (e.g. $H7="Done"). */
  formulaFormats?: FormulaFormat[];
  /** Areas whose cells hold level names and are coloured by level (conditional formatting). */
  levelFormats?: Area[];
  /**
   * Landscape, one page wide, header rows repeated on every printed page; `area` limits what is
   * printed (the Results sheet leaves out the chart's own data block).
   */
  print?: { landscape: boolean; fitToWidth: boolean; repeatRows?: Area; area?: Area };
  hidden?: boolean;
  /** Cells that link to another place in the workbook, e.g. 'Questionnaire'!D12. */
  links?: { row: number; column: number; target: string }[];
  chart?: ChartSpec;
}

export type Validation =
  | { area: Area; source: string }
  | { area: Area; list: readonly string[] }
  | { area: Area; date: true };

/** What a user is told on typing something that is not in a dropdown's list. */
export function listMessage(validation: Validation): string {
  return "source" in validation
    ? "Choose one of this question's options from the list, or the SVMI cannot score it."
    : `Choose one of: ${"list" in validation ? validation.list.join(", ") : ""}.`;
}

export interface FormulaFormat {
  area: Area;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** Struck-through text: a signal that does not rely on colour. */
  strike?: boolean;
}

/**
 * A radar chart drawn from a block of its own sheet: a header row (blank, then series names) and
 * one row per category (its label, then one value per series).
 */
export interface ChartSpec {
  name: string;
  title: string;
  data: Area;
  seriesColours: string[];
  /** Value axis bounds: the SVMI levels 0-4. */
  minimum: number;
  maximum: number;
  /** Where the chart sits: the cells it covers. */
  anchor: Area;
}

export function area(row: number, column: number, rows = 1, columns = 1): Area {
  return { row, column, rows, columns };
}

export function styled(target: Area, style: CellStyle): StyledArea {
  return { ...target, style };
}

/** "A1"-style address of a zero-based cell. */
export function cellAddress(row: number, column: number, absolute = false): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return absolute ? `$${letters}$${row + 1}` : `${letters}${row + 1}`;
}

export function areaAddress({ row, column, rows, columns }: Area, absolute = false): string {
  const start = cellAddress(row, column, absolute);
  return rows === 1 && columns === 1
    ? start
    : `${start}:${cellAddress(row + rows - 1, column + columns - 1, absolute)}`;
}

/** A sheet name as it must appear in a formula reference ('My sheet'!A1); rules in excelNames. */
export { quoteSheetName } from "./excelNames";

/** Widest row length of a values block. */
export function widthOf(values: CellValue[][]): number {
  return values.reduce((widest, row) => Math.max(widest, row.length), 0);
}

/** Reads "B3", "$B$3:D9" or "Sheet 1!B3:D9" (sheet part ignored); whole columns "D:E" too. */
export function parseAddress(address: string): Area | undefined {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Z]{1,3})\$?(\d*)(?::\$?([A-Z]{1,3})\$?(\d*))?$/i.exec(local.trim());
  if (!match) return undefined;
  const [, c1, r1, c2 = c1, r2 = r1] = match;
  const first = { row: r1 ? Number(r1) - 1 : 0, column: columnIndex(c1) };
  const last = { row: r2 ? Number(r2) - 1 : 1_048_575, column: columnIndex(c2) };
  return {
    row: Math.min(first.row, last.row),
    column: Math.min(first.column, last.column),
    rows: Math.abs(last.row - first.row) + 1,
    columns: Math.abs(last.column - first.column) + 1,
  };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
