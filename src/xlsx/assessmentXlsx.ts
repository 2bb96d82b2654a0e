import type { AnswerInput } from "../core/assessment";
import type { AssessmentDetails } from "../core/assessmentDetails";
import type { Framework } from "../core/loadFramework";
import {
  COLUMN_ORDER,
  COLUMNS,
  freeSheetName,
  SHEET_MARKERS,
  SHEET_NAMES,
  TABLE_NAME,
  type OwnedSheet,
} from "../core/sheets/names";
import { readActionPlanNotes } from "../core/sheets/outputSheets";
import { listsSheet, questionnaireSheet } from "../core/sheets/questionnaire";
import {
  areaAddress,
  parseAddress,
  quoteSheetName,
  type Area,
  type SheetSpec,
} from "../core/sheets/sheetSpec";
import {
  detailsFromCells,
  frameworkOf,
  markedSheetName,
  recordFromListsSheet,
  scoreWorkbook,
  WorkbookError,
  type WorkbookScore,
} from "../core/sheets/workbookAssessment";
import { chartDrawingXml, radarChartXml } from "./radarChart";
import { readCells, readSharedStrings, writeTextCells, type ReadValue } from "./sheetCells";
import { StyleBook } from "./styleBook";
import { nextTableId, tableXml } from "./tablePart";
import {
  addSheet,
  detachSheetParts,
  dropCalcChain,
  emptyWorkbook,
  markerFormula,
  setDefinedName,
  stylesPath,
} from "./workbookEdits";
import { worksheetXml } from "./writeSheet";
import { CONTENT_TYPES, REL_TYPES, XlsxPackage, type SheetEntry } from "./xlsxPackage";
import { NotAWorkbookError } from "./zipFile";

/**
 * The .xlsx adapter: the same assessment workbook the add-in builds, made and scored as a file.
 * Only the SVMI's own sheets are written; every other part of the file is left as it came.
 */

export interface ScoredWorkbook {
  bytes: Uint8Array;
  framework: Framework;
  details: AssessmentDetails;
  score: WorkbookScore;
}

/** Answers to fill in (the demo's worked example), by question id. */
export type FilledAnswers = ReadonlyMap<string, { present?: string; future?: string }>;

/** Answers as the core takes them, keyed by question for filling a workbook. */
export function filledAnswers(answers: readonly AnswerInput[]): FilledAnswers {
  return new Map(
    answers.map((a) => [
      a.question,
      { present: a.present ?? undefined, future: a.future ?? undefined },
    ])
  );
}

/** A new assessment workbook: Questionnaire (table, dropdowns, level colours) and the lists sheet. */
export function newAssessmentWorkbook(
  framework: Framework,
  details: AssessmentDetails,
  answers: FilledAnswers = new Map()
): Uint8Array {
  const pkg = emptyWorkbook();
  const styles = new StyleBook(undefined);
  const questionnaire = fillAnswers(
    questionnaireSheet(framework, details, SHEET_NAMES.lists),
    answers
  );
  writeOwnedSheet(pkg, styles, "questionnaire", questionnaire, undefined);
  writeOwnedSheet(pkg, styles, "lists", listsSheet(framework), undefined);
  saveStyles(pkg, styles);
  return pkg.toBytes();
}

function fillAnswers(spec: SheetSpec, answers: FilledAnswers): SheetSpec {
  if (answers.size === 0) return spec;
  const idColumn = COLUMN_ORDER.indexOf(COLUMNS.id);
  const presentColumn = COLUMN_ORDER.indexOf(COLUMNS.present);
  const values = spec.values.map((row) => {
    const answer = answers.get(String(row[idColumn] ?? ""));
    if (!answer) return row;
    const copy = [...row];
    copy[presentColumn] = answer.present ?? "";
    copy[presentColumn + 1] = answer.future ?? "";
    return copy;
  });
  return { ...spec, values };
}

