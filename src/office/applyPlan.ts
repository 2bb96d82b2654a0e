import { CHART_NAMES, SHEET_MARKERS } from "../core/workbook/names";
import type { RescorePlan } from "../core/workbook/planRescore";
import type { NewAssessmentPlan } from "../core/workbook/planNewAssessment";
import { TRACKER_TABLE } from "../core/workbook/layouts/tracker";
import { areaAddress } from "../core/workbook/sheetSpec";
import { addChart } from "./chart";
import { asCellText, renderFormats, renderSheet } from "./renderSheet";
import type { SnapshotHandles } from "./readSnapshot";
import type { Capabilities } from "./requirements";

/**
 * Applies a plan to the open workbook in one batch (one context.sync): level cells, the drawn
 * sheets with the team's kept cells, the chart on its first drawing, the lists sheet's record,
 * and any document settings that went missing. A New assessment takes two: its sheets, then its
 * settings.
 */

const MARKER_COMMENT = "Marks a sheet the SVMI add-in writes";

export async function applyRescorePlan(
  context: Excel.RequestContext,
  plan: RescorePlan,
  handles: SnapshotHandles,
  caps: Capabilities
): Promise<void> {
  const workbook = context.workbook;
  // Level cells: only those whose level changed (after one answer, one or two cells).
  for (const { row, column, value } of [...plan.answerChanges, ...plan.levelChanges])
    handles.body.getCell(row, column).values = [[value]];
  for (const draw of plan.draws) {
    // A grown table needs Table.resize (1.13); without it the sheet is redrawn in full.
    const canGrow =
      !draw.grows || !draw.spec.table || (caps.tableResize && handles.hasTrackerTable);
    // A chart or tracker table the user removed comes back only with a full redraw.
    const hasChart = handles.charts[draw.kind] === true;
    const whole =
      (draw.spec.chart !== undefined && (!hasChart || draw.chartChanged === true)) ||
      (draw.kind === "tracker" && draw.spec.table !== undefined && !handles.hasTrackerTable);
    if (draw.changes && !draw.create && canGrow && !whole) {
      // The layout is the one drawn last time: only the cells whose values changed are written.
      const sheet = workbook.worksheets.getItem(draw.sheet);
      for (const { row, column, value } of draw.changes)
        sheet.getRangeByIndexes(row, column, 1, 1).values = [[asCellText(value)]];
      if (draw.grows) {
        // Rows added at the end: the table takes them in, and the formats cover them.
        if (draw.spec.table && caps.tableResize)
          workbook.tables
            .getItem(draw.spec.table.name)
            .resize(sheet.getRange(areaAddress(draw.spec.table.area)));
        sheet.getRange().conditionalFormats.clearAll();
        renderFormats(sheet, draw.spec, caps);
      }
      continue;
    }
    // The Action Tracker's table is the team's: formulas, PivotTables, slicers, filters and
    // sorts are built on it. Where Excel can resize a table (1.13) it is kept and resized; below
    // that it is drawn afresh (removed first: a table cannot be added over another).
    const tracker = draw.kind === "tracker" && handles.hasTrackerTable && !draw.create;
    const keepTable = tracker && caps.tableResize && draw.spec.table !== undefined;
    if (tracker && !keepTable) workbook.tables.getItem(TRACKER_TABLE).delete();
    const sheet = draw.create
      ? newMarkedSheet(workbook, SHEET_MARKERS[draw.kind], draw.sheet, draw.replacesMarker)
      : clearedSheet(workbook, draw.sheet, keepTable ? draw.spec.table!.area.row : undefined);
    renderSheet(sheet, keepTable ? { ...draw.spec, table: undefined } : draw.spec, caps);
    if (keepTable && caps.tableResize) {
      const table = workbook.tables.getItem(TRACKER_TABLE);
      table.resize(sheet.getRange(areaAddress(draw.spec.table!.area)));
    }
    // The team's cells go back last, over the blank cells of the values block just written.
    for (const kept of draw.kept) {
      // A formula goes back as a formula; a value that would read as one stays text.
      sheet.getRangeByIndexes(kept.row, kept.column, 1, 1).formulas = [
        [kept.from.formula ?? asCellText(kept.from.value)],
      ];
    }
    if (draw.spec.chart && !draw.create && hasChart && draw.chartChanged)
      // Its series changed (participants' views came or went): a chart's source is fixed.
      sheet.charts.getItem(draw.spec.chart.name).delete();
    if (draw.spec.chart && (draw.create || !hasChart || draw.chartChanged))
      addChart(sheet, draw.spec.chart);
    // A drawing without its chart (a benchmark whose segment is now suppressed): ours goes, so
    // no stale numbers stay on show.
    const chartName = CHART_NAMES[draw.kind];
    if (!draw.spec.chart && hasChart && chartName) sheet.charts.getItem(chartName).delete();
  }
  // Missing settings come back (cells are the truth; settings only help older copies).
  for (const [key, value] of Object.entries(plan.settings)) workbook.settings.add(key, value);
  if (plan.listsRecord) {
    const { sheet, row, values } = plan.listsRecord;
    workbook.worksheets.getItem(sheet).getRangeByIndexes(row, 0, 1, values.length).values = [
      values,
    ];
  }
  await context.sync();
}

