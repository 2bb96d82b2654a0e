import type { AssessmentDetails } from "../core/workbook/details";
import type { Framework } from "../core/framework/types";
import type { ScoreResult } from "../core/scoring/types";
import type { Consensus } from "../core/consensus/consensus";
import type { Comparison } from "../core/history/compare";
import type { CarriedAnswer } from "../core/workbook/carried";
import type { BenchmarkSummary } from "../core/workbook/carriedBenchmark";
import { answerWrites, type AnswerToWrite } from "../core/workbook/answerWrites";
import {
  QuestionnaireMissingError,
  WorkbookError,
  type WorkbookProblem,
} from "../core/workbook/errors";
import { SHEET_MARKERS, TABLE_NAME } from "../core/workbook/names";
import {
  planNewAssessment,
  planRestartQuestionnaire,
  type ExistingWorkbook,
} from "../core/workbook/planNewAssessment";
import { planRescore } from "../core/workbook/planRescore";
import { answersFingerprint } from "../core/workbook/readers/questionnaire";
import { sheetsSummary, type SheetsSummary } from "../core/workbook/sheetsSummary";
import { applyNewAssessmentPlan, applyRescorePlan } from "./applyPlan";
import { asCellText } from "./renderSheet";
import { fromA1, readSnapshot, SETTING_KEYS_READ } from "./readSnapshot";
import {
  existenceAfter,
  existenceOf,
  loadExistence,
  sheetOfTable,
  type WorkbookExistence,
} from "./workbookExistence";
import type { Capabilities } from "./requirements";
import { ensureRecordedFramework } from "./frameworkData";

/**
 * The add-in's use cases, each a read, a plan from core, and one write: re-score, New assessment
 * (also replacing the one the workbook holds), restarting a deleted questionnaire, and filling
 * answers in.
 */

export interface RescoreOutcome {
  framework: Framework;
  result: ScoreResult;
  details: AssessmentDetails;
  problems: WorkbookProblem[];
  /** Where the Questionnaire table is, so the taskpane can select a question's row. */
  questionnaire: {
    sheet: string;
    /** Zero-based sheet columns of Present and Future: edits there are what live mode reacts to. */
    answerColumns: number[];
    /** Rows above the table's header, where the details are typed: live mode reacts to them too. */
    detailsRows: number;
    /** The address of a question's table row on that sheet (e.g. "A12:H12"). */
    rowAddress: (questionId: string) => string | undefined;
    /** A question's Present or Future cell (e.g. "D12"). */
    answerCell: (questionId: string, timeframe: "present" | "future") => string | undefined;
    /** The answers as scored, fingerprinted: live mode compares it with answersFingerprint(). */
    answersFingerprint: string;
  };
  /** The sheet's level cells were out of date when read (nothing was written on a read). */
  levelsStale: boolean;
  /**
   * The Action Plan (its planned actions) and the Action Tracker (its rows, and those still in
   * the plan and not Done), each where it is; on a read, only those that exist already.
   */
  sheets: SheetsSummary;
  /** The participants' consensus, when the workbook holds their answers (Responses table). */
  consensus?: Consensus;
  /** Year on year: the History's snapshots and the last one against now (none without one). */
  progress?: {
    snapshots: { label: string; date: string }[];
    comparison: Comparison;
  };
  /** Answers carried from the last cycle and not re-confirmed, each with its mark to clear. */
  carried: (CarriedAnswer & { listsSheet: string })[];
  /** Every snapshot label in the History (a new one may not reuse them). */
  historyLabels: string[];
  /** The benchmark the workbook carries, when it is of this framework (Benchmark drawn). */
  benchmark?: BenchmarkSummary;
}

/**
 * Re-scores the whole assessment in two round trips: one read, one write (level cells, Results,
 * Action Plan, tracker, chart on its first creation). The number of syncs does not depend on the
 * number of questions.
 */
