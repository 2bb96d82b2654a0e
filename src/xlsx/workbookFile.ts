import type { AnswerInput } from "../core/scoring/types";
import type { AssessmentDetails } from "../core/workbook/details";
import type { Framework } from "../core/framework/loadFramework";
import {
  drawnRecordsFromLists,
  drawnRecordsRow,
  type DrawnSheet,
} from "../core/workbook/keptContent";
import {
  COLUMN_ORDER,
  COLUMNS,
  DRAWN_RECORD,
  freeSheetName,
  SHEET_MARKERS,
  SHEET_NAMES,
  TABLE_NAME,
  type OwnedSheet,
} from "../core/workbook/names";
import { readActionPlanNotes } from "../core/workbook/layouts/resultsAndPlan";
import { listsSheet, questionnaireSheet } from "../core/workbook/layouts/questionnaire";
import type { Area, SheetSpec } from "../core/workbook/sheetSpec";
import {
  detailsFromCells,
  frameworkOf,
  markedSheetName,
  recordFromListsSheet,
  scoreWorkbook,
  WorkbookError,
  type WorkbookScore,
} from "../core/workbook/scoreWorkbook";
import { writeOwnedSheet } from "./parts/ownedSheets";
import { findHeaderRow, findTable, restoreTable } from "./parts/questionnaireTable";
import { afterCells, belowRow, editCells, readCells, readSharedStrings } from "./parts/sheetCells";
import { StyleBook } from "./parts/styleBook";
import {
  dropCalcChain,
  dropDanglingRelationships,
  emptyWorkbook,
  stylesPath,
} from "./parts/workbookEdits";
import { NS } from "./package/xml";
import { REL_TYPES, XlsxPackage, type SheetEntry } from "./package/xlsxPackage";
import { attributeOf, type XmlPart } from "./package/xmlPart";
import { NotAWorkbookError } from "./package/zipFile";

/** Rows of the lists sheet that hold what the file records (framework, version, drawn cells). */
const LISTS_HEAD_ROWS = DRAWN_RECORD.row + 1;

/**
 * The .xlsx adapter: the same assessment workbook the add-in builds, made and scored as a file.
 * Only the SVMI's own sheets are written; every other part of the file is left as it came.
 */

export interface ScoredWorkbook {
  bytes: Uint8Array;
  framework: Framework;
  details: AssessmentDetails;
  score: WorkbookScore;
  /** What was repaired in the file, one sentence each (a restored table, a dropped dangling link). */
  repairs: string[];
  /** What the user should know: typed cells that had to move so a re-score could not overwrite them. */
  notices: string[];
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

/** Scores an assessment workbook made by the add-in, by `svmi template` or by any other program. */
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
  const repairs: string[] = [];
  const shared = readSharedStrings(sharedStringsPart(pkg));
  const markers = new Map(pkg.definedNames().map((n) => [n.name, markedSheetName(n.formula)]));
  const markedSheet = (kind: OwnedSheet) => {
    const name = markers.get(SHEET_MARKERS[kind]);
    return sheets.find((s) => s.name === name);
  };
  const cellsOf = (sheet: SheetEntry) => readCells(pkg.xml(sheet.path)!, shared);
  // The lists sheet's first rows (framework, version, what was drawn): only they are parsed.
  const headOf = (sheet: SheetEntry) =>
    readCells(pkg.xmlHead(sheet.path, belowRow(LISTS_HEAD_ROWS))!, shared, LISTS_HEAD_ROWS);

