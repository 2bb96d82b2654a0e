import type { AnswerInput } from "../core/scoring/types";
import type { AssessmentDetails } from "../core/workbook/details";
import type { Framework } from "../core/framework/types";
import { COLUMN_ORDER, COLUMNS, SHEET_MARKERS } from "../core/workbook/names";
import type { CellChange } from "../core/workbook/changedCells";
import type { Consensus } from "../core/consensus/consensus";
import type { ProgressPlan } from "../core/workbook/planProgress";
import { planNewAssessment, type NewAssessmentPlan } from "../core/workbook/planNewAssessment";
import { planRescore, type RescorePlan } from "../core/workbook/planRescore";
import type { WorkbookScore } from "../core/workbook/scoreWorkbook";
import type { Area, SheetSpec } from "../core/workbook/sheetSpec";
import { LISTS_HEAD_ROWS } from "../core/workbook/snapshot";
import { writeOwnedSheet } from "./parts/ownedSheets";
import { findTable, restoreTable } from "./parts/questionnaireTable";
import { afterCells, belowRow, editCells } from "./parts/sheetCells";
import { StyleBook } from "./parts/styleBook";
import {
  dropCalcChain,
  dropDanglingRelationships,
  emptyWorkbook,
  stylesPath,
} from "./parts/workbookEdits";
import { NS } from "./package/xml";
import { XlsxPackage, type SheetEntry } from "./package/xlsxPackage";
import { attributeOf, type XmlPart } from "./package/xmlPart";
import { readSnapshot } from "./readSnapshot";

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
  /** The participants' consensus, when the workbook holds their answers (a Responses table). */
  consensus?: Consensus;
  /** The last cycle against now, when the History holds an intact snapshot. */
  progress?: ProgressPlan;
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
  const plan = planNewAssessment(framework, details, {
    sheetNames: [],
    definedNames: [],
    holdsAssessment: false,
  });
  writeNewAssessment(pkg, plan, answers);
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
  const { snapshot, handles } = readSnapshot(pkg);
  const plan = planRescore(snapshot);
  const read = handles!; // planRescore has checked there is a questionnaire
  const repairs = dropDanglingRelationships(pkg, [pkg.workbookPath, read.tableSheet.path]);
  const notices = drawingNotices(plan);
  if (read.table.missing) {
    const restored = restoreTable(pkg, read.tableSheet, read.table, read.headers);
    if ("repaired" in restored) repairs.push(restored.repaired);
    else notices.push(restored.notRepaired);
  }
  repairs.push(
    ...writeLevels(pkg, read.tableSheet, read.table, plan.score, plan.answerChanges, read.shared)
  );
  const styles = new StyleBook(pkg.text(stylesPath(pkg).path));
  for (const draw of plan.draws) {
    const existing = draw.create ? undefined : read.drawn[draw.kind];
    if (existing) repairs.push(...dropDanglingRelationships(pkg, [existing.entry.path]));
    const notice = writeOwnedSheet(pkg, styles, draw, existing);
    if (notice) notices.push(notice);
  }
  if (plan.listsRecord && read.listsEntry) writeListsRecord(pkg, read.listsEntry, plan.listsRecord);
  saveStyles(pkg, styles);
  repairs.push(...pkg.dropMissingOverrides());
  return {
    bytes: pkg.toBytes(),
    framework: plan.framework,
    details: plan.details,
    score: plan.score,
    repairs,
    notices,
    ...(plan.consensus ? { consensus: plan.consensus } : {}),
    ...(plan.progress ? { progress: plan.progress } : {}),
  };
}

/** What the drawing itself told the user (moved cells, a misplaced marker), not answer problems. */
function drawingNotices(plan: RescorePlan): string[] {
  const answerProblems = new Set(plan.score.problems);
  return plan.problems.filter((p) => !answerProblems.has(p)).map((p) => p.message);
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
  const definedNames = pkg.definedNames().map((n) => n.name);
  const plan = planNewAssessment(framework, details, {
    sheetNames: pkg.sheets().map((s) => s.name),
    definedNames,
    holdsAssessment:
      definedNames.some((n) => n.toLowerCase() === SHEET_MARKERS.questionnaire.toLowerCase()) ||
      findTable(pkg, pkg.sheets()) !== undefined,
  });
  writeNewAssessment(pkg, plan);
  return pkg.toBytes();
}

/**
 * A new assessment's sheets, added after the user's: moving sheets would renumber the
 * localSheetId of the user's names.
 */
function writeNewAssessment(
  pkg: XlsxPackage,
  plan: NewAssessmentPlan,
  answers?: FilledAnswers
): void {
  const styles = new StyleBook(pkg.text(stylesPath(pkg).path));
  for (const { kind, spec } of plan.sheets) {
    const filled = kind === "questionnaire" && answers ? fillAnswers(spec, answers) : spec;
    writeOwnedSheet(pkg, styles, { kind, spec: filled });
  }
  saveStyles(pkg, styles);
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
  answers: readonly CellChange[],
  shared: readonly string[]
): string[] {
  // The agreed answers of several participants (when there are any), then the levels.
  const writes = [
    ...answers.map(({ row, column, value }) => ({
      row: table.row + 1 + row,
      column: table.column + column,
      text: String(value),
    })),
    ...score.levelColumns.flatMap(({ column, values }) =>
      values.map((text, i) => ({ row: table.row + 1 + i, column: table.column + column, text }))
    ),
  ];
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
function writeListsRecord(
  pkg: XlsxPackage,
  lists: SheetEntry,
  record: NonNullable<RescorePlan["listsRecord"]>
): void {
  pkg.editXmlHead(lists.path, belowRow(LISTS_HEAD_ROWS), (part) =>
    editCells(
      part,
      record.values.map((text, column) => ({ row: record.row, column, text }))
    )
  );
}

function saveStyles(pkg: XlsxPackage, styles: StyleBook): void {
  pkg.setText(stylesPath(pkg).path, styles.toXml());
}
