import type { Timeframe } from "../core/scoring/types";
import { WorkbookError } from "../core/workbook/errors";
import { CONSENSUS_COLUMNS } from "../core/workbook/layouts/consensus";
import { responsesSheet } from "../core/workbook/layouts/responses";
import { freeSheetName, SHEET_MARKERS, SHEET_NAMES, TABLE_NAME } from "../core/workbook/names";
import {
  planResponsesImport,
  responseRows,
  type ParticipantResponses,
} from "../core/workbook/planResponsesImport";
import { RESPONSES_TABLE } from "../core/workbook/readers/responsesTable";
import { area, styled, type CellValue, type SheetSpec } from "../core/workbook/sheetSpec";
import { asCellText, renderFormats, renderSheet } from "./renderSheet";
import type { Capabilities } from "./requirements";
import { existenceOf, loadExistence, sheetOfTable } from "./workbookExistence";

/**
 * Several participants in the open workbook: their answers imported into the Responses table, the
 * facilitator's agreed answer set on the Consensus sheet, and the per-person rows removed before
 * the workbook is shared. Each is one Excel.run of at most three syncs (what exists; what the
 * table or sheet holds; the write), whatever the number of rows. What a re-score then draws from
 * them is planRescore's (src/core/workbook/planConsensus.ts).
 */

const MARKER_COMMENT = "Marks a sheet the SVMI add-in writes";

/**
 * Writes participants' answers into the Responses table: a new Responses sheet when the workbook
 * has no table SVMI_Responses; otherwise a participant imported again has their rows replaced
 * (where they stood) and a new one is added at the end, in one rewrite of the table's body. Rows
 * of other participants, and columns the team added, stay. The Consensus sheet (its overrides and
 * reasons) is not touched.
 */
export async function importResponses(
  context: Excel.RequestContext,
  caps: Capabilities,
  responses: readonly ParticipantResponses[]
): Promise<void> {
  const { workbook } = context;
  const read = loadExistence(context, { detail: true });
  await context.sync();
  const existence = existenceOf(read);
  const tableSheet = sheetOfTable(read, RESPONSES_TABLE);
  // With no responses, only the table to type into is made (when there is none yet).
  if (tableSheet !== undefined && responses.length === 0) return;
  if (tableSheet === undefined) {
    const taken = new Set(existence.sheets.map((s) => s.toLowerCase()));
    const spec = responsesSheet(responseRows(responses));
    const name = freeSheetName(SHEET_NAMES.responses, taken);
    // A marker left by an earlier Responses sheet (deleted, or without its table) moves here.
    if (existence.markers.has(SHEET_MARKERS.responses))
      workbook.names.getItem(SHEET_MARKERS.responses).delete();
    const sheet = workbook.worksheets.add(name);
    workbook.names.add(SHEET_MARKERS.responses, sheet.getRange("A1"), MARKER_COMMENT);
    renderSheet(sheet, { ...spec, name }, caps);
    await context.sync();
    return;
  }
  const table = workbook.tables.getItem(RESPONSES_TABLE);
  const sheet = workbook.worksheets.getItem(tableSheet);
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange().load("values,formulas,rowCount");
  await context.sync();
  const plan = planResponsesImport(
    { header: header.values[0], values: body.values, formulas: body.formulas },
    responses
  );
  const width = header.values[0].length;
  const top = header.rowIndex + 1;
  const left = header.columnIndex;
  const before = body.rowCount;
  // A table keeps at least one body row: an import that leaves none keeps one blank.
  const after = Math.max(1, plan.rows.length);
  // The table's shape first, then its body.
  if (caps.tableResize) {
    table.resize(sheet.getRangeByIndexes(header.rowIndex, left, after + 1, width));
    if (after < before) {
      const freed = sheet.getRangeByIndexes(top + after, left, before - after, width);
      freed.clear("Contents");
      freed.clear("Formats");
    }
  } else if (after > before) {
    // Below ExcelApi 1.13: rows added at the table's end (ExcelApi 1.4 adds several at once)…
    const blank = Array.from({ length: after - before }, () => Array<string>(width).fill(""));
    table.rows.add(undefined, blank);
  } else {
    // …or deleted from its end, last first, so each index is still the row it was.
    for (let i = before - 1; i >= after; i--) table.rows.getItemAt(i).delete();
  }
  // Rows before the first that changes are not written at all: what the team has in them (a
  // formula, a format) stays exactly as it is. From there on the body is one block.
  const cellText = (r: number, c: number) =>
    plan.formulas.has(`${r}:${c}`) ? String(plan.rows[r][c]) : asCellText(plan.rows[r]?.[c]);
  const wasText = (r: number, c: number) => {
    const [value, formula] = [body.values[r][c] as CellValue, body.formulas[r][c] as CellValue];
    return typeof formula === "string" && formula.startsWith("=") && formula !== value
      ? formula
      : asCellText(value);
  };
  const same = (r: number) =>
    r < before &&
    r < plan.rows.length &&
    Array.from({ length: width }, (_, c) => c).every((c) => cellText(r, c) === wasText(r, c));
  let first = 0;
  while (first < after && same(first)) first++;
  if (first < after) {
    const block = Array.from({ length: after - first }, (_, i) =>
      // A kept formula goes back as a formula; any other text that would read as one stays text.
      Array.from({ length: width }, (_, c) => cellText(first + i, c))
    );
    sheet.getRangeByIndexes(top + first, left, after - first, width).formulas = block;
  }
  // Rows the table gained look like the rest of a Responses table.
  if (after > before) renderFormats(sheet, bodyFormats(top + before, left, after - before), caps);
  await context.sync();
}

