import type { AssessmentDetails } from "../core/workbook/details";
import type { Framework } from "../core/framework/types";
import type { ScoreResult } from "../core/scoring/types";
import { WorkbookError, type WorkbookProblem } from "../core/workbook/errors";
import { SHEET_MARKERS, TABLE_NAME } from "../core/workbook/names";
import { planNewAssessment } from "../core/workbook/planNewAssessment";
import { planRescore } from "../core/workbook/planRescore";
import { answersFingerprint } from "../core/workbook/readers/questionnaire";
import { applyNewAssessmentPlan, applyRescorePlan } from "./applyPlan";
import { readSnapshot } from "./readSnapshot";
import { existenceAfter, type WorkbookExistence } from "./workbookExistence";
import type { Capabilities } from "./requirements";

/** The add-in's two use cases, each a read, a plan from core, and one write. */

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
    /** The address of a question's table row on that sheet (e.g. "A12:H12"). */
    rowAddress: (questionId: string) => string | undefined;
    /** A question's Present or Future cell (e.g. "D12"). */
    answerCell: (questionId: string, timeframe: "present" | "future") => string | undefined;
    /** The answers as scored, fingerprinted: live mode compares it with answersFingerprint(). */
    answersFingerprint: string;
  };
  /** The sheet's level cells were out of date when read (nothing was written on a read). */
  levelsStale: boolean;
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
      rowAddress: score.rowAddress,
      answerCell: score.answerCell,
      answersFingerprint: plan.answersFingerprint,
    },
    levelsStale: !write && plan.levelsStale,
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
  const table = context.workbook.tables.getItem(TABLE_NAME);
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values");
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code === "ItemNotFound") return undefined;
    throw error;
  }
  return answersFingerprint(header.values[0], body.values);
}

/**
 * Builds a new assessment in the open workbook: the Questionnaire and the hidden lists sheet,
 * and the settings recording framework, version and details. Refuses a workbook that already
 * holds one, and never takes over a user's sheet that has the same name.
 */
export async function createAssessment(
  context: Excel.RequestContext,
  framework: Framework,
  details: AssessmentDetails,
  caps: Capabilities
): Promise<void> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  const names = workbook.names.load("items/name");
  const existing = workbook.tables.getItemOrNullObject(TABLE_NAME).load("name");
  await context.sync();
  const definedNames = names.items.map((n) => n.name);
  const plan = planNewAssessment(framework, details, {
    sheetNames: sheets.items.map((s) => s.name),
    definedNames,
    holdsAssessment: !existing.isNullObject || definedNames.includes(SHEET_MARKERS.questionnaire),
  });
  await applyNewAssessmentPlan(context, plan, caps);
}
