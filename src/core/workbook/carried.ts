import type { AssessmentSnapshot } from "../history/snapshot";
import type { Timeframe } from "../scoring/types";
import type { CellChange } from "./changedCells";
import { WorkbookError } from "./errors";
import { LISTS_FIRST_QUESTION_ROW } from "./layouts/lists";
import { answersOf, readHistory } from "./planProgress";
import { frameworkOf, recordFromListsSheet } from "./readers/workbookRecord";
import { readQuestionnaire } from "./readers/questionnaire";
import { cellAddress } from "./sheetSpec";
import type { Grid, WorkbookSnapshot } from "./snapshot";

/**
 * "Start from last cycle": a new cycle's answers pre-filled from the last snapshot, each marked
 * "carried, not re-confirmed" until someone touches it. The marks are cells of the lists sheet,
 * on each question's row (columns CARRIED_COLUMNS: the label it was carried from), which every
 * program keeps. An answer counts as carried while its mark is there and it is still the answer
 * carried: choosing it in the pane clears the mark; changing it in the cell ends it too.
 */
export const CARRIED_COLUMNS: Readonly<Record<Timeframe, number>> = { present: 24, future: 25 };
export const CARRIED_HEADER: Readonly<Record<Timeframe, string>> = {
  present: "Carried Present (from)",
  future: "Carried Future (from)",
};

export interface CarriedAnswer {
  question: string;
  field: Timeframe;
  /** The snapshot it was carried from. */
  from: string;
  /** Its mark on the lists sheet, e.g. Y12, to clear once the answer is confirmed. */
  mark: string;
}

/** The marks on the lists sheet that still hold (their answer unchanged since it was carried). */
export function readCarried(
  lists: Grid,
  snapshots: readonly AssessmentSnapshot[],
  answers: ReadonlyMap<string, Readonly<Record<Timeframe, string>>>
): CarriedAnswer[] {
  const byLabel = new Map(snapshots.map((s) => [s.label, s]));
  const carried: CarriedAnswer[] = [];
  lists.forEach((row, r) => {
    if (r < LISTS_FIRST_QUESTION_ROW) return;
    const question = String(row[0] ?? "").trim();
    if (!question) return;
    for (const field of ["present", "future"] as const) {
      const from = String(row[CARRIED_COLUMNS[field]] ?? "").trim();
      const snapshot = from ? byLabel.get(from) : undefined;
      const was = snapshot?.questions.find((q) => q.id === question)?.[field].answer;
      const now = answers.get(question)?.[field]?.trim();
      if (was !== undefined && was !== "" && was === now)
        carried.push({ question, field, from, mark: cellAddress(r, CARRIED_COLUMNS[field]) });
    }
  });
  return carried;
}

export interface StartFromLastCyclePlan {
  from: string;
  /** Answer cells to fill (row and column within the questionnaire table's body). */
  answers: CellChange[];
  /** Marks to set on the lists sheet (sheet row and column), and its header cells. */
  marks: CellChange[];
  listsSheet: string;
  /** Answers left as they were: the cell already held an answer this cycle. */
  kept: number;
}

/**
 * Fills this cycle's blank answer cells from the last intact snapshot. A cell that already holds
 * an answer is kept (this cycle's work is never overwritten); a question the snapshot lacks (a
 * newer framework version) stays blank.
 */
export function planStartFromLastCycle(workbook: WorkbookSnapshot): StartFromLastCyclePlan {
  if (!workbook.lists || !workbook.questionnaire)
    throw new WorkbookError(
      "Start from last cycle needs the assessment's Questionnaire and lists sheet: start a new assessment first."
    );
  const framework = frameworkOf(recordFromListsSheet(workbook.lists.top));
  const history = readHistory(framework, workbook.history);
  const last = history.snapshots[history.snapshots.length - 1];
  if (!last)
    throw new WorkbookError(
      history.labels.length
        ? "The History holds no snapshot that can be used (each was edited or is of another framework): see the Results sheet's problems."
        : "The History holds no snapshot yet: save this cycle's snapshot first, or compare with last year's workbook."
    );
  const table = workbook.questionnaire;
  const read = readQuestionnaire(table.header, table.body);
  const current = answersOf(table);
  const listsRow = new Map(
    workbook.lists.top.flatMap((row, r) =>
      r >= LISTS_FIRST_QUESTION_ROW && row[0] ? [[String(row[0]).trim(), r] as const] : []
    )
  );
  const answers: CellChange[] = [];
  const marks: CellChange[] = [
    {
      row: LISTS_FIRST_QUESTION_ROW - 1,
      column: CARRIED_COLUMNS.present,
      value: CARRIED_HEADER.present,
    },
    {
      row: LISTS_FIRST_QUESTION_ROW - 1,
      column: CARRIED_COLUMNS.future,
      value: CARRIED_HEADER.future,
    },
  ];
  let kept = 0;
  for (const q of last.questions) {
    const row = read.rowOf.get(q.id);
    const listsAt = listsRow.get(q.id);
    if (row === undefined || listsAt === undefined) continue;
    for (const field of ["present", "future"] as const) {
      const text = q[field].answer;
      if (!text) continue;
      if (current.get(q.id)?.[field]) {
        kept += 1;
        continue;
      }
      answers.push({ row, column: read.columnOf[field], value: text });
      marks.push({ row: listsAt, column: CARRIED_COLUMNS[field], value: last.label });
    }
  }
  return { from: last.label, answers, marks, listsSheet: workbook.lists.sheet, kept };
}