export async function applyNewAssessmentPlan(
  context: Excel.RequestContext,
  plan: NewAssessmentPlan,
  caps: Capabilities
): Promise<void> {
  const workbook = context.workbook;
  // The assessment the workbook held is taken out of the way first, in the plan's order: the
  // questionnaire's table and sheet renamed (the user's now), the lists sheet renamed; each
  // marker moves to its new sheet as that is added.
  const { retire } = plan;
  if (retire?.questionnaire) {
    const { sheet, name, table } = retire.questionnaire;
    if (table) workbook.tables.getItem(table.name).name = table.to;
    const retired = workbook.worksheets.getItem(sheet);
    retired.name = name;
    retired.getRange("A1").values = [[retire.questionnaire.banner]];
    // Its dropdowns would point at the deleted lists sheet (#REF!): gone, answers kept.
    if (caps.dataValidation) retired.getRange().dataValidation.clear();
  }
  let oldLists: Excel.Worksheet | undefined;
  if (retire?.lists) {
    oldLists = workbook.worksheets.getItem(retire.lists.sheet);
    oldLists.name = retire.lists.name;
  }
  const added = plan.sheets.map(({ kind, spec, replacesMarker }) => {
    const sheet = newMarkedSheet(workbook, SHEET_MARKERS[kind], spec.name, replacesMarker ?? false);
    renderSheet(sheet, spec, caps);
    return { kind, sheet };
  });
  // The old lists sheet goes once the new one holds its record. Excel refuses to delete a very
  // hidden sheet (Worksheet.delete), so it is made merely hidden first.
  if (oldLists) {
    oldLists.visibility = "Hidden";
    oldLists.delete();
  }
  const questionnaire = added.find((a) => a.kind === "questionnaire")!.sheet;
  questionnaire.position = 0; // the sheet users open the workbook to
  questionnaire.activate();
  await context.sync();
  if (Object.keys(plan.settings).length === 0) return;
  // The settings in a batch of their own, once the sheets exist: if it fails, the assessment is
  // whole (its cells record framework and version) and the next re-score records them again.
  try {
    for (const [key, value] of Object.entries(plan.settings)) workbook.settings.add(key, value);
    await context.sync();
  } catch {
    // Recoverable: see above.
  }
}

/** A new sheet, marked ours by a defined name (which follows the sheet if it is renamed). */
function newMarkedSheet(
  workbook: Excel.Workbook,
  marker: string,
  name: string,
  replacesMarker: boolean
): Excel.Worksheet {
  const sheet = workbook.worksheets.add(name);
  if (replacesMarker) workbook.names.getItem(marker).delete();
  workbook.names.add(marker, sheet.getRange("A1"), MARKER_COMMENT);
  return sheet;
}

/**
 * One of our sheets, emptied for redrawing: contents and formats, not the team's cell notes.
 * With `keepRow`, that row (a kept table's header) is left as it is: clearing a table's header
 * would rename its columns, and with them every structured reference to them.
 */
function clearedSheet(workbook: Excel.Workbook, name: string, keepRow?: number): Excel.Worksheet {
  const sheet = workbook.worksheets.getItem(name);
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.unmerge();
  const parts =
    keepRow === undefined
      ? [all]
      : [
          ...(keepRow > 0 ? [sheet.getRange(`1:${keepRow}`)] : []),
          sheet.getRange(`${keepRow + 2}:${MAX_ROWS}`),
        ];
  for (const part of parts) {
    // Contents and formats, not "All": cell notes are the team's and stay on their cells.
    part.clear("Contents");
    part.clear("Formats");
  }
  return sheet;
}

const MAX_ROWS = 1_048_576;