export async function rescore(
  context: Excel.RequestContext,
  caps: Capabilities,
  {
    write = true,
    known,
    onExistence,
  }: {
    write?: boolean;
    /** What existed at the last run: the read is then one batch (see readSnapshot). */
    known?: WorkbookExistence;
    /** Told what exists now, for the next run. */
    onExistence?: (existence: WorkbookExistence) => void;
  } = {}
): Promise<RescoreOutcome> {
  const { snapshot, handles, existence } = await readSnapshot(context, known);
  const plan = planRescore(snapshot);
  const { score } = plan;
  const outcome: RescoreOutcome = {
    framework: plan.framework,
    result: plan.result,
    details: plan.details,
    problems: plan.problems,
    questionnaire: {
      sheet: plan.questionnaireSheet,
      answerColumns: score.answerColumns,
      detailsRows: Math.max(0, (snapshot.questionnaire?.bodyRow ?? 1) - 1),
      rowAddress: score.rowAddress,
      answerCell: score.answerCell,
      answersFingerprint: plan.answersFingerprint,
    },
    levelsStale: !write && plan.levelsStale,
    sheets: sheetsSummary(plan, write),
    ...(plan.consensus ? { consensus: plan.consensus } : {}),
    ...(plan.progress
      ? {
          progress: {
            snapshots: plan.progress.snapshots.map((s) => ({ label: s.label, date: s.date })),
            comparison: plan.progress.comparison,
          },
        }
      : {}),
    carried: plan.carried.map((c) => ({ ...c, listsSheet: snapshot.lists?.sheet ?? "" })),
    historyLabels: plan.historyLabels,
    ...(plan.benchmark ? { benchmark: plan.benchmark } : {}),
  };
  // A co-author's edit: their add-in writes; we only refresh the view.
  if (!write) {
    onExistence?.(existence);
    return outcome;
  }
  if (plan.writeBlocked) throw new WorkbookError(plan.writeBlocked);
  await applyRescorePlan(context, plan, handles, caps);
  const created = plan.draws
    .filter((d) => d.create)
    .map((d) => ({ marker: SHEET_MARKERS[d.kind], sheet: d.sheet }));
  const tables = plan.draws.flatMap((d) => (d.spec.table ? [d.spec.table.name] : []));
  onExistence?.(existenceAfter(existence, created, tables));
  return outcome;
}

/**
 * The answers' fingerprint now, in one small read (the table's header and body), or undefined
 * when there is no questionnaire table. Polled only while an assessment is shown, so the table
 * is asked for directly (one sync, not two); if it has gone, Excel says ItemNotFound.
 */
export async function readAnswersFingerprint(
  context: Excel.RequestContext
): Promise<string | undefined> {
  const table = await readQuestionnaireTable(context);
  return table && answersFingerprint(table.header, table.body);
}

/**
 * The questionnaire table's header and body in one sync, asked for directly; undefined when
 * Excel says it is not there (ItemNotFound).
 */
async function readQuestionnaireTable(
  context: Excel.RequestContext
): Promise<{ header: unknown[]; body: unknown[][]; bodyRange: Excel.Range } | undefined> {
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code === "ItemNotFound") return undefined;
    throw error;
  }
  return { header: header.values[0], body: body.values, bodyRange: body };
}

/** The sentence for a questionnaire table that is gone, where the pane can restart it. */
export const QUESTIONNAIRE_GONE = `The questionnaire (table ${TABLE_NAME}) is missing: was the Questionnaire sheet deleted? Restart the questionnaire to answer again.`;

/**
 * Writes answers (option texts) into the questionnaire's Present and Future cells: one read of
 * the table (header and body, so the cells are found by the headers, wherever the rows and
 * columns are) and one write, however many answers.
 */
export async function fillAnswers(
  context: Excel.RequestContext,
  answers: readonly AnswerToWrite[]
): Promise<void> {
  const table = await readQuestionnaireTable(context);
  if (!table) throw new QuestionnaireMissingError(QUESTIONNAIRE_GONE);
  const writes = answerWrites(table.header, table.body, answers);
  for (const { row, column, value } of writes)
    table.bodyRange.getCell(row, column).values = [[asCellText(value)]];
  if (writes.length > 0) await context.sync();
}

