import type { FoundCell } from "../core/workbook/keptContent";
import { SETTING_KEYS, SHEET_MARKERS, TABLE_NAME, CHART_NAME } from "../core/workbook/names";
import { SETTING_DETAILS } from "../core/workbook/planRescore";
import { markedSheetName } from "../core/workbook/readers/workbookRecord";
import type { CellValue } from "../core/workbook/sheetSpec";
import { DETAILS_WINDOW_ROWS, type Grid, type WorkbookSnapshot } from "../core/workbook/snapshot";
import { TRACKER_TABLE } from "../core/workbook/layouts/tracker";

/**
 * Reads what planRescore needs from the open workbook in one batch: settings, marker names, the
 * questionnaire table, the lists sheet and the sheets svmi draws. One context.sync, whatever the
 * framework's size.
 */

/** What applying the plan needs from the same read: proxies and what already exists. */
export interface SnapshotHandles {
  body: Excel.Range;
  /** Whether the Results sheet already has our chart, and the tracker its table. */
  hasChart: boolean;
  hasTrackerTable: boolean;
}

export async function readSnapshot(
  context: Excel.RequestContext
): Promise<{ snapshot: WorkbookSnapshot; handles: SnapshotHandles }> {
  const workbook = context.workbook;
  const settingKeys = [...Object.values(SETTING_KEYS), ...Object.values(SETTING_DETAILS)];
  const settings = settingKeys.map((key) =>
    workbook.settings.getItemOrNullObject(key).load("value")
  );
  const names = workbook.names.load("items/name,items/formula");
  const sheets = workbook.worksheets.load("items/name");
  const table = workbook.tables.getItemOrNullObject(TABLE_NAME).load("name");
  const tableSheet = table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values,rowIndex,columnIndex");
  // The details above the table; rows inserted above it are allowed for.
  const detailCells = tableSheet.getRangeByIndexes(0, 0, DETAILS_WINDOW_ROWS, 2).load("values");
  // Values and formulas of our sheets, where they start: what the team typed there is kept.
  const markedSheet = (marker: string) =>
    workbook.names.getItemOrNullObject(marker).getRangeOrNullObject().worksheet;
  const usedRange = (marker: string) =>
    markedSheet(marker).getUsedRangeOrNullObject(true).load("values,formulas,rowIndex,columnIndex");
  const drawnRanges = {
    results: usedRange(SHEET_MARKERS.results),
    actionPlan: usedRange(SHEET_MARKERS.actionPlan),
    tracker: usedRange(SHEET_MARKERS.tracker),
  };
  const listsSheet = markedSheet(SHEET_MARKERS.lists).load("name");
  const listsValues = usedRange(SHEET_MARKERS.lists);
  const trackerTable = workbook.tables.getItemOrNullObject(TRACKER_TABLE).load("name");
  const chart = markedSheet(SHEET_MARKERS.results)
    .charts.getItemOrNullObject(CHART_NAME)
    .load("name");
  await context.sync();

  const markers = new Map(
    names.items
      .filter((n) => Object.values(SHEET_MARKERS).includes(n.name))
      .map((n) => [n.name, markedSheetName(n.formula)])
  );
  const drawn: WorkbookSnapshot["drawn"] = {};
  for (const [kind, range] of Object.entries(drawnRanges) as [
    keyof typeof drawnRanges,
    Excel.Range,
  ][]) {
    const sheet = markers.get(SHEET_MARKERS[kind]);
    if (sheet && !range.isNullObject)
      drawn[kind] = { sheet, grid: fromA1(range), cells: foundCells(range) };
  }
  const snapshot: WorkbookSnapshot = {
    sheetNames: sheets.items.map((s) => s.name),
    markers,
    settings: Object.fromEntries(
      settingKeys.map((key, i) => [
        key,
        settings[i].isNullObject ? undefined : String(settings[i].value),
      ])
    ),
    ...(listsSheet.isNullObject
      ? {}
      : {
          lists: {
            sheet: listsSheet.name,
            top: listsValues.isNullObject ? [] : fromA1(listsValues),
          },
        }),
    ...(table.isNullObject
      ? {}
      : {
          questionnaire: {
            sheet: tableSheet.name,
            header: header.values[0],
            body: body.values,
            bodyRow: body.rowIndex,
            bodyColumn: body.columnIndex,
            above: detailCells.values,
          },
        }),
    drawn,
  };
  return {
    snapshot,
    handles: { body, hasChart: !chart.isNullObject, hasTrackerTable: !trackerTable.isNullObject },
  };
}

/** A used range's values as rows from A1 (Excel's used range starts at its first used cell). */
function fromA1(range: Excel.Range): Grid {
  const pad = Array<unknown>(range.columnIndex).fill(null);
  return [
    ...Array.from({ length: range.rowIndex }, () => []),
    ...range.values.map((row) => [...pad, ...row]),
  ];
}

/** Every non-empty cell of a used range, with its formula when it has one. */
function foundCells(range: Excel.Range): FoundCell[] {
  return range.values.flatMap((row, r) =>
    row.flatMap((value, c) => {
      const formula = range.formulas[r]?.[c];
      const hasFormula = typeof formula === "string" && formula.startsWith("=");
      if (!hasFormula && (value === "" || value === null)) return [];
      return [
        {
          row: range.rowIndex + r,
          column: range.columnIndex + c,
          value: value as CellValue,
          ...(hasFormula ? { formula } : {}),
        },
      ];
    })
  );
}
