import { SHEET_MARKERS } from "../core/workbook/names";
import { markedSheetName } from "../core/workbook/readers/workbookRecord";

/**
 * What a workbook holds, by name only: its sheets, its tables, and where svmi's marker names
 * point. Read first, so that the next batch asks only for objects that exist: Office.js promises
 * nothing for calls on a null object, and getRangeOrNullObject on a #REF! name once crashed Excel.
 * A name whose type is not a range is never followed.
 */
export interface WorkbookExistence {
  sheets: string[];
  tables: string[];
  /** svmi's markers that exist, and the existing sheet each points at (undefined: none). */
  markers: Map<string, string | undefined>;
}

export interface ExistenceRead {
  names: Excel.NamedItemCollection;
  sheets: Excel.WorksheetCollection;
  tables: Excel.TableCollection;
}

/**
 * Queues the loads; call existenceOf after the sync. With `detail`, also each sheet's visibility
 * and the sheet each table is on (see sheetOfTable, visibilityOf), in the same batch.
 */
export function loadExistence(
  context: Excel.RequestContext,
  { detail = false }: { detail?: boolean } = {}
): ExistenceRead {
  const { workbook } = context;
  return {
    names: workbook.names.load("items/name,items/type,items/formula"),
    sheets: workbook.worksheets.load(detail ? "items/name,items/visibility" : "items/name"),
    tables: workbook.tables.load(detail ? "items/name,items/worksheet/name" : "items/name"),
  };
}

/** The sheet a table is on (any case), from a detailed read; undefined when there is no such table. */
export function sheetOfTable(read: ExistenceRead, table: string): string | undefined {
  const found = read.tables.items.find((t) => t.name.toLowerCase() === table.toLowerCase());
  return found?.worksheet.name;
}

/** A sheet's visibility, from a detailed read. */
export function visibilityOf(read: ExistenceRead, sheet: string): string | undefined {
  return read.sheets.items.find((s) => s.name === sheet)?.visibility;
}

export function existenceOf(read: ExistenceRead): WorkbookExistence {
  const sheets = read.sheets.items.map((s) => s.name);
  const ours = new Set<string>(Object.values(SHEET_MARKERS));
  const markers = new Map(
    read.names.items
      .filter((n) => ours.has(n.name))
      .map((n): [string, string | undefined] => {
        const target = n.type === "Range" ? markedSheetName(n.formula) : undefined;
        return [n.name, target !== undefined && sheets.includes(target) ? target : undefined];
      })
  );
  return { sheets, tables: read.tables.items.map((t) => t.name), markers };
}

/** Whether two readings agree on everything a snapshot's data batch relied on. */
export function sameExistence(a: WorkbookExistence, b: WorkbookExistence): boolean {
  const key = (e: WorkbookExistence) =>
    JSON.stringify([e.sheets, [...e.tables].sort(), [...e.markers].sort()]);
  return key(a) === key(b);
}

/** What exists once a plan's sheets are drawn: new sheets are added at the end, with markers. */
export function existenceAfter(
  existence: WorkbookExistence,
  created: readonly { marker: string; sheet: string }[],
  tables: readonly string[]
): WorkbookExistence {
  const markers = new Map(existence.markers);
  for (const { marker, sheet } of created) markers.set(marker, sheet);
  return {
    sheets: [...existence.sheets, ...created.map((c) => c.sheet)],
    tables: [...new Set([...existence.tables, ...tables])],
    markers,
  };
}
