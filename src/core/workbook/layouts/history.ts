import { SHEET_NAMES } from "../names";
import { HEADER_FILL, HEADER_TEXT } from "../palette";
import { HISTORY_COLUMNS, HISTORY_TABLE } from "../readers/historyTable";
import { area, styled, type CellValue, type SheetSpec } from "../sheetSpec";

export const HISTORY_HEADER_ROW = 2;

/**
 * The History sheet: every cycle's snapshot in one Excel table (readers/historyTable.ts), which
 * filters and pivots natively. Rows are added by "Save this cycle's snapshot" and never redrawn:
 * a snapshot is frozen once taken.
 */
export function historySheet(
  rows: readonly CellValue[][],
  /** The table's header as it stands (a column the team added stays); ours for a new one. */
  header: readonly CellValue[] = HISTORY_COLUMNS
): SheetSpec {
  const width = header.length;
  const body = rows.length ? rows.map((r) => [...r]) : [[]];
  return {
    name: SHEET_NAMES.history,
    values: [
      [
        "Snapshots of past cycles, one row per snapshot and question, then its themes and overall. Frozen once taken: an edited snapshot is reported and not used.",
      ],
      [],
      [...header],
      ...body,
    ],
    columnWidths: [80, 80, 70, 55, 65, 55, 75, 260, 260, 90, 90, 120],
    freezeRows: HISTORY_HEADER_ROW + 1,
    styles: [
      styled(area(0, 0), { italic: true }),
      styled(area(HISTORY_HEADER_ROW, 0, 1, width), {
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_TEXT,
      }),
      styled(area(HISTORY_HEADER_ROW + 1, 0, body.length, width), {
        vertical: "Top",
      }),
    ],
    table: {
      name: HISTORY_TABLE,
      area: area(HISTORY_HEADER_ROW, 0, body.length + 1, width),
    },
  };
}