/**
 * Builds a new assessment in the open workbook: the Questionnaire and the hidden lists sheet,
 * and the settings recording framework, version and details. Refuses a workbook that already
 * holds one unless told to replace it (planNewAssessment says how: the old questionnaire is kept
 * as the user's sheet, the lists sheet's record carried over), and never takes over a user's
 * sheet that has the same name.
 */
export async function createAssessment(
  context: Excel.RequestContext,
  framework: Framework,
  details: AssessmentDetails,
  caps: Capabilities,
  { replace = false }: { replace?: boolean } = {}
): Promise<void> {
  const existing = await readExisting(context, { lists: replace, actionPlan: replace });
  const plan = planNewAssessment(framework, details, existing, { replace });
  await applyNewAssessmentPlan(context, plan, caps);
}

/**
 * A fresh Questionnaire for the workbook's recorded framework and details, after its sheet or
 * table was deleted (Excel cannot undo that); Results, Action Plan, Action Tracker and the lists
 * sheet stay (planRestartQuestionnaire).
 */
export async function restartQuestionnaire(
  context: Excel.RequestContext,
  caps: Capabilities
): Promise<void> {
  const existing = await readExisting(context, { lists: true, actionPlan: false });
  await ensureRecordedFramework(existing.lists?.top, existing.settings);
  await applyNewAssessmentPlan(context, planRestartQuestionnaire(existing), caps);
}

/**
 * What New assessment and a restart plan from: sheet, table and defined names, our markers, the
 * questionnaire table's sheet and the settings in one batch; in a second, only for those that
 * exist, our lists sheet's cells (its record) with `lists` and the Action Plan's with `actionPlan`.
 */
async function readExisting(
  context: Excel.RequestContext,
  { lists, actionPlan }: { lists: boolean; actionPlan: boolean }
): Promise<ExistingWorkbook> {
  const { workbook } = context;
  const read = loadExistence(context, { detail: true });
  const settings = SETTING_KEYS_READ.map((key) =>
    workbook.settings.getItemOrNullObject(key).load("value")
  );
  await context.sync();
  const existence = existenceOf(read);
  const definedNames = read.names.items.map((n) => n.name);
  const questionnaireSheet = sheetOfTable(read, TABLE_NAME);
  const cellsOf = (wanted: boolean, marker: string) => {
    const sheet = wanted ? existence.markers.get(marker) : undefined;
    return sheet === undefined
      ? undefined
      : {
          sheet,
          used: workbook.worksheets
            .getItem(sheet)
            .getUsedRangeOrNullObject(true)
            .load("values,rowIndex,columnIndex"),
        };
  };
  const listsRead = cellsOf(lists, SHEET_MARKERS.lists);
  const planRead = cellsOf(actionPlan, SHEET_MARKERS.actionPlan);
  if (listsRead || planRead) await context.sync();
  const grid = (read: { used: Excel.Range }) => (read.used.isNullObject ? [] : fromA1(read.used));
  return {
    sheetNames: existence.sheets,
    definedNames,
    holdsAssessment:
      questionnaireSheet !== undefined || existence.markers.has(SHEET_MARKERS.questionnaire),
    tableNames: existence.tables,
    markers: existence.markers,
    ...(questionnaireSheet !== undefined ? { questionnaireSheet } : {}),
    ...(listsRead ? { lists: { sheet: listsRead.sheet, top: grid(listsRead) } } : {}),
    ...(planRead ? { actionPlan: grid(planRead) } : {}),
    settings: Object.fromEntries(
      SETTING_KEYS_READ.map((key, i) => [
        key,
        settings[i].isNullObject ? undefined : String(settings[i].value),
      ])
    ),
  };
}
