import type { AssessmentDetails } from "./details";
import type { Problem, ScoreResult } from "../scoring/types";
import { getFramework, isFrameworkId } from "../framework/registry";
import type { Framework } from "../framework/loadFramework";
import { scoreAssessment } from "../scoring/scoreAssessment";
import { SETTING_KEYS, TABLE_NAME } from "./names";
import { actionPlanSheet, resultsSheet, type LocatedProblem } from "./layouts/resultsAndPlan";
import { readQuestionnaire } from "./layouts/questionnaire";
import { readTracker, trackerSheet } from "./layouts/tracker";
import { mergeTracker } from "../scoring/trackerMerge";
import { cellAddress, quoteSheetName, type SheetSpec } from "./sheetSpec";

/**
 * Scoring an assessment workbook, whoever holds it: the add-in (Office.js) and the .xlsx adapter
 * read the same things, hand them here, and write back what comes out.
 */

/** A state of the workbook that stops scoring altogether (no assessment, table deleted…). */
export class WorkbookError extends Error {}

/** A problem the user can fix, with the cell to select (sheet and address) when there is one. */
export interface WorkbookProblem {
  message: string;
  sheet?: string;
  address?: string;
}

/** The questionnaire table as read: header and body values, and where its body starts. */
export interface QuestionnaireTable {
  sheet: string;
  header: readonly unknown[];
  body: readonly (readonly unknown[])[];
  /** Zero-based sheet row and column of the body's first cell. */
  bodyRow: number;
  bodyColumn: number;
}