  const listsEntry =
    markedSheet("lists") ?? sheets.find((s) => recordFromListsSheet(headOf(s)).frameworkId);
  const listsTop = listsEntry ? headOf(listsEntry) : [];
  const framework = frameworkOf(listsEntry ? recordFromListsSheet(listsTop) : {});
  const located =
    findTable(pkg, sheets) ??
    findHeaderRow(pkg, sheets, markers.get(SHEET_MARKERS.questionnaire), shared);
  if (!located) {
    throw new WorkbookError(
      `The questionnaire (table ${TABLE_NAME}, or a header row with Question ID, Present and Future) is missing: was the Questionnaire sheet deleted?`
    );
  }
  const { sheet: tableSheet, area } = located;
  const grid = readCells(pkg.xmlHead(tableSheet.path, afterCells)!, shared);
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
  // A marker pointing at the questionnaire, the lists sheet or another of our sheets (a name
  // edited by hand, another tool) must not get that sheet drawn over: such a marker is ignored.
  const claimed = new Set([tableSheet.path, listsEntry?.path]);
  const misplaced: string[] = [];
  const ownSheet = (kind: DrawnSheet) => {
    const entry = markedSheet(kind);
    if (!entry) return undefined;
    if (claimed.has(entry.path)) {
      misplaced.push(
        `the name ${SHEET_MARKERS[kind]} pointed at '${entry.name}', which is not svmi's ${SHEET_NAMES[kind]} sheet; a new one was made`
      );
      return undefined;
    }
    claimed.add(entry.path);
    return entry;
  };
  const resultsEntry = ownSheet("results");
  const planEntry = ownSheet("actionPlan");
  const notes = planEntry ? readActionPlanNotes(cellsOf(planEntry)) : new Map<string, string>();
  const trackerEntry = ownSheet("tracker");
  const score = scoreWorkbook(
    framework,
    details,
    { sheet: tableSheet.name, header, body, bodyRow: area.row + 1, bodyColumn: area.column },
    notes,
    trackerEntry ? cellsOf(trackerEntry) : []
  );

  repairs.push(...dropDanglingRelationships(pkg, [pkg.workbookPath, tableSheet.path]));
  const notices: string[] = [...misplaced];
  if (located.tableMissing) {
    const headers = header.map((h) => String(h ?? ""));
    const restored = restoreTable(pkg, tableSheet, { ...area, rows }, headers);
    if ("repaired" in restored) repairs.push(restored.repaired);
    else notices.push(restored.notRepaired);
  }

  repairs.push(...writeLevels(pkg, tableSheet, area, score, shared));
  const styles = new StyleBook(pkg.text(stylesPath(pkg).path));
  const previous = drawnRecordsFromLists(listsTop);
  const records: Partial<Record<DrawnSheet, string>> = {};
  const draw = (kind: DrawnSheet, spec: SheetSpec, entry: SheetEntry | undefined) => {
    if (entry) repairs.push(...dropDanglingRelationships(pkg, [entry.path]));
    const outcome = writeOwnedSheet(pkg, styles, kind, spec, entry, {
      record: previous[kind],
      shared,
    });
    records[kind] = outcome.record;
    if (outcome.notice) notices.push(outcome.notice);
  };
  draw("results", score.results, resultsEntry);
  draw("actionPlan", score.actionPlan, planEntry);
  draw("tracker", score.tracker, trackerEntry);
  if (listsEntry)
    writeDrawnRecords(pkg, listsEntry, records, listsTop[DRAWN_RECORD.row]?.length ?? 0);
  saveStyles(pkg, styles);
  repairs.push(...pkg.dropMissingOverrides());
  return { bytes: pkg.toBytes(), framework, details, score, repairs, notices };
}

/**
 * Adds a new assessment (the Questionnaire and lists sheets) to a workbook the user already has,
 * as the add-in's New assessment does in the open workbook; every other part stays as it was.
 */