/** Scores an assessment workbook made by the add-in or by `svmi template`. */
export function scoreAssessmentFile(bytes: Uint8Array): ScoredWorkbook {
  const pkg = XlsxPackage.open(bytes);
  const sheets = pkg.sheets();
  if (sheets.length === 0) throw new WorkbookError("The workbook has no sheets.");
  const broken = sheets.find((s) => !s.path || !pkg.has(s.path));
  if (broken) {
    throw new NotAWorkbookError(
      `is damaged: its sheet '${broken.name}' has no worksheet part (repair it in Excel and save again)`
    );
  }
  const shared = readSharedStrings(sharedStringsXml(pkg));
  const markers = new Map(pkg.definedNames().map((n) => [n.name, markedSheetName(n.formula)]));
  const markedSheet = (kind: OwnedSheet) => {
    const name = markers.get(SHEET_MARKERS[kind]);
    return sheets.find((s) => s.name === name);
  };
  const cellsOf = (sheet: SheetEntry, maxRows?: number) =>
    readCells(pkg.text(sheet.path) ?? "", shared, maxRows);

  const located = findTable(pkg, sheets);
  const listsEntry =
    markedSheet("lists") ?? sheets.find((s) => recordFromListsSheet(cellsOf(s, 3)).frameworkId);
  const framework = frameworkOf(listsEntry ? recordFromListsSheet(cellsOf(listsEntry, 3)) : {});
  if (!located) {
    throw new WorkbookError(
      `The questionnaire table (${TABLE_NAME}) is missing: was the Questionnaire sheet deleted or its table removed?`
    );
  }
  const { sheet: tableSheet, area } = located;
  const grid = cellsOf(tableSheet, area.row + area.rows);
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
  const body = Array.from({ length: rows - 1 }, (_, i) => slice(area.row + 1 + i));
  const details = detailsFromCells(framework.id, grid.slice(0, Math.min(area.row, 20)));
  const planEntry = markedSheet("actionPlan");
  const notes = planEntry ? readActionPlanNotes(cellsOf(planEntry)) : new Map<string, string>();
  const trackerEntry = markedSheet("tracker");
  const score = scoreWorkbook(
    framework,
    details,
    { sheet: tableSheet.name, header, body, bodyRow: area.row + 1, bodyColumn: area.column },
    notes,
    trackerEntry ? cellsOf(trackerEntry) : []
  );

  writeLevels(pkg, tableSheet, area, score);
  const styles = new StyleBook(pkg.text(stylesPath(pkg).path));
  writeOwnedSheet(pkg, styles, "results", score.results, markedSheet("results"));
  writeOwnedSheet(pkg, styles, "actionPlan", score.actionPlan, planEntry);
  writeOwnedSheet(pkg, styles, "tracker", score.tracker, trackerEntry);
  saveStyles(pkg, styles);
  return { bytes: pkg.toBytes(), framework, details, score };
}

function sharedStringsXml(pkg: XlsxPackage): string | undefined {
  const rel = pkg.relationships(pkg.workbookPath).find((r) => r.type === REL_TYPES.sharedStrings);
  return rel && pkg.text(rel.target);
}

/** The questionnaire table, wherever it is: found by name through each sheet's table parts. */
function findTable(
  pkg: XlsxPackage,
  sheets: SheetEntry[]
): { sheet: SheetEntry; area: Area } | undefined {
  for (const sheet of sheets) {
    for (const rel of pkg.relationships(sheet.path)) {
      if (rel.type !== REL_TYPES.table) continue;
      const tag = /<(?:\w+:)?table\b[^>]*>/.exec(pkg.text(rel.target) ?? "")?.[0] ?? "";
      const name = /\bdisplayName="([^"]*)"/.exec(tag)?.[1] ?? /\bname="([^"]*)"/.exec(tag)?.[1];
      const ref = /\bref="([^"]*)"/.exec(tag)?.[1];
      const area = ref ? parseAddress(ref) : undefined;
      if (name?.toLowerCase() === TABLE_NAME.toLowerCase() && area && area.rows >= 2) {
        return { sheet, area };
      }
    }
  }
  return undefined;
}

function writeLevels(pkg: XlsxPackage, sheet: SheetEntry, table: Area, score: WorkbookScore): void {
  const writes = score.levelColumns.flatMap(({ column, values }) =>
    values.map((text, i) => ({ row: table.row + 1 + i, column: table.column + column, text }))
  );
  const { xml, replacedFormula } = writeTextCells(pkg.text(sheet.path) ?? "", writes);
  pkg.setText(sheet.path, xml);
  if (replacedFormula) dropCalcChain(pkg);
}

