import { takeSnapshot, type AssessmentSnapshot } from "../history/snapshot";
import type { CellChange } from "./changedCells";
import { isCalendarDate } from "./details";
import { WorkbookError } from "./errors";
import { historySheet } from "./layouts/history";
import { freeSheetName, SHEET_MARKERS, SHEET_NAMES } from "./names";
import { answersOf } from "./planProgress";
import { planRescore, type RescorePlan } from "./planRescore";
import { HISTORY_COLUMNS, historyRows } from "./readers/historyTable";
import type { CellValue, SheetSpec } from "./sheetSpec";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * "Save this cycle's snapshot": the current answers, scored as a re-score would score them (the
 * agreed answers when participants answered), frozen under a label and added to the History
 * table. Pure: the adapters append the rows (or make the sheet) and then re-score, which draws
 * the Progress sheet.
 */
export interface SnapshotSavePlan {
  snapshot: AssessmentSnapshot;
  /** The new rows, one cell per column of the table as it stands (its header order). */
  rows: CellValue[][];
  /** With --force: body rows of the snapshot being replaced, last first (so each index holds). */
  removeRows: number[];
  /** How many rows of the table stay (a table keeps one body row, even when all go). */
  keptRows: number;
  /** When the workbook has no History table: the sheet to make, holding the rows. */
  create?: { spec: SheetSpec; replacesMarker: boolean };
}

/** A label names a cycle: short text, e.g. 2025-26 or "Spring 2026". */
const LABEL_PATTERN = /^[^\s].{0,38}[^\s]$|^[^\s]$/;

export function planSaveSnapshot(
  workbook: WorkbookSnapshot,
  label: string,
  date: string,
  options: { force?: boolean } = {}
): SnapshotSavePlan {
  const name = label.trim();
  checkLabel(name, date);
  // The re-score that took the snapshot also says what the History holds: planned once.
  const { plan, snapshot } = currentSnapshot(workbook, name, date);
  return placeInHistory(workbook, plan, snapshot, options);
}

function checkLabel(name: string, date: string): void {
  if (!LABEL_PATTERN.test(name))
    throw new WorkbookError(
      `A snapshot needs a label of 1 to 40 characters, such as 2025-26 (got '${name}').`
    );
  if (!isCalendarDate(date))
    throw new WorkbookError(
      `A snapshot's date is written yyyy-mm-dd, such as 2026-03-31 (got '${date}').`
    );
}

/**
 * Where a snapshot's rows go in the History table (made when there is none). Refuses a label the
 * table holds already unless `force`, which replaces that snapshot's rows; refuses a snapshot of
 * another framework than the workbook's.
 */
export function planHistoryRows(
  workbook: WorkbookSnapshot,
  snapshot: AssessmentSnapshot,
  options: { force?: boolean } = {}
): SnapshotSavePlan {
  checkLabel(snapshot.label, snapshot.date);
  return placeInHistory(workbook, planRescore(workbook), snapshot, options);
}

function placeInHistory(
  workbook: WorkbookSnapshot,
  plan: RescorePlan,
  snapshot: AssessmentSnapshot,
  options: { force?: boolean }
): SnapshotSavePlan {
  const name = snapshot.label;
  if (snapshot.framework.id !== plan.framework.id)
    throw new WorkbookError(
      `That assessment is of another framework (${snapshot.framework.id}) than this workbook's (${plan.framework.id}): only assessments of one framework compare.`
    );
  if (plan.historyLabels.some((l) => l.toLowerCase() === name.toLowerCase()) && !options.force)
    throw new WorkbookError(
      `The History already holds a snapshot '${name}': choose another label, or replace it (--force on the command line).`
    );
  const rows = historyRows(plan.framework, snapshot);
  const history = workbook.history;
  if (!history) {
    const taken = new Set(workbook.sheetNames.map((s) => s.toLowerCase()));
    const sheet = freeSheetName(SHEET_NAMES.history, taken);
    return {
      snapshot,
      rows,
      removeRows: [],
      keptRows: 0,
      create: {
        spec: { ...historySheet(rows), name: sheet },
        replacesMarker: workbook.markers.has(SHEET_MARKERS.history),
      },
    };
  }
  // Into the table's own column order (a column the team added stays blank in the new rows).
  const header = history.header.map((h) =>
    String(h ?? "")
      .trim()
      .toLowerCase()
  );
  const at = HISTORY_COLUMNS.map((c) => header.indexOf(c.toLowerCase()));
  const snapshotColumn = at[0];
  if (snapshotColumn < 0)
    throw new WorkbookError(
      `The History table on '${history.sheet}' has no Snapshot column: put its header back before saving a snapshot.`
    );
  const placed = rows.map((row) => {
    const cells = Array<CellValue>(header.length).fill("");
    row.forEach((value, i) => {
      if (at[i] >= 0) cells[at[i]] = value;
    });
    return cells;
  });
  const removeRows = history.body
    .map(
      (row, i) =>
        [
          String(row[snapshotColumn] ?? "")
            .trim()
            .toLowerCase(),
          i,
        ] as const
    )
    .filter(([l]) => l === name.toLowerCase())
    .map(([, i]) => i)
    .reverse();
  return { snapshot, rows: placed, removeRows, keptRows: history.body.length - removeRows.length };
}

/**
 * A workbook's current answers as a snapshot, scored as a re-score scores them (with the agreed
 * answers, when participants answered): also what `svmi diff` compares.
 */
export function currentSnapshot(
  workbook: WorkbookSnapshot,
  label: string,
  date: string
): { plan: RescorePlan; snapshot: AssessmentSnapshot } {
  const plan = planRescore(workbook);
  const table = workbook.questionnaire!; // planRescore has checked there is one
  const scored = plan.answerChanges.length ? withAnswers(table, plan.answerChanges) : table;
  return {
    plan,
    snapshot: takeSnapshot(plan.framework, plan.result, answersOf(scored), label, date),
  };
}

/** The questionnaire body with the agreed answers written in (as the re-score will). */
function withAnswers(
  table: NonNullable<WorkbookSnapshot["questionnaire"]>,
  changes: readonly CellChange[]
) {
  const body = table.body.map((row) => [...row]);
  for (const { row, column, value } of changes) body[row][column] = value;
  return { ...table, body };
}
