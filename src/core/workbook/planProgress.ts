import type { AssessmentDetails } from "./details";
import type { Framework } from "../framework/types";
import { compareAssessments, type Comparison } from "../history/compare";
import { takeSnapshot, type AssessmentSnapshot } from "../history/snapshot";
import type { ScoreResult, Timeframe } from "../scoring/types";
import { pastOverlay } from "./layouts/results";
import { progressSheet } from "./layouts/progress";
import { readHistoryTable, type HistoryRead } from "./readers/historyTable";
import { readQuestionnaire } from "./readers/questionnaire";
import type { ChartSeries, SheetSpec } from "./sheetSpec";
import type { QuestionnaireTable } from "./snapshot";

/**
 * Year on year: the History table's snapshots against the current answers. With at least one
 * intact snapshot the Progress sheet is drawn and the Results radar gains the last cycle's
 * Present; a snapshot edited by hand is a problem, never used.
 */
export interface ProgressPlan {
  snapshots: AssessmentSnapshot[];
  /** The current answers, as a snapshot would take them. */
  current: AssessmentSnapshot;
  /** The last snapshot against now. */
  comparison: Comparison;
  spec: SheetSpec;
}

/** The History table as read (empty when the workbook has none). */
export function readHistory(
  framework: Framework,
  history: QuestionnaireTable | undefined
): HistoryRead {
  return history
    ? readHistoryTable(framework, history)
    : { snapshots: [], otherFramework: [], labels: [], problems: [] };
}

/** The last cycle's Present by theme, for the Results radar (none without a snapshot). */
export function lastCycleOverlay(framework: Framework, read: HistoryRead): ChartSeries | undefined {
  const last = read.snapshots[read.snapshots.length - 1];
  if (!last) return undefined;
  const present = new Map(last.themes.map((t) => [t.id, t.present]));
  return pastOverlay(
    last.label,
    framework.themes.map((t) => present.get(t.id) ?? null)
  );
}

/** The Progress sheet and its comparison, once the History holds an intact snapshot. */
export function planProgress(
  framework: Framework,
  details: AssessmentDetails,
  read: HistoryRead,
  result: ScoreResult,
  answers: ReadonlyMap<string, Readonly<Record<Timeframe, string>>>
): ProgressPlan | undefined {
  const last = read.snapshots[read.snapshots.length - 1];
  if (!last) return undefined;
  const current = takeSnapshot(framework, result, answers, "Now", details.date);
  const comparison = compareAssessments(last, current);
  return {
    snapshots: read.snapshots,
    current,
    comparison,
    spec: progressSheet({ framework, details, result, snapshots: read.snapshots, comparison }),
  };
}

/** The answers of a questionnaire body by question id, as a snapshot takes them. */
export function answersOf(
  table: Pick<QuestionnaireTable, "header" | "body">
): Map<string, Record<Timeframe, string>> {
  const read = readQuestionnaire(table.header, table.body);
  return new Map(
    read.answers.map((a) => [a.question, { present: a.present ?? "", future: a.future ?? "" }])
  );
}
