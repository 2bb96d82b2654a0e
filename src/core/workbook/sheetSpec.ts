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
  /** In-cell checks, each with what a user is told when a typed value fails it. */
  validations?: Validation[];
  /** Conditional formats, in priority order (the first that applies wins). */
  conditionalRules?: ConditionalRule[];
  /**
   * Landscape, one page wide, header rows repeated on every printed page; `area` limits what is
   * printed (the Results sheet leaves out the chart's own data block).
   */
  print?: { landscape: boolean; fitToWidth: boolean; repeatRows?: Area; area?: Area };
  hidden?: boolean;
  /**
   * Rows may be added at the end of this layout without redrawing it (the Action Tracker: its
   * table grows by a row per new action); its layout's shape then leaves the row counts out.
   */
  growable?: boolean;
  /** Cells that link to another place in the workbook, e.g. 'Questionnaire'!D12. */
  links?: Link[];
  chart?: ChartSpec;
}

/** What a cell accepts: a dropdown from `source` (a formula like ='Lists'!$B$6:$E$6) or `list`, or a date. */
export type Validation = { area: Area; alert: ValidationAlert } & (
  { source: string } | { list: readonly string[] } | { date: true }
);

/** The message a failed check shows; "stop" refuses the value, "warning" lets the user keep it. */
export interface ValidationAlert {
  style: "stop" | "warning";
  title: string;
  message: string;
}

export interface ConditionalRule {
  area: Area;
  /** Cells whose text begins with this; or for which this formula (for the top-left cell) holds. */
  when: { beginsWith: string } | { formula: string };
  format: ConditionalFormat;
}

export interface ConditionalFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** Struck-through text: a signal that does not rely on colour. */
  strike?: boolean;
}

export interface Link {
  row: number;
  column: number;
  /** A place in this workbook, e.g. 'Questionnaire'!D12. */
  target: string;
  /** Shown on hover; a re-score also recognises its own links by it. */
  tooltip: string;
}

/**
 * A chart over a block of its own sheet (`data`: a header row, blank then series names, and
 * one row per category), which the layout also writes into the values. The categories and series
 * are given here too, so a renderer that caches them (the .xlsx chart part) never reads them back
 * out of the values.
 */
export interface ChartSpec {
  /**
   * Radar (absent): levels by theme. Line: levels over time (the Progress sheet's overall).
   * 100% stacked bar: each category's share per series (the Benchmark sheet's peers per level).
   */
  type?: "radar" | "line" | "stackedBar100";
  name: string;
  title: string;
  data: Area;
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Value axis: its bounds and one ring (or gridline) per `majorUnit`; unused by a 100% bar. */
  minimum: number;
  maximum: number;
  majorUnit: number;
  /** Where the chart sits: the cells it covers. */
  anchor: Area;
}

export interface ChartSeries {
  name: string;
  colour: string;
  values: readonly (number | null)[];
}

/** The chart's data block as rows for the values grid: blank and series names, then categories. */
export function chartRows(chart: Pick<ChartSpec, "categories" | "series">): CellValue[][] {
  return [
    ["", ...chart.series.map((s) => s.name)],
    ...chart.categories.map((category, i) => [category, ...chart.series.map((s) => s.values[i])]),
  ];
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
