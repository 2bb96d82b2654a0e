import type { AssessmentDetails } from "../details";
import type { Framework } from "../../framework/types";
import type { ScoreResult } from "../../scoring/types";
import { actionPlanGrid } from "../../scoring/actionPlan";
import { SHEET_NAMES } from "../names";
import { HEADER_FILL, HEADER_TEXT, INPUT_FILL } from "../palette";
import { area, styled, type CellValue, type SheetSpec } from "../sheetSpec";
import { HEADER_STYLES, headerRows, provenanceRow, provenanceStyles } from "./header";
import { sheetTitle } from "./sheetTitles";

export const ACTION_PLAN_HEADER_ROW = 6; // after the five header rows and a blank one
export const NOTES_HEADER = "Notes";
const FOOTNOTE =
  "* Each action comes from your answer to one question: it is a step from that question's present answer " +
  "towards its future one. The column headings name the level each question reaches, not your overall " +
  "result, so a theme may list actions for a level above its own future target.";

/** The Action Plan sheet (seed layout): themes as rows, one column per target level, then Notes. */
export function actionPlanSheet(
  framework: Framework,
  details: AssessmentDetails,
  result: ScoreResult,
  notes: ReadonlyMap<string, string>
): SheetSpec {
  const grid = actionPlanGrid(framework, result.actions);
  const header = [
    "Theme",
    ...framework.targetLevels.map((level) => `To reach '${framework.levels[level].label}'`),
    NOTES_HEADER,
  ];
  const rows: CellValue[][] = grid.map((row) => [
    `${row.theme} ${row.name}`,
    ...framework.targetLevels.map((level) =>
      row.cells[level].map((text) => `\u2022 ${text}`).join("\n")
    ),
    notes.get(`${row.theme} ${row.name}`) ?? "",
  ]);
  const footRow = ACTION_PLAN_HEADER_ROW + rows.length + 2;
  const values: CellValue[][] = [
    ...headerRows(sheetTitle(framework, "actionPlan"), details, result),
    provenanceRow(framework),
    header,
    ...rows,
    [],
    [FOOTNOTE],
  ];
  return {
    name: SHEET_NAMES.actionPlan,
    values,
    columnWidths: [170, ...framework.targetLevels.map(() => 230), 200],
    styles: [
      ...HEADER_STYLES,
      ...provenanceStyles(framework),
      styled(area(ACTION_PLAN_HEADER_ROW, 0, 1, header.length), {
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_TEXT,
        wrap: true,
      }),
      styled(area(ACTION_PLAN_HEADER_ROW + 1, 0, rows.length, header.length), {
        wrap: true,
        vertical: "Top",
      }),
      styled(area(ACTION_PLAN_HEADER_ROW + 1, 0, rows.length, 1), { bold: true }),
      styled(area(ACTION_PLAN_HEADER_ROW + 1, header.length - 1, rows.length, 1), {
        fill: INPUT_FILL,
      }),
      styled(area(footRow, 0), { italic: true, wrap: true, vertical: "Top" }),
    ],
    merges: [area(footRow, 0, 1, header.length)],
    freezeRows: ACTION_PLAN_HEADER_ROW + 1,
    print: {
      landscape: true,
      fitToWidth: true,
      repeatRows: area(ACTION_PLAN_HEADER_ROW, 0, 1, header.length),
    },
  };
}
