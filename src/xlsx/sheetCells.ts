import { parseAddress, cellAddress } from "../core/sheets/sheetSpec";
import { attributes, attrs, escapeXml, unescapeXml } from "./xml";

/**
 * Reading cell values from worksheet XML, and replacing single cells in place, by scanning the
 * <sheetData> text. A cell's XML never nests another cell, so the scan is exact; everything
 * outside the cells we change is left as it was, byte for byte.
 */

export type ReadValue = string | number | boolean | null;

/** Shared strings (xl/sharedStrings.xml): plain and rich-text items, in order. */
export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)].map(([, item]) =>
    textRuns(item.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, ""))
  );
}

function textRuns(xml: string): string {
  let text = "";
  for (const [, t] of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g))
    text += unescapeXml(t);
  return text;
}

const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;

/**
 * The values of a sheet as rows of cells (zero-based), up to `maxRows` rows. Formulas give their
 * cached value; errors read as their text (#N/A…).
 */
export function readCells(
  sheetXml: string,
  shared: readonly string[],
  maxRows = 100_000
): ReadValue[][] {
  const grid: ReadValue[][] = [];
  const data = sheetDataOf(sheetXml);
  if (!data) return grid;
  let rowIndex = -1;
  for (const [, rowTag, rowBody] of data.text.matchAll(ROW)) {
    const r = attributes(`<row ${rowTag}>`).r;
    rowIndex = r ? Number(r) - 1 : rowIndex + 1;
    if (rowIndex >= maxRows) break;
    let columnIndex = -1;
    for (const [, cellTag, cellBody = ""] of (rowBody ?? "").matchAll(CELL)) {
      const a = attributes(`<c ${cellTag}>`);
      const at = a.r ? parseAddress(a.r) : undefined;
      columnIndex = at ? at.column : columnIndex + 1;
      const value = cellValue(a.t, cellBody, shared);
      if (value === null) continue;
      const row = (grid[rowIndex] ??= []);
      row[columnIndex] = value;
    }
  }
  for (let i = 0; i < grid.length; i++) grid[i] ??= [];
  return grid;
}

function cellValue(type: string | undefined, body: string, shared: readonly string[]): ReadValue {
  if (type === "inlineStr")
    return textRuns(/<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body)?.[1] ?? "");
  const raw = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
  if (raw === undefined) return null;
  const text = unescapeXml(raw);
  switch (type) {
    case "s":
      return shared[Number(text)] ?? null;
    case "b":
      return text === "1";
    case "str":
    case "e":
      return text;
    default: {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
  }
}

function sheetDataOf(xml: string): { start: number; end: number; text: string } | undefined {
  const open = /<(?:\w+:)?sheetData\b[^>]*?(\/)?>/.exec(xml);
  if (!open) return undefined;
  const start = open.index + open[0].length;
  if (open[1]) return { start, end: start, text: "" };
  const close = /<\/(?:\w+:)?sheetData>/.exec(xml.slice(start));
  if (!close) return undefined;
  return { start, end: start + close.index, text: xml.slice(start, start + close.index) };
}

export interface CellWrite {
  row: number;
  column: number;
  text: string;
}

/**
 * Sets text cells, keeping each cell's style; other cells, rows and everything outside
 * <sheetData> stay exactly as they were. Returns the new XML and whether a formula was replaced
 * (the workbook's calculation chain then names a cell that no longer has one).
 */
export function writeTextCells(
  sheetXml: string,
  writes: readonly CellWrite[]
): { xml: string; replacedFormula: boolean } {
  const data = sheetDataOf(sheetXml);
  if (!data) throw new Error("the sheet has no cell data");
  const byRow = new Map<number, CellWrite[]>();
  for (const w of writes) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  let replacedFormula = false;
  let seenRows = -1;
  let text = data.text.replace(ROW, (whole, rowTag: string, rowBody: string | undefined) => {
    const r = attributes(`<row ${rowTag}>`).r;
    const rowIndex = r ? Number(r) - 1 : seenRows + 1;
    seenRows = rowIndex;
    const pending = byRow.get(rowIndex);
    if (!pending) return whole;
    byRow.delete(rowIndex);
    const result = writeRow(rowTag, rowBody ?? "", rowIndex, pending);
    replacedFormula ||= result.replacedFormula;
    return result.xml;
  });
  // Rows that did not exist yet, inserted in order. Blank writes there change nothing, and would
  // cost a scan each (a table whose ref runs far past its data would take minutes).
  for (const [rowIndex, pending] of [...byRow].sort(([a], [b]) => a - b)) {
    if (pending.every((w) => w.text === "")) continue;
    const fresh = writeRow(` r="${rowIndex + 1}"`, "", rowIndex, pending).xml;
    text = insertRow(text, rowIndex, fresh);
  }
  return {
    xml: sheetXml.slice(0, data.start) + text + sheetXml.slice(data.end),
    replacedFormula,
  };
}

function writeRow(
  rowTag: string,
  body: string,
  rowIndex: number,
  writes: CellWrite[]
): { xml: string; replacedFormula: boolean } {
  const byColumn = new Map(writes.map((w) => [w.column, w.text]));
  let replacedFormula = false;
  let column = -1;
  let cells = body.replace(CELL, (whole, cellTag: string, cellBody = "") => {
    const a = attributes(`<c ${cellTag}>`);
    column = a.r ? (parseAddress(a.r)?.column ?? column + 1) : column + 1;
    if (!byColumn.has(column)) return whole;
    const text = byColumn.get(column)!;
    byColumn.delete(column);
    if (/<(?:\w+:)?f\b/.test(cellBody as string)) replacedFormula = true;
    return textCell(rowIndex, column, text, a.s);
  });
  for (const [col, text] of [...byColumn].sort(([a], [b]) => a - b)) {
    cells = insertCell(cells, col, textCell(rowIndex, col, text, undefined));
  }
  const tag = rowTag.replace(/\s*\/$/, "");
  return { xml: `<row${tag}>${cells}</row>`, replacedFormula };
}

function textCell(row: number, column: number, text: string, style: string | undefined): string {
  const ref = cellAddress(row, column);
  if (text === "") return `<c${attrs({ r: ref, s: style })}/>`;
  return `<c${attrs({ r: ref, s: style, t: "inlineStr" })}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** Inserts a cell before the first cell to its right, keeping the row's cells in column order. */
function insertCell(cells: string, column: number, cell: string): string {
  for (const match of cells.matchAll(CELL)) {
    const ref = attributes(`<c ${match[1]}>`).r;
    const at = ref ? parseAddress(ref) : undefined;
    if (at && at.column > column)
      return cells.slice(0, match.index) + cell + cells.slice(match.index);
  }
  return cells + cell;
}

function insertRow(rows: string, rowIndex: number, row: string): string {
  for (const match of rows.matchAll(ROW)) {
    const r = attributes(`<row ${match[1]}>`).r;
    if (r && Number(r) - 1 > rowIndex)
      return rows.slice(0, match.index) + row + rows.slice(match.index);
  }
  return rows + row;
}
