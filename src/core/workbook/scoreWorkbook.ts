import type { AssessmentDetails } from "./details";
import type { Problem, ScoreResult } from "../scoring/types";
import type { Framework } from "../framework/types";
import { scoreAssessment } from "../scoring/scoreAssessment";
import { mergeTracker } from "../scoring/trackerMerge";
import { WorkbookError, type WorkbookProblem } from "./errors";
import { actionPlanSheet } from "./layouts/actionPlan";
import { resultsSheet, type LocatedProblem } from "./layouts/results";
import { trackerSheet } from "./layouts/tracker";
import { TABLE_NAME } from "./names";
import { readQuestionnaire } from "./readers/questionnaire";
import { readTracker } from "./readers/tracker";
import { cellAddress, quoteSheetName, type ChartSeries, type SheetSpec } from "./sheetSpec";
import type { QuestionnaireTable } from "./snapshot";

/**
 * Scores the questionnaire table and lays out the sheets svmi draws: the scoring step of
 * planRescore, which decides where each goes.
 */

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
  trackerValues: readonly (readonly unknown[])[] = [],
  /** The radar's series beside Present and Future (participants' spread, a past cycle). */
  overlays: readonly ChartSeries[] = [],
  /** What else the Results sheet lists under Problems (an edited History, carried answers). */
  notices: readonly WorkbookProblem[] = []
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
  const located: LocatedProblem[] = [...problems, ...notices].map((p) => ({
    message: p.message,
    target: p.address && `${quoteSheetName(p.sheet!)}!${p.address}`,
  }));
  const lastColumn = table.bodyColumn + table.header.length - 1;
  const typed = readTracker(framework, trackerValues);
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
    results: resultsSheet(framework, details, result, located, overlays),
    actionPlan: actionPlanSheet(framework, details, result, notes),
    tracker: trackerSheet(
      framework,
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