/** The Responses sheet's body formats (as responsesSheet draws them) for rows added at `row`. */
function bodyFormats(row: number, column: number, rows: number): SheetSpec {
  const spec = responsesSheet([]);
  const first = spec.table!.area.row + 1;
  const styles = spec.styles
    .filter((s) => s.row === first)
    .map((s) => styled(area(row, column + s.column, rows, s.columns), s.style));
  return { name: spec.name, values: [], columnWidths: [], styles };
}

/**
 * Sets (or, with null, clears: the median is then agreed) the facilitator's override of one
 * question's agreed Present or Future answer on the Consensus sheet, found by its marker, in the
 * row of that Question ID; with a reason, writes it too (""clears it). The next re-score writes
 * the agreed answer into the Questionnaire.
 */
export async function setOverride(
  context: Excel.RequestContext,
  question: string,
  field: Timeframe,
  optionText: string | null,
  reason?: string
): Promise<void> {
  const read = loadExistence(context);
  await context.sync();
  const name = existenceOf(read).markers.get(SHEET_MARKERS.consensus);
  if (name === undefined)
    throw new WorkbookError(
      "There is no Consensus sheet yet: import the participants' answers and score first."
    );
  const sheet = context.workbook.worksheets.getItem(name);
  const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
  await context.sync();
  const grid = used.isNullObject ? [] : used.values;
  const headerRow = grid.findIndex(
    (row) => row.includes(CONSENSUS_COLUMNS.question) && row.includes(CONSENSUS_COLUMNS.reason)
  );
  const header = grid[headerRow] ?? [];
  const col = (title: string) => header.indexOf(title);
  const id = question.trim().toLowerCase();
  const row = grid.findIndex(
    (cells, r) =>
      r > headerRow &&
      String(cells[col(CONSENSUS_COLUMNS.question)] ?? "")
        .trim()
        .toLowerCase() === id
  );
  const overrideColumn = col(
    field === "present" ? CONSENSUS_COLUMNS.overridePresent : CONSENSUS_COLUMNS.overrideFuture
  );
  if (headerRow < 0 || row < 0 || overrideColumn < 0)
    throw new WorkbookError(
      `The Consensus sheet has no row for ${question} (or its Override columns are gone): score again to redraw it.`
    );
  const cell = (column: number) =>
    sheet.getRangeByIndexes(used.rowIndex + row, used.columnIndex + column, 1, 1);
  cell(overrideColumn).values = [[asCellText(optionText ?? "")]];
  const reasonColumn = col(CONSENSUS_COLUMNS.reason);
  if (reason !== undefined && reasonColumn >= 0) cell(reasonColumn).values = [[asCellText(reason)]];
  await context.sync();
}

/**
 * Removes the per-person rows before the workbook is shared: deletes the Responses sheet. The
 * Consensus sheet, with its counts, stays; with no Responses table the next re-score leaves it as
 * drawn. The sheet goes when it is svmi's (its marker points at it) or holds nothing but the
 * table and its heading; a table the team put on a sheet of their own goes alone, and the sheet
 * stays. Resolves to whether there was anything to remove.
 */
export async function keepCountsOnly(context: Excel.RequestContext): Promise<boolean> {
  const { workbook } = context;
  const read = loadExistence(context, { detail: true });
  await context.sync();
  const existence = existenceOf(read);
  const hasMarker = existence.markers.has(SHEET_MARKERS.responses);
  const marked = existence.markers.get(SHEET_MARKERS.responses);
  const tableSheet = sheetOfTable(read, RESPONSES_TABLE);
  const ours = Object.entries(SHEET_MARKERS)
    .filter(([kind]) => kind !== "responses")
    .map(([, marker]) => existence.markers.get(marker));
  const holdsAssessment = (sheet: string) =>
    ours.includes(sheet) || sheetOfTable(read, TABLE_NAME) === sheet;
  let wholeSheet: string | undefined;
  if (marked !== undefined && !holdsAssessment(marked) && (tableSheet ?? marked) === marked)
    wholeSheet = marked;
  else if (tableSheet !== undefined && !holdsAssessment(tableSheet)) {
    // Not marked: the sheet goes only if the table (and the heading above it) is all it holds.
    const sheet = workbook.worksheets.getItem(tableSheet);
    const used = sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex");
    const table = workbook.tables.getItem(RESPONSES_TABLE);
    const header = table.getHeaderRowRange().load("rowIndex,columnIndex,columnCount");
    const body = table.getDataBodyRange().load("rowCount");
    await context.sync();
    const heading = responsesSheet([]).values[0][0];
    const stray = used.isNullObject
      ? []
      : used.values.flatMap((row, r) =>
          row.filter((value, c) => {
            const [atRow, atColumn] = [used.rowIndex + r, used.columnIndex + c];
            const inTable =
              atRow >= header.rowIndex &&
              atRow <= header.rowIndex + body.rowCount &&
              atColumn >= header.columnIndex &&
              atColumn < header.columnIndex + header.columnCount;
            return (
              value !== "" && !inTable && !(atRow === 0 && atColumn === 0 && value === heading)
            );
          })
        );
    if (stray.length === 0) wholeSheet = tableSheet;
  }
  if (tableSheet === undefined && wholeSheet === undefined && !hasMarker) return false;
  // The marker goes with the per-person rows (also one whose sheet was deleted by hand).
  if (hasMarker) workbook.names.getItem(SHEET_MARKERS.responses).delete();
  if (wholeSheet !== undefined) workbook.worksheets.getItem(wholeSheet).delete();
  else if (tableSheet !== undefined) workbook.tables.getItem(RESPONSES_TABLE).delete();
  await context.sync();
  return wholeSheet !== undefined || tableSheet !== undefined;
}
