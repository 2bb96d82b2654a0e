import { markedSheetName, recordFromListsSheet } from "../core/workbook/readers/workbookRecord";
import { DRAWN_RECORD, SHEET_MARKERS } from "../core/workbook/names";
import {
  DETAILS_WINDOW_ROWS,
  LISTS_HEAD_ROWS,
  type QuestionnaireTable,
  type WorkbookSnapshot,
} from "../core/workbook/snapshot";
import type { Area } from "../core/workbook/sheetSpec";
import type { DrawnSheet } from "../core/workbook/keptContent";
import { WorkbookError } from "../core/workbook/errors";
import { RESPONSES_TABLE } from "../core/workbook/readers/responsesTable";
import { HISTORY_TABLE } from "../core/workbook/readers/historyTable";

/** The History's header row without its table: the columns a snapshot cannot be read without. */
const HISTORY_KEY_HEADERS = ["snapshot", "row", "check"];
import { readSheetCells, type SheetCellsRead } from "./parts/ownedSheets";
import { findHeaderRow, findTable } from "./parts/questionnaireTable";
import { afterCells, belowRow, readCells, readSharedStrings } from "./parts/sheetCells";
import { REL_TYPES, type SheetEntry, type XlsxPackage } from "./package/xlsxPackage";
import { NotAWorkbookError } from "./package/zipFile";

/**
 * Reads what planRescore needs from a package in one scan: only the parts it names are parsed,
 * and of the lists and questionnaire sheets only the rows it reads. What applying the plan needs
 * (the parts found, the table's area, the typed cells' elements) comes back beside the snapshot.
 */

export interface PackageHandles {
  shared: readonly string[];
  tableSheet: SheetEntry;
  /** The questionnaire table's area (header row first) and whether its table part is missing. */
  table: Area & { missing: boolean };
  headers: string[];
  listsEntry?: SheetEntry;
  /** Our drawn sheets by kind, with their cells as read (their elements, to copy kept cells). */
  drawn: Partial<Record<DrawnSheet, { entry: SheetEntry; read: SheetCellsRead }>>;
}

export function readSnapshot(pkg: XlsxPackage): {
  snapshot: WorkbookSnapshot;
  /** Undefined when no questionnaire was found (planRescore then says so). */
  handles: PackageHandles | undefined;
} {
  const sheets = pkg.sheets();
  if (sheets.length === 0) throw new WorkbookError("The workbook has no sheets.");
  const broken = sheets.find((s) => !s.path || !pkg.has(s.path));
  if (broken) {
    throw new NotAWorkbookError(
      `is damaged: its sheet '${broken.name}' has no worksheet part (repair it in Excel and save again)`
    );
  }
  const shared = readSharedStrings(sharedStringsPart(pkg));
  /** A located table's cells: header and body, and the sheet's rows from A1 to its end. */
  const tableRead = ({ sheet, area }: { sheet: SheetEntry; area: Area }) => {
    const grid = readCells(pkg.xmlHead(sheet.path, afterCells)!, shared);
    // A ref may run far past the cells (a whole column, "A7:XFD1048576"): read only the rows and
    // columns that hold any; the rest are blank, so this changes nothing but the time taken.
    const rows = Math.max(2, Math.min(area.rows, grid.length - area.row));
    const widest = grid
      .slice(area.row, area.row + rows)
      .reduce((most, row) => Math.max(most, row.length), 0);
    const columns = Math.max(1, Math.min(area.columns, widest - area.column));
    const slice = (row: number) =>
      Array.from({ length: columns }, (_, c) => grid[row]?.[area.column + c] ?? null);
    const header = slice(area.row);
    const table: QuestionnaireTable = {
      sheet: sheet.name,
      header,
      body: Array.from({ length: rows - 1 }, (_, i) => slice(area.row + 1 + i)),
      bodyRow: area.row + 1,
      bodyColumn: area.column,
    };
    return { table, grid, rows, header };
  };
  const markers = new Map(
    pkg
      .definedNames()
      .filter((n) => Object.values(SHEET_MARKERS).includes(n.name))
      .map((n) => [n.name, markedSheetName(n.formula)])
  );
  const markedSheet = (marker: string) => {
    const name = markers.get(marker);
    return sheets.find((s) => s.name === name);
  };
  // The lists sheet's first rows (framework, version, what was drawn): only they are parsed.
  const headOf = (sheet: SheetEntry) =>
    readCells(pkg.xmlHead(sheet.path, belowRow(LISTS_HEAD_ROWS))!, shared, LISTS_HEAD_ROWS);
  // A file whose markers another program dropped is still found by its lists sheet's record.
  const listsEntry =
    markedSheet(SHEET_MARKERS.lists) ??
    sheets.find((s) => recordFromListsSheet(headOf(s)).frameworkId);
  const located =
    findTable(pkg, sheets) ??
    findHeaderRow(pkg, sheets, markers.get(SHEET_MARKERS.questionnaire), shared);

  const drawn: PackageHandles["drawn"] = {};
  const drawnRead: WorkbookSnapshot["drawn"] = {};
  for (const kind of DRAWN_RECORD.sheets) {
    const entry = markedSheet(SHEET_MARKERS[kind]);
    if (!entry || entry.path === located?.sheet.path || entry.path === listsEntry?.path) continue;
    const part = pkg.xml(entry.path);
    if (!part) continue;
    const read = readSheetCells(part, shared);
    drawn[kind] = { entry, read };
    drawnRead[kind] = { sheet: entry.name, grid: readCells(part, shared), cells: read.cells };
  }
  const snapshot: WorkbookSnapshot = {
    sheetNames: sheets.map((s) => s.name),
    markers,
    settings: {}, // a file has no add-in settings: its lists sheet records what it holds
    // All of the lists sheet (a few hundred cells): the marks of carried answers are on its rows.
    ...(listsEntry
      ? { lists: { sheet: listsEntry.name, top: readCells(pkg.xml(listsEntry.path)!, shared) } }
      : {}),
    drawn: drawnRead,
  };
  // Participants' answers (issue: several participants), read like the questionnaire's table.
  const responses = findTable(pkg, sheets, RESPONSES_TABLE);
  if (responses) snapshot.responses = tableRead(responses).table;
  // Past cycles' snapshots (year on year), the same way; a program that drops tables
  // (Gnumeric) leaves the History's header row, which is found instead.
  const history =
    findTable(pkg, sheets, HISTORY_TABLE) ??
    findHeaderRow(pkg, sheets, markers.get(SHEET_MARKERS.history), shared, HISTORY_KEY_HEADERS);
  if (history) snapshot.history = tableRead(history).table;
  if (!located) return { snapshot, handles: undefined };

  const { sheet: tableSheet, area } = located;
  const { table, grid, rows, header } = tableRead(located);
  snapshot.questionnaire = {
    ...table,
    above: grid.slice(0, Math.min(area.row, DETAILS_WINDOW_ROWS)),
  };
  return {
    snapshot,
    handles: {
      shared,
      tableSheet,
      table: { ...area, rows, missing: Boolean(located.tableMissing) },
      headers: header.map((h) => String(h ?? "")),
      ...(listsEntry ? { listsEntry } : {}),
      drawn,
    },
  };
}

export function sharedStringsPart(pkg: XlsxPackage) {
  const rel = pkg.relationships(pkg.workbookPath).find((r) => r.type === REL_TYPES.sharedStrings);
  return rel && !rel.external ? pkg.xml(rel.target) : undefined;
}
