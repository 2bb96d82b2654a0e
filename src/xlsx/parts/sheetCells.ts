import { cellAddress, parseAddress } from "../../core/workbook/sheetSpec";
import { WORKSHEET_ORDER } from "../package/schemaOrder";
import { needsPreserve, NS } from "../package/xml";
import { attributeOf, markup, textContent, XmlPart, type XmlElement } from "../package/xmlPart";

const asPart = (source: string | XmlPart): XmlPart =>
  typeof source === "string" ? XmlPart.parse(source) : source;

/**
 * The cells of a worksheet part, read and written through its parsed XML: rows and cells are found
 * by namespace (any prefix, or none), and a write replaces or inserts single cell elements in
 * column and row order, so everything else in the part stays exactly as it was.
 */

export type ReadValue = string | number | boolean | null;

export interface SheetCell {
  row: number;
  column: number;
  element: XmlElement;
  /** The cell's value as Excel shows it (a formula's cached result). */
  value: ReadValue;
  formula?: string;
  style?: string;
}

export interface SheetRow {
  index: number;
  element: XmlElement;
  cells: SheetCell[];
}

/** Shared strings (xl/sharedStrings.xml): plain and rich-text items, in order. */
export function readSharedStrings(source: string | XmlPart | undefined): string[] {
  if (source === undefined) return [];
  const part = asPart(source);
  return part.children(part.root, "si", NS.main).map((item) => runsText(part, item));
}

/** The text of a string item: its runs' <t> elements; phonetic guides (rPh) are not the text. */
function runsText(part: XmlPart, item: XmlElement): string {
  let text = "";
  for (const child of item.children) {
    if (child.uri !== NS.main) continue;
    if (child.local === "t") text += child.text;
    else if (child.local === "r")
      text += part
        .children(child, "t", NS.main)
        .map((t) => t.text)
        .join("");
  }
  return text;
}

export function sheetDataOf(part: XmlPart): XmlElement | undefined {
  return part.child(part.root, "sheetData", NS.main);
}

/** Every row and cell of the sheet, with zero-based positions (r attributes may be left out). */
/** The last reading of each part: reading and then writing one sheet walks its cells once. */
const lastRead = new WeakMap<
  XmlPart,
  { shared: readonly string[]; maxRows: number; rows: SheetRow[] }
>();

export function sheetRows(
  part: XmlPart,
  shared: readonly string[],
  maxRows = 1_048_576
): SheetRow[] {
  const cached = lastRead.get(part);
  if (cached && cached.shared === shared && cached.maxRows >= maxRows)
    return maxRows >= cached.maxRows ? cached.rows : cached.rows.filter((r) => r.index < maxRows);
  const rows = walkRows(part, shared, maxRows);
  lastRead.set(part, { shared, maxRows, rows });
  return rows;
}

function walkRows(part: XmlPart, shared: readonly string[], maxRows: number): SheetRow[] {
  const data = sheetDataOf(part);
  if (!data) return [];
  const rows: SheetRow[] = [];
  let rowIndex = -1;
  for (const rowElement of part.children(data, "row", NS.main)) {
    const r = Number(attributeOf(rowElement, "r"));
    rowIndex = r > 0 ? r - 1 : rowIndex + 1;
    if (rowIndex >= maxRows) break;
    const cells: SheetCell[] = [];
    let column = -1;
    for (const cell of part.children(rowElement, "c", NS.main)) {
      const ref = attributeOf(cell, "r");
      const at = ref ? columnOfReference(ref) : undefined;
      column = at ?? column + 1;
      const f = part.child(cell, "f", NS.main);
      // One object per cell, of one shape (no spread temporaries: this runs for every cell).
      cells.push({
        row: rowIndex,
        column,
        element: cell,
        value: cellValue(part, cell, shared),
        formula: f?.text,
        style: attributeOf(cell, "s"),
      });
    }
    rows.push({ index: rowIndex, element: rowElement, cells });
  }
  return rows;
}

/**
 * The values of a sheet as rows of cells (zero-based), up to `maxRows` rows. Formulas give their
 * cached value; errors read as their text (#N/A…).
 */
export function readCells(
  source: string | XmlPart,
  shared: readonly string[],
  maxRows?: number
): ReadValue[][] {
  const grid: ReadValue[][] = [];
  for (const row of sheetRows(asPart(source), shared, maxRows)) {
    for (const cell of row.cells) {
      if (cell.value === null) continue;
      (grid[cell.row] ??= [])[cell.column] = cell.value;
    }
  }
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return grid;
}

function cellValue(part: XmlPart, cell: XmlElement, shared: readonly string[]): ReadValue {
  const type = attributeOf(cell, "t");
  if (type === "inlineStr") {
    const is = part.child(cell, "is", NS.main);
    return is ? runsText(part, is) : "";
  }
  const v = part.child(cell, "v", NS.main);
  if (!v) return null;
  const text = textContent(v);
  switch (type) {
    case "s":
      return shared[Number(text)] ?? null;
    case "b":
      return text === "1" || text === "true";
    case "str":
    case "e":
    case "d":
      return text;
    default: {
      const n = Number(text);
      return text.trim() !== "" && Number.isFinite(n) ? n : text;
    }
  }
}