/** The sheet a marker name points at ("='Action Plan'!$A$1"), or undefined if gone (#REF!). */
export function markedSheetName(formula: string | undefined): string | undefined {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!'#]+))!/.exec(formula ?? "");
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** Which framework and version a workbook records (settings, or the lists sheet's cells). */
export interface FrameworkRecord {
  frameworkId?: string;
  version?: string;
}

/** The framework/version cells of the lists sheet (rows labelled svmi.framework, svmi.version). */
export function recordFromListsSheet(values: readonly (readonly unknown[])[]): FrameworkRecord {
  const labelled = (label: string) => {
    const row = values.find((r) => String(r[0] ?? "").trim() === label);
    return row && row[1] !== undefined && row[1] !== null ? String(row[1]).trim() : undefined;
  };
  return { frameworkId: labelled(SETTING_KEYS.framework), version: labelled(SETTING_KEYS.version) };
}

/** The framework a workbook was made with, or a WorkbookError saying why it cannot be scored. */
export function frameworkOf(record: FrameworkRecord): Framework {
  const { frameworkId, version } = record;
  if (frameworkId === undefined) {
    throw new WorkbookError(
      "This workbook holds no SVMI assessment yet. Start one with New assessment in the add-in, or with svmi template --into FILE.xlsx."
    );
  }
  if (!isFrameworkId(frameworkId)) {
    throw new WorkbookError(
      `This workbook records an unknown SVMI framework '${frameworkId}' (known: public, business).`
    );
  }
  const framework = getFramework(frameworkId);
  if (!sameVersion(version, framework.version)) {
    throw new WorkbookError(
      `This assessment was made with ${framework.name} version ${version ?? "(none)"}; this tool knows version ${framework.version}.`
    );
  }
  return framework;
}

/** Excel turns a typed "1.0" into the number 1, so versions compare as numbers when they are. */
function sameVersion(recorded: string | undefined, known: string): boolean {
  if (recorded === undefined) return false;
  if (recorded === known) return true;
  return /^\d+(\.\d+)?$/.test(recorded) && Number(recorded) === Number(known);
}

const DETAIL_LABELS = {
  organisation: "organisation",
  date: "assessment date",
  facilitator: "facilitator",
} as const;

/**
 * Details typed above the questionnaire table (label in column A, value in B), as the
 * Questionnaire sheet shows them. Dates may come back as Excel serial numbers.
 */
export function detailsFromCells(
  frameworkId: string,
  values: readonly (readonly unknown[])[]
): AssessmentDetails {
  const found: Partial<Record<keyof typeof DETAIL_LABELS, string>> = {};
  for (const row of values) {
    const label = String(row[0] ?? "")
      .trim()
      .toLowerCase();
    const key = (Object.keys(DETAIL_LABELS) as (keyof typeof DETAIL_LABELS)[]).find(
      (k) => DETAIL_LABELS[k] === label
    );
    if (key && found[key] === undefined) found[key] = detailText(row[1]);
  }
  return {
    frameworkId,
    organisation: found.organisation ?? "",
    date: found.date ?? "",
    ...(found.facilitator ? { facilitator: found.facilitator } : {}),
  };
}

function detailText(value: unknown): string {
  // Excel stores dates as days since 1899-12-30; show them as yyyy-mm-dd like the form does.
  if (typeof value === "number" && value > 0 && value < 2_958_466) {
    return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000)
      .toISOString()
      .slice(0, 10);
  }
  return value === null || value === undefined ? "" : String(value).trim();
}

/** Everything a scoring run writes back, as data. */
export interface WorkbookScore {
  result: ScoreResult;
  problems: WorkbookProblem[];
  /** New contents of the table's level columns: table-relative column, one value per body row. */
  levelColumns: { column: number; values: string[] }[];
  /** The address of a question's table row (e.g. "A12:H12"), for selecting it. */
  rowAddress: (questionId: string) => string | undefined;
  /** Zero-based sheet columns of Present and Future. */
  answerColumns: number[];
  /** The answer cell of a question (e.g. "D12"), for writing a choice made in the taskpane. */
  answerCell: (questionId: string, timeframe: "present" | "future") => string | undefined;
  results: SheetSpec;
  actionPlan: SheetSpec;
  /** The Action Tracker, merged with what the team typed there. */
  tracker: SheetSpec;
}

/** Scores a questionnaire table and lays out the Results and Action Plan sheets. */
export function scoreWorkbook(
  framework: Framework,
  details: AssessmentDetails,
  table: QuestionnaireTable,
  notes: ReadonlyMap<string, string>,
  trackerValues: readonly (readonly unknown[])[] = []
): WorkbookScore {
  const read = readQuestionnaire(table.header, table.body);
  if (read.columnOf.id < 0 || read.columnOf.present < 0 || read.columnOf.future < 0) {
    throw new WorkbookError(
      `The questionnaire table (${TABLE_NAME}) is missing its ${read.missing.join(", ")} column(s). Undo the change or restore the headers.`
    );
  }
  const result = scoreAssessment(framework, {
    organisation: details.organisation,
    answers: read.answers,
  });
  const problems = locateProblems(result.problems, read, table);
  for (const id of framework.themes.flatMap((t) => t.questions.map((q) => q.id))) {
    if (!read.rowOf.has(id))
      problems.push({
        message: `${id} is missing from the questionnaire table; add its row back to score its theme.`,
      });
  }
  const byId = new Map(result.questions.map((q) => [q.id, q]));
  const levelColumns = (["present", "future"] as const)
    .map((field) => ({
      column: read.columnOf[field === "present" ? "presentLevel" : "futureLevel"],
      values: table.body.map(
        (row) => byId.get(String(row[read.columnOf.id] ?? "").trim())?.[field].label ?? ""
      ),
    }))
    .filter((c) => c.column >= 0);
  const located: LocatedProblem[] = problems.map((p) => ({
    message: p.message,
    target: p.address && `${quoteSheetName(p.sheet!)}!${p.address}`,
  }));
  const lastColumn = table.bodyColumn + table.header.length - 1;
  const typed = readTracker(trackerValues);
  return {
    result,
    problems,
    levelColumns,
    rowAddress: (id) => {
      const row = read.rowOf.get(id);
      if (row === undefined) return undefined;
      const sheetRow = table.bodyRow + row;
      return `${cellAddress(sheetRow, table.bodyColumn)}:${cellAddress(sheetRow, lastColumn)}`;
    },
    answerColumns: [
      table.bodyColumn + read.columnOf.present,
      table.bodyColumn + read.columnOf.future,
    ],
    answerCell: (id, timeframe) => {
      const row = read.rowOf.get(id);
      if (row === undefined) return undefined;
      return cellAddress(table.bodyRow + row, table.bodyColumn + read.columnOf[timeframe]);
    },
    results: resultsSheet(details, result, located),
    actionPlan: actionPlanSheet(framework, details, result, notes),
    tracker: trackerSheet(
      details,
      mergeTracker(typed.rows, result.actions, typed.horizon),
      typed.horizon
    ),
  };
}

function locateProblems(
  problems: readonly Problem[],
  read: ReturnType<typeof readQuestionnaire>,
  table: QuestionnaireTable
): WorkbookProblem[] {
  const { rowOf, columnOf } = read;
  return problems.map((problem) => {
    const row = rowOf.get(problem.question);
    const column =
      problem.field === "present"
        ? columnOf.present
        : problem.field === "future"
          ? columnOf.future
          : columnOf.id;
    if (row === undefined || column < 0) return { message: problem.message };
    return {
      message: problem.message,
      sheet: table.sheet,
      address: cellAddress(table.bodyRow + row, table.bodyColumn + column),
    };
  });
}