/**
 * Draws one of our sheets: redraws it in place when our marker points at it, or adds it under a
 * free name (a user's own "Results" is never taken over) and marks it.
 */
function writeOwnedSheet(
  pkg: XlsxPackage,
  styles: StyleBook,
  kind: OwnedSheet,
  spec: SheetSpec,
  existing: SheetEntry | undefined
): void {
  let entry = existing;
  if (entry) {
    if (/<(?:\w+:)?f\b/.test(pkg.text(entry.path) ?? "")) dropCalcChain(pkg);
    detachSheetParts(pkg, entry.path);
  } else {
    const taken = new Set(pkg.sheets().map((s) => s.name.toLowerCase()));
    entry = addSheet(pkg, freeSheetName(SHEET_NAMES[kind], taken), spec.hidden ?? false);
    setDefinedName(pkg, SHEET_MARKERS[kind], markerFormula(entry.name));
  }
  const parts: { tableRelId?: string; drawingRelId?: string } = {};
  if (spec.table) parts.tableRelId = addTable(pkg, entry.path, spec);
  if (spec.chart) parts.drawingRelId = addChart(pkg, entry, spec);
  pkg.setText(entry.path, worksheetXml({ ...spec, name: entry.name }, styles, parts));
  const index = pkg.sheets().findIndex((s) => s.path === entry.path);
  if (spec.print?.area) {
    setDefinedName(
      pkg,
      "_xlnm.Print_Area",
      `${quoteSheetName(entry.name)}!${areaAddress(spec.print.area, true)}`,
      index
    );
  }
  if (spec.print?.repeatRows) {
    const { row, rows } = spec.print.repeatRows;
    setDefinedName(
      pkg,
      "_xlnm.Print_Titles",
      `${quoteSheetName(entry.name)}!$${row + 1}:$${row + rows}`,
      index
    );
  }
}

function addTable(pkg: XlsxPackage, sheetPath: string, spec: SheetSpec): string {
  const { area, name } = spec.table!;
  const headers = Array.from({ length: area.columns }, (_, c) =>
    String(spec.values[area.row]?.[area.column + c] ?? `Column${c + 1}`)
  );
  const existing = pkg
    .paths()
    .filter((p) => /^xl\/tables\/.*\.xml$/.test(p))
    .map((p) => pkg.text(p) ?? "");
  const path = pkg.freePath("xl/tables", "table");
  pkg.setText(path, tableXml(nextTableId(existing), name, area, headers));
  pkg.addOverride(path, CONTENT_TYPES.table);
  return pkg.addRelationship(sheetPath, REL_TYPES.table, path);
}

/** The radar chart: a drawing on the sheet holding a chart part, with the values cached. */
function addChart(pkg: XlsxPackage, sheet: SheetEntry, spec: SheetSpec): string {
  const chart = spec.chart!;
  const rows = spec.values.slice(chart.data.row, chart.data.row + chart.data.rows);
  const cell = (row: ReadValue[] | undefined, c: number) => row?.[chart.data.column + c];
  const series = Array.from({ length: chart.data.columns - 1 }, (_, s) => ({
    name: String(cell(rows[0] as ReadValue[], s + 1) ?? ""),
    values: rows.slice(1).map((row) => {
      const value = cell(row as ReadValue[], s + 1);
      return typeof value === "number" ? value : null;
    }),
  }));
  const categories = rows.slice(1).map((row) => String(cell(row as ReadValue[], 0) ?? ""));
  const chartPath = pkg.freePath("xl/charts", "chart");
  pkg.setText(chartPath, radarChartXml({ spec: chart, sheetName: sheet.name, categories, series }));
  pkg.addOverride(chartPath, CONTENT_TYPES.chart);
  const drawingPath = pkg.freePath("xl/drawings", "drawing");
  const chartRelId = pkg.addRelationship(drawingPath, REL_TYPES.chart, chartPath);
  pkg.setText(drawingPath, chartDrawingXml(chart, chartRelId));
  pkg.addOverride(drawingPath, CONTENT_TYPES.drawing);
  return pkg.addRelationship(sheet.path, REL_TYPES.drawing, drawingPath);
}

function saveStyles(pkg: XlsxPackage, styles: StyleBook): void {
  pkg.setText(stylesPath(pkg).path, styles.toXml());
}
