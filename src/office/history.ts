import type { AssessmentSnapshot } from "../core/history/snapshot";
import { planStartFromLastCycle } from "../core/workbook/carried";
import { SHEET_MARKERS } from "../core/workbook/names";
import {
  planHistoryRows,
  planSaveSnapshot,
  type SnapshotSavePlan,
} from "../core/workbook/planSnapshot";
import { HISTORY_TABLE } from "../core/workbook/readers/historyTable";
import { readSnapshot } from "./readSnapshot";
import type { CellValue } from "../core/workbook/sheetSpec";
import { asCellText, renderSheet } from "./renderSheet";
import type { Capabilities } from "./requirements";

/**
 * Year on year in the open workbook: this cycle's snapshot saved to the History table, last
 * year's workbook brought in as a snapshot, and a new cycle started from the last one. Each is
 * one read (readSnapshot) and one write; the pane re-scores afterwards, which draws Progress.
 */

const MARKER_COMMENT = "Marks a sheet the SVMI add-in writes";

/** Saves the current answers as the snapshot `label` (refused when the label is taken, unless forced). */
export async function saveSnapshot(
  context: Excel.RequestContext,
  caps: Capabilities,
  label: string,
  date: string,
  { force = false }: { force?: boolean } = {}
): Promise<AssessmentSnapshot> {
  const { snapshot } = await readSnapshot(context);
  const plan = planSaveSnapshot(snapshot, label, date, { force });
  await writeHistory(context, caps, plan);
  return plan.snapshot;
}

/** Adds a snapshot taken elsewhere (last year's workbook, read in the browser) to the History. */
export async function addSnapshot(
  context: Excel.RequestContext,
  caps: Capabilities,
  taken: AssessmentSnapshot,
  { force = false }: { force?: boolean } = {}
): Promise<void> {
  const { snapshot } = await readSnapshot(context);
  await writeHistory(context, caps, planHistoryRows(snapshot, taken, { force }));
}

/**
 * A snapshot's text stays the text it was: Excel turns a string written to `values` into a number
 * or a date where it can ("1.0" becomes 1, "2025-03-31" a date), which would change what the
 * check was computed over. A leading apostrophe keeps it text, as when typed.
 */
function keptText(cell: CellValue): CellValue {
  return typeof cell === "string" && cell !== "" ? `'${cell}` : cell;
}

async function writeHistory(
  context: Excel.RequestContext,
  caps: Capabilities,
  plan: SnapshotSavePlan
): Promise<void> {
  const { workbook } = context;
  if (plan.create) {
    const { spec, replacesMarker } = plan.create;
    if (replacesMarker) workbook.names.getItem(SHEET_MARKERS.history).delete();
    const sheet = workbook.worksheets.add(spec.name);
    workbook.names.add(SHEET_MARKERS.history, sheet.getRange("A1"), MARKER_COMMENT);
    renderSheet(sheet, { ...spec, values: spec.values.map((row) => row.map(keptText)) }, caps);
  } else {
    const table = workbook.tables.getItem(HISTORY_TABLE);
    const rows = plan.rows.map((row) => row.map((cell) => asCellText(keptText(cell))));
    // A replaced snapshot's rows go first, last first so each index is still the row it was.
    // A table keeps one body row: when every row goes, the first is written over instead.
    const reuseFirst = plan.keptRows === 0 && plan.removeRows.length > 0;
    for (const index of plan.removeRows)
      if (!(reuseFirst && index === 0)) table.rows.getItemAt(index).delete();
    if (reuseFirst) table.getDataBodyRange().getRow(0).values = [rows[0]];
    const added = reuseFirst ? rows.slice(1) : rows;
    if (added.length) table.rows.add(undefined, added);
  }
  await context.sync();
}

/**
 * Fills this cycle's blank answers from the last snapshot and marks them carried. Returns how
 * many were carried and kept.
 */
export async function startFromLastCycle(
  context: Excel.RequestContext
): Promise<{ from: string; carried: number; kept: number }> {
  const { snapshot, handles } = await readSnapshot(context);
  const plan = planStartFromLastCycle(snapshot);
  for (const { row, column, value } of plan.answers)
    handles.body.getCell(row, column).values = [[asCellText(value)]];
  const lists = context.workbook.worksheets.getItem(plan.listsSheet);
  for (const { row, column, value } of plan.marks)
    lists.getRangeByIndexes(row, column, 1, 1).values = [[asCellText(value)]];
  await context.sync();
  return { from: plan.from, carried: plan.answers.length, kept: plan.kept };
}
