import type { AssessmentDetails } from "../core/workbook/details";
import type { ScoreResult } from "../core/scoring/types";
import type { Framework } from "../core/framework/loadFramework";
import {
  SHEET_MARKERS,
  SHEET_NAMES,
  SETTING_KEYS,
  DRAWN_RECORD,
  TABLE_NAME,
  CHART_NAME,
  freeSheetName,
  type OwnedSheet,
} from "../core/workbook/names";
import { readActionPlanNotes } from "../core/workbook/layouts/resultsAndPlan";
import { listsSheet, questionnaireSheet } from "../core/workbook/layouts/questionnaire";
import { TRACKER_TABLE } from "../core/workbook/layouts/tracker";
import {
  areaAddress,
  cellAddress,
  type CellValue,
  type ChartSpec,
  type SheetSpec,
} from "../core/workbook/sheetSpec";
import {
  detailsFromCells,
  frameworkOf,
  markedSheetName,
  recordFromListsSheet,
  scoreWorkbook,
  WorkbookError,
  type WorkbookProblem,
} from "../core/workbook/scoreWorkbook";
import {
  drawnRecord,
  drawnRecordsFromLists,
  drawnRecordsRow,
  planKeptCells,
  withKeptLabels,
  type DrawnSheet,
  type FoundCell,
} from "../core/workbook/keptContent";
import { asCellText, renderSheet } from "./renderSheet";
import type { Capabilities } from "./requirements";

export { markedSheetName, WorkbookError, type WorkbookProblem };

export interface RescoreOutcome {
  result: ScoreResult;
  details: AssessmentDetails;
  problems: WorkbookProblem[];
  /** Where the Questionnaire table is, so the taskpane can select a question's row. */
  questionnaire: {
    sheet: string;
    /** Zero-based sheet columns of Present and Future: edits there are what live mode reacts to. */
    answerColumns: number[];
    /** The address of a question's table row on that sheet (e.g. "A12:H12"). */
    rowAddress: (questionId: string) => string | undefined;
    /** A question's Present or Future cell (e.g. "D12"). */
    answerCell: (questionId: string, timeframe: "present" | "future") => string | undefined;
  };
}

const DETAIL_KEYS = {
  organisation: "svmi.organisation",
  date: "svmi.date",
  facilitator: "svmi.facilitator",
} as const;

/**
 * Builds a new assessment: the hidden lists sheet and the Questionnaire sheet with its table,
 * dropdowns and level colours; records framework, version and details in the workbook. Refuses a
 * workbook that already holds one, and never takes over a user's sheet that has the same name.
 */
export async function createAssessment(
  context: Excel.RequestContext,
  framework: Framework,
  details: AssessmentDetails,
  caps: Capabilities
): Promise<void> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  const existing = workbook.tables.getItemOrNullObject(TABLE_NAME).load("name");
  await context.sync();
  if (!existing.isNullObject) {
    throw new WorkbookError(
      "This workbook already holds an SVMI assessment. Open it with Score, or start a new workbook."
    );
  }
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const lists = addOwnedSheet(workbook, "lists", () => listsSheet(framework), taken, caps);
  // The dropdowns must point at the name the lists sheet actually got.
  const questionnaire = addOwnedSheet(
    workbook,
    "questionnaire",
    () => questionnaireSheet(framework, details, lists.name),
    taken,
    caps
  );
  questionnaire.sheet.position = 0;
  const settings = workbook.settings;
  settings.add(SETTING_KEYS.framework, framework.id);
  settings.add(SETTING_KEYS.version, framework.version);
  settings.add(DETAIL_KEYS.organisation, details.organisation);
  settings.add(DETAIL_KEYS.date, details.date);
  settings.add(DETAIL_KEYS.facilitator, details.facilitator ?? "");
  questionnaire.sheet.activate();
  await context.sync();
}

/** Adds a sheet under a free name (a user's "Results" is never reused), draws it and marks it ours. */
function addOwnedSheet(
  workbook: Excel.Workbook,
  kind: OwnedSheet,
  spec: () => SheetSpec,
  taken: Set<string>,
  caps: Capabilities
): { sheet: Excel.Worksheet; name: string } {
  const name = freeSheetName(SHEET_NAMES[kind], taken);
  taken.add(name.toLowerCase());
  const sheet = workbook.worksheets.add(name);
  renderSheet(sheet, { ...spec(), name }, caps);
  workbook.names.add(
    SHEET_MARKERS[kind],
    sheet.getRange("A1"),
    "Marks a sheet the SVMI add-in writes"
  );
  return { sheet, name };
}

