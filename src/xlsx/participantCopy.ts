import { WorkbookError } from "../core/workbook/errors";
import { cellAddress, parseAddress, quoteSheetName, type Area } from "../core/workbook/sheetSpec";
import { NS } from "./package/xml";
import { XlsxPackage } from "./package/xlsxPackage";
import { attributeOf, type XmlPart } from "./package/xmlPart";
import { afterCells, editCells, sheetRows, type CellWrite } from "./parts/sheetCells";
import { dropCalcChain } from "./parts/workbookEdits";
import { locateAnswers } from "./readParticipant";

/**
 * One participant's blank copy of an assessment (`svmi participants`): every Present and Future
 * answer of the questionnaire cleared, with the level columns beside them (they would show levels
 * of answers that are no longer there), and the participant's name in a Participant row of the
 * details above the table. Nothing else changes: notes, the other sheets and every other part
 * stay as they came.
 */

/** The label of the details row that names the participant (read by detailsFromCells). */
export const PARTICIPANT_LABEL = "Participant";

export interface ParticipantCopy {
  bytes: Uint8Array;
  /** Where the name went, e.g. "Questionnaire!B6". */
  cell: string;
  /** How many answers (Present or Future) held something before they were cleared. */
  cleared: number;
}

/**
 * The copy for `participant`. Throws WorkbookError (or NotAWorkbookError, whose message follows
 * the file's name) when the workbook holds no questionnaire, or has no row above its table free
 * for the name.
 */
export function participantCopy(bytes: Uint8Array, participant: string): ParticipantCopy {
  const name = participant.trim();
  if (!name) throw new WorkbookError("A participant's copy needs the participant's name.");
  const pkg = XlsxPackage.open(bytes);
  const { table, handles, read, detailRows } = locateAnswers(pkg);
  const { columnOf } = read;
  const answerColumns = [columnOf.present, columnOf.future];
  const cleared = table.body.reduce(
    (sum, row) => sum + answerColumns.filter((c) => !isEmpty(row[c])).length,
    0
  );
  const columns = [...answerColumns, columnOf.presentLevel, columnOf.futureLevel].filter(
    (c) => c >= 0
  );
  const clears: CellWrite[] = table.body.flatMap((_, i) =>
    columns.map((c) => ({ row: table.bodyRow + i, column: table.bodyColumn + c, text: "" }))
  );
  let where: { row: number } | undefined;
  let replacedFormula = false;
  pkg.editXmlHead(handles.tableSheet.path, afterCells, (part) => {
    const place = participantPlace(part, handles.shared, detailRows);
    if (!place) throw noRoom(detailRows);
    where = place;
    replacedFormula = editCells(
      part,
      [...clears, ...place.writes(name)],
      handles.shared
    ).replacedFormula;
  });
  // A cleared answer that was a formula leaves the calculation chain naming a cell without one.
  if (replacedFormula) dropCalcChain(pkg);
  return {
    bytes: pkg.toBytes(),
    cell: `${quoteSheetName(handles.tableSheet.name)}!${cellAddress(where!.row, 1)}`,
    cleared,
  };
}

/**
 * Where the name goes: the value of an existing Participant row, or the first empty row of the
 * details (label in A, value in B) with the styles of the nearest labelled row above it.
 */
function participantPlace(
  part: XmlPart,
  shared: readonly string[],
  detailRows: number
): { row: number; writes: (name: string) => CellWrite[] } | undefined {
  const rows = new Map(
    sheetRows(part, shared)
      .filter((r) => r.index < detailRows)
      .map((r) => [r.index, r.cells])
  );
  const cellAt = (row: number, column: number) => rows.get(row)?.find((c) => c.column === column);
  const label = (row: number) =>
    String(cellAt(row, 0)?.value ?? "")
      .trim()
      .toLowerCase();
  for (let row = 0; row < detailRows; row++) {
    if (label(row) === PARTICIPANT_LABEL.toLowerCase())
      return { row, writes: (name) => [{ row, column: 1, text: name }] };
  }
  const merges = mergedAreas(part);
  const covered = (row: number, column: number) =>
    merges.some(
      (m) =>
        row >= m.row && row < m.row + m.rows && column >= m.column && column < m.column + m.columns
    );
  const empty = (row: number) =>
    (rows.get(row) ?? []).every((c) => c.formula === undefined && isEmpty(c.value)) &&
    !covered(row, 0) &&
    !covered(row, 1);
  for (let row = 0; row < detailRows; row++) {
    if (!empty(row)) continue;
    let above = row - 1;
    while (above >= 0 && label(above) === "") above--;
    const labelStyle = above >= 0 ? cellAt(above, 0)?.style : undefined;
    const valueStyle = above >= 0 ? cellAt(above, 1)?.style : undefined;
    return {
      row,
      writes: (name) => [
        { row, column: 0, text: PARTICIPANT_LABEL, style: labelStyle },
        { row, column: 1, text: name, style: valueStyle },
      ],
    };
  }
  return undefined;
}

function mergedAreas(part: XmlPart): Area[] {
  const block = part.child(part.root, "mergeCells", NS.main);
  if (!block) return [];
  return part
    .children(block, "mergeCell", NS.main)
    .map((m) => parseAddress(attributeOf(m, "ref") ?? ""))
    .filter((a): a is Area => a !== undefined);
}

function noRoom(detailRows: number): WorkbookError {
  return new WorkbookError(
    detailRows === 0
      ? "The questionnaire table starts in row 1, leaving no row above it for the participant's name: insert a row above the table."
      : `Rows 1 to ${detailRows} above the questionnaire table are all in use, leaving none for the participant's name: insert a row above the table, or add a row labelled ${PARTICIPANT_LABEL}.`
  );
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || String(value).trim() === "";
