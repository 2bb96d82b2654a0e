import type { FoundCell } from "../core/workbook/keptContent";
import { TRACKER_TABLE } from "../core/workbook/layouts/tracker";
import { RESPONSES_TABLE } from "../core/workbook/readers/responsesTable";
import type { DrawnSheet } from "../core/workbook/keptContent";
import {
  CHART_NAMES,
  DRAWN_RECORD,
  SETTING_KEYS,
  SHEET_MARKERS,
  TABLE_NAME,
} from "../core/workbook/names";
import { HISTORY_TABLE } from "../core/workbook/readers/historyTable";
import { SETTING_DETAILS } from "../core/workbook/planRescore";
import type { CellValue } from "../core/workbook/sheetSpec";
import { DETAILS_WINDOW_ROWS, type Grid, type WorkbookSnapshot } from "../core/workbook/snapshot";
import { ensureRecordedFramework } from "./frameworkData";
import {
  existenceOf,
  loadExistence,
  sameExistence,
  type WorkbookExistence,
} from "./workbookExistence";

/**
 * Reads what planRescore needs from the open workbook: settings, marker names, the questionnaire
 * table, the lists sheet and the sheets svmi draws. What exists is read first and only objects
 * that exist are asked for (workbookExistence.ts). Knowing what existed at the last run, both
 * go in one batch: one context.sync, whatever the framework's size; a first run, or one after a
 * sheet or table came or went, takes two.
 */

/** What applying the plan needs from the same read: proxies and what already exists. */
export interface SnapshotHandles {
  body: Excel.Range;
  /** Which drawn sheets already have their chart (the Results radar, the Progress line). */
  charts: Partial<Record<DrawnSheet, boolean>>;
  /** Whether the tracker has its table. */
  hasTrackerTable: boolean;
}

export interface SnapshotRead {
  snapshot: WorkbookSnapshot;
  handles: SnapshotHandles;
  /** What existed, for the next run's one-batch read. */
  existence: WorkbookExistence;
}

/** The document settings the add-in keeps, each read with getItemOrNullObject. */
export const SETTING_KEYS_READ = [
  ...Object.values(SETTING_KEYS),
  ...Object.values(SETTING_DETAILS),
];

export async function readSnapshot(
  context: Excel.RequestContext,
  known?: WorkbookExistence
): Promise<SnapshotRead> {
  let existenceRead = loadExistence(context);
  let data = known && loadData(context, known);
  try {
    await context.sync();
  } catch (error) {
    // Something that existed at the last run has gone (a sheet deleted): read what exists now.
    if (!known || (error as { code?: string }).code !== "ItemNotFound") throw error;
    existenceRead = loadExistence(context);
    data = undefined;
    await context.sync();
  }
  const existence = existenceOf(existenceRead);
  if (!data || !sameExistence(existence, known!)) {
    data = loadData(context, existence);
    await context.sync();
  }
  const read = built(data, existence);
  await ensureRecordedFramework(read.snapshot.lists?.top, read.snapshot.settings);
  return { ...read, existence };
}

type DataRead = ReturnType<typeof loadData>;