/**
 * Re-scores the whole assessment in two round trips: one read (settings, names, the questionnaire
 * table, the lists sheet, the Notes of the Action Plan), one write (level cells, Results, Action
 * Plan, chart on its first creation). The number of syncs does not depend on the number of questions.
 */
export async function rescore(
  context: Excel.RequestContext,
  caps: Capabilities,
  { write = true }: { write?: boolean } = {}
): Promise<RescoreOutcome> {
  const workbook = context.workbook;
  const settings = Object.fromEntries(
    [...Object.values(SETTING_KEYS), ...Object.values(DETAIL_KEYS)].map((key) => [
      key,
      workbook.settings.getItemOrNullObject(key).load("value"),
    ])
  );
  const names = workbook.names.load("items/name,items/formula");
  const sheets = workbook.worksheets.load("items/name");
  const table = workbook.tables.getItemOrNullObject(TABLE_NAME).load("name");
  const tableSheet = table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values,rowIndex,columnIndex");
  // The details above the table; rows inserted above it are allowed for.
  const detailCells = tableSheet.getRange("A1:B20").load("values");
  // Values and formulas of our sheets, where they start: what the team typed there is kept.
  const markedValues = (kind: OwnedSheet) =>
    workbook.names
      .getItemOrNullObject(SHEET_MARKERS[kind])
      .getRangeOrNullObject()
      .worksheet.getUsedRangeOrNullObject(true)
      .load("values,formulas,rowIndex,columnIndex");
  const resultsValues = markedValues("results");
  const planValues = markedValues("actionPlan");
  const trackerValues = markedValues("tracker");
  // Redrawing the tracker re-creates its table, so an existing one is removed first.
  const trackerTable = workbook.tables.getItemOrNullObject(TRACKER_TABLE).load("name");
  const listsValues = markedValues("lists");
  const resultsSheetProxy = workbook.names
    .getItemOrNullObject(SHEET_MARKERS.results)
    .getRangeOrNullObject().worksheet;
  const chart = resultsSheetProxy.charts.getItemOrNullObject(CHART_NAME).load("name");
  await context.sync();

  const setting = (key: string) => {
    const item = settings[key];
    return item.isNullObject ? undefined : (item.value as string);
  };
  // Settings when the add-in made the workbook; the lists sheet's cells when another tool did
  // (or when a round trip through another spreadsheet program dropped the settings).
  const framework = frameworkOf(
    setting(SETTING_KEYS.framework) !== undefined
      ? { frameworkId: setting(SETTING_KEYS.framework), version: setting(SETTING_KEYS.version) }
      : listsValues.isNullObject
        ? {}
        : recordFromListsSheet(listsValues.values)
  );
  if (table.isNullObject) {
    throw new WorkbookError(
      `The questionnaire table (${TABLE_NAME}) is missing: was the Questionnaire sheet deleted? Undo the deletion, or start a new assessment.`
    );
  }
  const fromCells = detailsFromCells(framework.id, detailCells.values);
  const details: AssessmentDetails = {
    frameworkId: framework.id,
    organisation: fromCells.organisation || (setting(DETAIL_KEYS.organisation) ?? ""),
    date: fromCells.date || (setting(DETAIL_KEYS.date) ?? ""),
    facilitator: fromCells.facilitator || setting(DETAIL_KEYS.facilitator) || undefined,
  };
  const notes = readActionPlanNotes(fromA1(planValues));
  const scored = scoreWorkbook(
    framework,
    details,
    {
      sheet: tableSheet.name,
      header: header.values[0],
      body: body.values,
      bodyRow: body.rowIndex,
      bodyColumn: body.columnIndex,
    },
    notes,
    fromA1(trackerValues)
  );
  const outcome: RescoreOutcome = {
    result: scored.result,
    details,
    problems: scored.problems,
    questionnaire: {
      sheet: tableSheet.name,
      answerColumns: scored.answerColumns,
      rowAddress: scored.rowAddress,
      answerCell: scored.answerCell,
    },
  };
  if (!write) return outcome; // a co-author's edit: their add-in writes; we only refresh the view

  // Write: level cells in table order, then the two output sheets, all in one batch.
  for (const { column, values } of scored.levelColumns) {
    body.getColumn(column).values = values.map((value) => [value]);
  }
  const markers = new Map(names.items.map((n) => [n.name, markedSheetName(n.formula)]));
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const previous = drawnRecordsFromLists(fromA1(listsValues));
  const records: Partial<Record<DrawnSheet, string>> = {};
  const draw = (kind: DrawnSheet, spec: SheetSpec, found: Excel.Range) => {
    const owned = ownedSheet(workbook, kind, markers, taken);
    const plan = owned.created
      ? { cells: [], labels: [] }
      : planKeptCells(foundCells(found), previous[kind], spec, owned.name);
    renderSheet(owned.sheet, withKeptLabels(spec, plan), caps);
    // The team's cells go back last, over the blank cells of the values block just written.
    for (const kept of plan.cells) {
      owned.sheet.getRangeByIndexes(kept.row, kept.column, 1, 1).formulas = [
        [kept.from.formula ?? asCellText(kept.from.value)],
      ];
    }
    if (plan.notice) {
      const top = plan.labels[0];
      outcome.problems.push({
        message: plan.notice,
        sheet: owned.name,
        address: cellAddress(top.row, top.column),
      });
    }
    records[kind] = drawnRecord(spec);
    return owned;
  };
  const results = draw("results", scored.results, resultsValues);
  if (results.created || chart.isNullObject) addChart(results.sheet, scored.results.chart!);
  draw("actionPlan", scored.actionPlan, planValues);
  if (!trackerTable.isNullObject) workbook.tables.getItem(TRACKER_TABLE).delete();
  draw("tracker", scored.tracker, trackerValues);
  if (!listsValues.isNullObject) {
    const lists = workbook.names.getItem(SHEET_MARKERS.lists).getRange().worksheet;
    const row = drawnRecordsRow(records);
    // Cells of a longer record from before are emptied, not left to be read as part of this one.
    const width = Math.max(row.length, fromA1(listsValues)[DRAWN_RECORD.row]?.length ?? 0);
    lists.getRangeByIndexes(DRAWN_RECORD.row, 0, 1, width).values = [
      Array.from({ length: width }, (_, i) => row[i] ?? ""),
    ];
  }
  await context.sync();
  return outcome;
}