export function addAssessmentToWorkbook(
  bytes: Uint8Array,
  framework: Framework,
  details: AssessmentDetails
): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  const markers = new Set(pkg.definedNames().map((n) => n.name.toLowerCase()));
  if (markers.has(SHEET_MARKERS.questionnaire.toLowerCase()) || findTable(pkg, pkg.sheets())) {
    throw new WorkbookError(
      "This workbook already holds an SVMI assessment; score it with svmi score instead."
    );
  }
  // The questionnaire table's name would clash with it (Excel repairs such a file).
  if (markers.has(TABLE_NAME.toLowerCase())) {
    throw new WorkbookError(
      `This workbook has a defined name ${TABLE_NAME}, the name of the questionnaire table; rename it first.`
    );
  }
  const taken = new Set(pkg.sheets().map((s) => s.name.toLowerCase()));
  const questionnaireName = freeSheetName(SHEET_NAMES.questionnaire, taken);
  taken.add(questionnaireName.toLowerCase());
  const listsName = freeSheetName(SHEET_NAMES.lists, taken);
  const styles = new StyleBook(pkg.text(stylesPath(pkg).path));
  const questionnaire = questionnaireSheet(framework, details, listsName);
  // Added at the end: moving sheets would renumber the localSheetId of the user's names.
  writeOwnedSheet(pkg, styles, "questionnaire", questionnaire, undefined);
  writeOwnedSheet(pkg, styles, "lists", listsSheet(framework), undefined);
  saveStyles(pkg, styles);
  return pkg.toBytes();
}

function sharedStringsPart(pkg: XlsxPackage) {
  const rel = pkg.relationships(pkg.workbookPath).find((r) => r.type === REL_TYPES.sharedStrings);
  return rel && !rel.external ? pkg.xml(rel.target) : undefined;
}

/**
 * Writes the level columns into the questionnaire. In the same edit, conditional-format rules
 * that share a priority (Gnumeric gives every rule priority 1) are renumbered in their present
 * order of precedence: Excel wants them distinct.
 */
function writeLevels(
  pkg: XlsxPackage,
  sheet: SheetEntry,
  table: Area,
  score: WorkbookScore,
  shared: readonly string[]
): string[] {
  const writes = score.levelColumns.flatMap(({ column, values }) =>
    values.map((text, i) => ({ row: table.row + 1 + i, column: table.column + column, text }))
  );
  let replaced = false;
  let renumbered = false;
  pkg.editXmlHead(sheet.path, afterCells, (part) => {
    replaced = editCells(part, writes, shared).replacedFormula;
    renumbered = renumberPriorities(part);
  });
  if (replaced) dropCalcChain(pkg);
  return renumbered
    ? [`renumbered the conditional-format priorities on ${sheet.name} (several rules shared one)`]
    : [];
}

function renumberPriorities(part: XmlPart): boolean {
  const rules = part
    .children(part.root, "conditionalFormatting", NS.main)
    .flatMap((cf) => part.children(cf, "cfRule", NS.main));
  const priorities = rules.map((r) => Number(attributeOf(r, "priority")));
  if (new Set(priorities).size === priorities.length && priorities.every((p) => p >= 1))
    return false;
  rules
    .map((rule, index) => ({ rule, index, priority: priorities[index] || Infinity }))
    .sort((a, b) => a.priority - b.priority || a.index - b.index)
    .forEach(({ rule }, rank) => part.setAttributes(rule, { priority: rank + 1 }));
  return true;
}

/** What this drawing wrote, in the lists sheet's record row, for the next re-score. */
function writeDrawnRecords(
  pkg: XlsxPackage,
  lists: SheetEntry,
  records: Partial<Record<DrawnSheet, string>>,
  previousWidth: number
): void {
  const row = drawnRecordsRow(records);
  // Cells of a longer record from before are emptied, not left to be read as part of this one.
  const width = Math.max(row.length, previousWidth);
  pkg.editXmlHead(lists.path, belowRow(LISTS_HEAD_ROWS), (part) =>
    editCells(
      part,
      Array.from({ length: width }, (_, column) => ({
        row: DRAWN_RECORD.row,
        column,
        text: row[column] ?? "",
      }))
    )
  );
}

function saveStyles(pkg: XlsxPackage, styles: StyleBook): void {
  pkg.setText(stylesPath(pkg).path, styles.toXml());
}