/** Queues the loads of what `existence` says is there, and nothing else. */
function loadData(context: Excel.RequestContext, existence: WorkbookExistence) {
  const { workbook } = context;
  const settings = SETTING_KEYS_READ.map((key) =>
    workbook.settings.getItemOrNullObject(key).load("value")
  );
  const questionnaire = existence.tables.includes(TABLE_NAME)
    ? (() => {
        const table = workbook.tables.getItem(TABLE_NAME);
        const sheet = table.worksheet.load("name");
        return {
          sheet,
          header: table.getHeaderRowRange().load("values"),
          body: table.getDataBodyRange().load("values,rowIndex,columnIndex"),
          // The details above the table; rows inserted above it are allowed for.
          details: sheet.getRangeByIndexes(0, 0, DETAILS_WINDOW_ROWS, 2).load("values"),
        };
      })()
    : undefined;
  // Values and formulas of our sheets, where they start: what the team typed there is kept.
  const usedRange = (marker: string) => {
    const sheet = existence.markers.get(marker);
    return sheet === undefined
      ? undefined
      : {
          sheet,
          range: workbook.worksheets
            .getItem(sheet)
            .getUsedRangeOrNullObject(true)
            .load("values,formulas,rowIndex,columnIndex"),
        };
  };
  // Participants' answers and past cycles' snapshots, when the workbook has their tables.
  const tableRead = (name: string) => {
    if (!existence.tables.includes(name)) return undefined;
    const table = workbook.tables.getItem(name);
    return {
      sheet: table.worksheet.load("name"),
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load("values,rowIndex,columnIndex"),
    };
  };
  const responses = tableRead(RESPONSES_TABLE);
  const history = tableRead(HISTORY_TABLE);
  // Each drawn sheet's chart, where it has one and the sheet exists.
  const charts = DRAWN_RECORD.sheets.flatMap((kind) => {
    const sheet = existence.markers.get(SHEET_MARKERS[kind]);
    const name = CHART_NAMES[kind];
    if (sheet === undefined || name === undefined) return [];
    return [
      {
        kind,
        chart: workbook.worksheets.getItem(sheet).charts.getItemOrNullObject(name).load("name"),
      },
    ];
  });
  // Protection of each sheet a re-score writes (ExcelApi 1.2, under the floor): checked first.
  const written = new Set(
    [
      SHEET_MARKERS.results,
      SHEET_MARKERS.actionPlan,
      SHEET_MARKERS.tracker,
      SHEET_MARKERS.consensus,
      SHEET_MARKERS.progress,
      SHEET_MARKERS.benchmark,
      SHEET_MARKERS.lists,
    ]
      .map((m) => existence.markers.get(m))
      .filter((s): s is string => s !== undefined)
  );
  const protection = [...written].map((sheet) => ({
    sheet,
    protection: workbook.worksheets.getItem(sheet).protection.load("protected"),
  }));
  if (questionnaire)
    protection.push({ sheet: "", protection: questionnaire.sheet.protection.load("protected") });
  return {
    protection,
    settings,
    questionnaire,
    responses,
    history,
    drawn: Object.fromEntries(
      DRAWN_RECORD.sheets.map((kind) => [kind, usedRange(SHEET_MARKERS[kind])])
    ) as Record<DrawnSheet, ReturnType<typeof usedRange>>,
    lists: usedRange(SHEET_MARKERS.lists),
    charts,
  };
}

function built(data: DataRead, existence: WorkbookExistence) {
  const drawn: WorkbookSnapshot["drawn"] = {};
  for (const [kind, read] of Object.entries(data.drawn) as [
    keyof WorkbookSnapshot["drawn"],
    DataRead["drawn"][DrawnSheet],
  ][]) {
    if (read && !read.range.isNullObject)
      drawn[kind] = { sheet: read.sheet, grid: fromA1(read.range), cells: foundCells(read.range) };
  }
  const q = data.questionnaire;
  const snapshot: WorkbookSnapshot = {
    sheetNames: existence.sheets,
    markers: existence.markers,
    settings: Object.fromEntries(
      SETTING_KEYS_READ.map((key, i) => {
        const item = data.settings[i];
        return [key, item.isNullObject ? undefined : String(item.value)];
      })
    ),
    ...(data.lists
      ? {
          lists: {
            sheet: data.lists.sheet,
            top: data.lists.range.isNullObject ? [] : fromA1(data.lists.range),
          },
        }
      : {}),
    ...(q
      ? {
          questionnaire: {
            sheet: q.sheet.name,
            header: q.header.values[0],
            body: q.body.values,
            bodyRow: q.body.rowIndex,
            bodyColumn: q.body.columnIndex,
            above: q.details.values,
          },
        }
      : {}),
    drawn,
    ...(data.responses ? { responses: tableOf(data.responses) } : {}),
    ...(data.history ? { history: tableOf(data.history) } : {}),
    protectedSheets: data.protection
      .filter((p) => p.protection.protected)
      .map((p) => p.sheet || q!.sheet.name),
  };
  return {
    snapshot,
    handles: {
      // Without a table there is nothing to write to: planRescore stops before any write.
      body: q?.body as Excel.Range,
      charts: Object.fromEntries(data.charts.map(({ kind, chart }) => [kind, !chart.isNullObject])),
      hasTrackerTable: existence.tables.includes(TRACKER_TABLE),
    },
  };
}

/** A table read (Responses, History) as the core takes it. */
function tableOf(read: NonNullable<DataRead["responses"]>) {
  return {
    sheet: read.sheet.name,
    header: read.header.values[0],
    body: read.body.values,
    bodyRow: read.body.rowIndex,
    bodyColumn: read.body.columnIndex,
  };
}

/** A used range's values as rows from A1 (Excel's used range starts at its first used cell). */
export function fromA1(range: Excel.Range): Grid {
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
      // Text typed with a leading apostrophe ("'= same") reads back with the same formula as
      // its value: a constant, not a formula.
      const hasFormula =
        typeof formula === "string" && formula.startsWith("=") && formula !== value;
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
