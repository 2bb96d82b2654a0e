import { COLUMNS, TABLE_NAME } from "../../core/workbook/names";
import { areaAddress, parseAddress, type Area } from "../../core/workbook/sheetSpec";
import { tableColumnNames } from "../../core/workbook/excelNames";
import { editCells, readCells, type ReadValue } from "./sheetCells";
import { nextTableId, tableXml } from "./tablePart";
import { WORKSHEET_ORDER } from "../package/schemaOrder";
import { NS } from "../package/xml";
import {
  CONTENT_TYPES,
  REL_TYPES,
  type SheetEntry,
  type XlsxPackage,
} from "../package/xlsxPackage";
import { removeDefinedName } from "./workbookEdits";
import { attributeOf, markup } from "../package/xmlPart";

/**
 * Where the questionnaire is: by its table, or, when the program that last saved the file dropped
 * the table (Gnumeric and SheetJS do), by our marker name and its header row.
 */

export interface LocatedTable {
  sheet: SheetEntry;
  area: Area;
  /** True when no table was found and the area was read from the header row instead. */
  tableMissing: boolean;
}

/** The questionnaire table, found by name through each sheet's table parts. */
export function findTable(
  pkg: XlsxPackage,
  sheets: SheetEntry[],
  tableName: string = TABLE_NAME
): LocatedTable | undefined {
  for (const sheet of sheets) {
    for (const rel of pkg.relationships(sheet.path)) {
      if (rel.type !== REL_TYPES.table || rel.external || !pkg.has(rel.target)) continue;
      const root = pkg.xml(rel.target)!.root;
      const name = attributeOf(root, "displayName") ?? attributeOf(root, "name");
      const ref = attributeOf(root, "ref");
      const area = ref ? parseAddress(ref) : undefined;
      if (name?.toLowerCase() === tableName.toLowerCase() && area && area.rows >= 2) {
        return { sheet, area, tableMissing: false };
      }
    }
  }
  return undefined;
}

/** How far down a header row may sit (details and notes above it). */
const HEADER_SEARCH_ROWS = 40;
const KEY_HEADERS = [COLUMNS.id, COLUMNS.present, COLUMNS.future].map((h) => h.toLowerCase());

/**
 * The questionnaire without its table: the marked sheet first, then every sheet, searched for a
 * header row holding Question ID, Present and Future. The area runs over the header's contiguous
 * cells and down to the last row with a question id.
 */
export function findHeaderRow(
  pkg: XlsxPackage,
  sheets: SheetEntry[],
  markedName: string | undefined,
  shared: readonly string[],
  /** The headers that identify the table (lower case); the first is the column rows are counted by. */
  keyHeaders: readonly string[] = KEY_HEADERS
): LocatedTable | undefined {
  const ordered = [
    ...sheets.filter((s) => s.name === markedName),
    ...sheets.filter((s) => s.name !== markedName),
  ];
  for (const sheet of ordered) {
    const part = pkg.xml(sheet.path);
    if (!part) continue;
    const grid = readCells(part, shared);
    const area = headerArea(grid, keyHeaders);
    if (area) return { sheet, area, tableMissing: true };
  }
  return undefined;
}

function headerArea(grid: ReadValue[][], keyHeaders: readonly string[]): Area | undefined {
  const text = (v: ReadValue | undefined) => String(v ?? "").trim();
  for (let row = 0; row < Math.min(grid.length, HEADER_SEARCH_ROWS); row++) {
    const cells = grid[row] ?? [];
    const lower = Array.from({ length: cells.length }, (_, c) => text(cells[c]).toLowerCase());
    const columns = keyHeaders.map((h) => lower.indexOf(h));
    if (columns.some((c) => c < 0)) continue;
    let first = Math.min(...columns);
    let last = Math.max(...columns);
    while (first > 0 && lower[first - 1]) first--;
    while (last + 1 < lower.length && lower[last + 1]) last++;
    const idColumn = columns[0];
    let lastRow = row;
    for (let r = row + 1; r < grid.length; r++) if (text(grid[r]?.[idColumn])) lastRow = r;
    if (lastRow === row) continue;
    return { row, column: first, rows: lastRow - row + 1, columns: last - first + 1 };
  }
  return undefined;
}

/**
 * Puts the questionnaire table back over `area` (its header row holds `headers`), saying what it
 * did; or says why it could not (another table overlaps the area, or a defined name has its name).
 */
export function restoreTable(
  pkg: XlsxPackage,
  sheet: SheetEntry,
  area: Area,
  headers: string[]
): { repaired: string } | { notRepaired: string } {
  // Table names share one namespace with defined names: Excel repairs a file where they clash.
  if (pkg.definedNames().some((n) => n.name.toLowerCase() === TABLE_NAME.toLowerCase())) {
    return {
      notRepaired: `the questionnaire table was not put back: the workbook has a defined name ${TABLE_NAME}`,
    };
  }
  const tables = pkg.relationships(sheet.path).filter((r) => r.type === REL_TYPES.table);
  for (const rel of tables) {
    const ref = pkg.has(rel.target) ? attributeOf(pkg.xml(rel.target)!.root, "ref") : undefined;
    const other = ref ? parseAddress(ref) : undefined;
    if (other && overlaps(other, area)) {
      return {
        notRepaired: `the questionnaire table was not put back: another table (${ref}) overlaps ${sheet.name}!${areaAddress(area)}`,
      };
    }
  }
  const existing = pkg
    .paths()
    .filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))
    .map((p) => pkg.xml(p)!.root);
  const path = pkg.freePath("xl/tables", "table");
  pkg.setText(path, tableXml(nextTableId(existing), TABLE_NAME, area, headers));
  pkg.addOverride(path, CONTENT_TYPES.table);
  const relId = pkg.addRelationship(sheet.path, REL_TYPES.table, path);
  // A table's header cells show its column names: a blank or repeated header gets Excel's name.
  const names = tableColumnNames(headers).headerTexts;
  const renamed = names.flatMap((name, i) =>
    name === headers[i] ? [] : [{ row: area.row, column: area.column + i, text: name }]
  );
  // A sheet-level filter over the same cells would overlap the table (the table brings its own).
  let droppedFilter = false;
  pkg.editXml(sheet.path, (part) => {
    if (renamed.length > 0) editCells(part, renamed);
    for (const filter of part.children(part.root, "autoFilter", NS.main)) {
      const ref = parseAddress(attributeOf(filter, "ref") ?? "");
      if (ref && overlaps(ref, area)) {
        part.remove(filter);
        droppedFilter = true;
      }
    }
    const block = part.child(part.root, "tableParts", NS.main);
    const tablePart = markup("tablePart", { "r:id": relId });
    if (block) {
      part.setAttributes(block, { count: part.children(block, "tablePart").length + 1 });
      part.append(block, tablePart);
    } else {
      part.insertInOrder(part.root, markup("tableParts", { count: 1 }, tablePart), WORKSHEET_ORDER);
    }
  });
  if (droppedFilter) {
    const index = pkg.sheets().findIndex((s) => s.path === sheet.path);
    removeDefinedName(pkg, "_xlnm._FilterDatabase", index);
  }
  return {
    repaired:
      `restored the questionnaire table ${TABLE_NAME} over ${sheet.name}!${areaAddress(area)} (the program that last saved the file had dropped it)` +
      (droppedFilter ? "; its filter replaces the sheet's own filter there" : ""),
  };
}

function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}
