import { SHEET_NAMES } from "../names";
import { HEADER_FILL, HEADER_TEXT, INPUT_FILL } from "../palette";
import { RESPONSES_COLUMNS, RESPONSES_TABLE } from "../readers/responsesTable";
import { area, styled, type CellValue, type SheetSpec } from "../sheetSpec";

const HEADER_ROW = 2;

/**
 * The Responses sheet: the participants' answers in long format (Participant, Role, Question,
 * Present, Future, Note), one row per participant and question, in an Excel table that filters
 * and pivots natively. The team's own data: svmi adds rows on import and never redraws it.
 */
export function responsesSheet(rows: readonly CellValue[][]): SheetSpec {
  const body = rows.length ? rows.map((r) => [...r]) : [[]];
  const first = HEADER_ROW + 1;
  return {
    name: SHEET_NAMES.responses,
    values: [
      [
        "Participants' answers, one row per participant and question. Type or import them here; the Consensus sheet and the Questionnaire follow at the next score.",
      ],
      [],
      [...RESPONSES_COLUMNS],
      ...body,
    ],
    columnWidths: [140, 120, 80, 320, 320, 240],
    freezeRows: first,
    styles: [
      styled(area(0, 0), { italic: true }),
      styled(area(HEADER_ROW, 0, 1, RESPONSES_COLUMNS.length), {
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_TEXT,
      }),
      styled(area(first, 0, body.length, RESPONSES_COLUMNS.length), {
        fill: INPUT_FILL,
        wrap: true,
        vertical: "Top",
      }),
    ],
    table: {
      name: RESPONSES_TABLE,
      area: area(HEADER_ROW, 0, body.length + 1, RESPONSES_COLUMNS.length),
    },
  };
}