export interface CellWrite {
  row: number;
  column: number;
  text: string;
  /** The style (cellXfs index) of a cell not in the sheet yet; an existing cell keeps its own. */
  style?: string;
}

/**
 * Sets text cells, keeping each cell's style; other cells, rows and everything outside them stay
 * exactly as they were. Returns whether a formula was replaced (the workbook's calculation chain
 * then names a cell that no longer has one).
 */
export function writeTextCells(
  sheetXml: string,
  writes: readonly CellWrite[]
): { xml: string; replacedFormula: boolean } {
  const part = XmlPart.parse(sheetXml);
  const { replacedFormula } = editCells(part, writes);
  return { xml: part.toString(), replacedFormula };
}

/** writeTextCells on a parsed part; the caller stores part.toString(). */
export function editCells(
  part: XmlPart,
  writes: readonly CellWrite[],
  shared: readonly string[] = []
): { replacedFormula: boolean } {
  const data = sheetDataOf(part);
  if (!data) throw new Error("the sheet has no cell data");
  const rows = sheetRows(part, shared);
  // One write per cell: the last one given wins (two would make two elements for one cell).
  const last = new Map(writes.map((w) => [`${w.row},${w.column}`, w]));
  const byRow = new Map<number, CellWrite[]>();
  for (const w of last.values()) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  let replacedFormula = false;
  for (const row of rows) {
    const pending = byRow.get(row.index);
    if (!pending) continue;
    byRow.delete(row.index);
    replacedFormula = writeRow(part, row, pending) || replacedFormula;
  }
  // Rows that did not exist yet, in order. Blank writes there change nothing, and skipping them
  // keeps a table whose ref runs far past its data from adding a million empty rows.
  for (const [rowIndex, pending] of [...byRow].sort(([a], [b]) => a - b)) {
    const cells = pending.filter((w) => w.text !== "").sort((a, b) => a.column - b.column);
    if (cells.length === 0) continue;
    const row = markup("row", { r: rowIndex + 1 }, ...cells.map((w) => textCell(w, w.style)));
    const after = rows.find((r) => r.index > rowIndex);
    if (after) part.insertBefore(after.element, row);
    else part.append(data, row);
  }
  return { replacedFormula };
}

function writeRow(part: XmlPart, row: SheetRow, writes: CellWrite[]): boolean {
  let replacedFormula = false;
  for (const write of [...writes].sort((a, b) => a.column - b.column)) {
    const existing = row.cells.find((c) => c.column === write.column);
    if (existing) {
      if (existing.formula !== undefined) replacedFormula = true;
      if (existing.formula === undefined && existing.value === (write.text || null)) continue;
      part.replace(existing.element, textCell(write, existing.style));
      continue;
    }
    if (write.text === "") continue;
    const after = row.cells.find((c) => c.column > write.column);
    if (after) part.insertBefore(after.element, textCell(write, write.style));
    else part.append(row.element, textCell(write, write.style));
  }
  widenSpans(part, row, writes);
  return replacedFormula;
}

/** A row's spans="first:last" hint (Excel writes one) must still cover its cells. */
function widenSpans(part: XmlPart, row: SheetRow, writes: CellWrite[]): void {
  const spans = attributeOf(row.element, "spans");
  const match = spans && /^(\d+):(\d+)$/.exec(spans);
  if (!match) return;
  const columns = writes.filter((w) => w.text !== "").map((w) => w.column + 1);
  const first = Math.min(Number(match[1]), ...columns);
  const last = Math.max(Number(match[2]), ...columns);
  if (`${first}:${last}` !== spans) part.setAttributes(row.element, { spans: `${first}:${last}` });
}

function textCell(write: CellWrite, style: string | undefined) {
  const r = cellAddress(write.row, write.column);
  if (write.text === "") return markup("c", { r, s: style });
  return markup(
    "c",
    { r, s: style, t: "inlineStr" },
    markup(
      "is",
      {},
      markup("t", { "xml:space": needsPreserve(write.text) ? "preserve" : undefined }, write.text)
    )
  );
}

/** For parsing only a sheet's first rows: stops at the first row below them. */
export function belowRow(rows: number): (element: XmlElement) => boolean {
  return (element) =>
    element.local === "row" && element.uri === NS.main && Number(attributeOf(element, "r")) > rows;
}

/** A worksheet's children after its cells and their conditional formats. */
const AFTER_CELLS = new Set<string>(
  WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf("conditionalFormatting") + 1)
);

/**
 * For parsing a sheet's cells and conditional formats only: stops at the first part of the
 * worksheet that follows them (a questionnaire's many dropdowns are not read to score it).
 */
export function afterCells(element: XmlElement): boolean {
  return (
    element.parent !== undefined &&
    element.parent.parent === undefined &&
    element.uri === NS.main &&
    AFTER_CELLS.has(element.local)
  );
}

/**
 * The zero-based column of a cell reference such as "AB12" or "$AB$12"; undefined when it is not
 * one. Read by hand: this runs for every cell of every sheet read.
 */
function columnOfReference(ref: string): number | undefined {
  let column = 0;
  let i = ref.charCodeAt(0) === 36 ? 1 : 0; // "$"
  const start = i;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  if (i === start || i - start > 3) return parseAddress(ref)?.column;
  return column - 1;
}