/**
 * The sheet we own of this kind, cleared for redrawing; or a new one if it was never made or the
 * user deleted it. A sheet is ours only if our marker name points at it.
 */
function ownedSheet(
  workbook: Excel.Workbook,
  kind: OwnedSheet,
  markers: Map<string, string | undefined>,
  taken: Set<string>
): { sheet: Excel.Worksheet; name: string; created: boolean } {
  const marked = markers.get(SHEET_MARKERS[kind]);
  if (marked && taken.has(marked.toLowerCase())) {
    const sheet = workbook.worksheets.getItem(marked);
    const all = sheet.getRange();
    all.conditionalFormats.clearAll();
    all.unmerge();
    // Contents and formats, not "All": cell notes are the team's and stay on their cells.
    all.clear("Contents");
    all.clear("Formats");
    return { sheet, name: marked, created: false };
  }
  if (markers.has(SHEET_MARKERS[kind])) workbook.names.getItem(SHEET_MARKERS[kind]).delete(); // points at a deleted sheet
  const name = freeSheetName(SHEET_NAMES[kind], taken);
  taken.add(name.toLowerCase());
  const sheet = workbook.worksheets.add(name);
  workbook.names.add(
    SHEET_MARKERS[kind],
    sheet.getRange("A1"),
    "Marks a sheet the SVMI add-in writes"
  );
  return { sheet, name, created: true };
}

/** A used range's values as rows from A1 (Excel's used range starts at its first used cell). */
function fromA1(range: Excel.Range): unknown[][] {
  if (range.isNullObject) return [];
  const pad = Array<unknown>(range.columnIndex).fill(null);
  return [
    ...Array.from({ length: range.rowIndex }, () => []),
    ...range.values.map((row) => [...pad, ...row]),
  ];
}

/** Every non-empty cell of a used range, with its formula when it has one. */
function foundCells(range: Excel.Range): FoundCell[] {
  if (range.isNullObject) return [];
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

/** The radar chart reads its own sheet's cells, so later re-scores update it without touching it. */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const chart = sheet.charts.add("RadarMarkers", sheet.getRange(areaAddress(spec.data)), "Columns");
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  chart.legend.visible = true;
  spec.seriesColours.forEach((colour, i) => {
    const series = chart.series.getItemAt(i);
    series.format.line.color = colour;
    series.markerBackgroundColor = colour;
    series.markerForegroundColor = colour;
  });
  chart.axes.valueAxis.minimum = spec.minimum;
  chart.axes.valueAxis.maximum = spec.maximum;
  chart.axes.valueAxis.majorUnit = 1;
  const { row, column, rows, columns } = spec.anchor;
  chart.setPosition(cellAddress(row, column), cellAddress(row + rows - 1, column + columns - 1));
}
