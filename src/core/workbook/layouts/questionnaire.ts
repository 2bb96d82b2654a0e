import type { AssessmentDetails } from "../details";
import type { Framework, Theme } from "../../framework/types";
import { COLUMN_ORDER, COLUMNS, SHEET_NAMES, TABLE_NAME } from "../names";
import { HEADER_FILL, HEADER_TEXT, INPUT_FILL } from "../palette";
import { ANSWER_ALERT, levelRules } from "../sheetRules";
import { LIST_FIRST_OPTION_COLUMN, LISTS_FIRST_QUESTION_ROW } from "./lists";
import { sheetTitle } from "./sheetTitles";
import {
  area,
  areaAddress,
  quoteSheetName,
  styled,
  type CellValue,
  type SheetSpec,
} from "../sheetSpec";

/** Rows above the questionnaire table: title, four details, a blank line. */
export const TABLE_HEADER_ROW = 6;

/**
 * Where a framework that is not an official text says where it comes from: beside the details
 * (columns E to H, rows 2 to 5, above Future, the levels and the notes), where nothing else is.
 * A block four rows high holds the text without Excel having to grow a row (it never does for
 * merged cells), and the table stays where every questionnaire has it.
 */
export const PROVENANCE_AREA = area(1, 4, 4, 4);

/**
 * A question's Theme cell: "PC Policy and culture", led by the theme's group where the framework
 * groups its themes ("Setting strategy · PC Policy and culture"). In the cell rather than a row
 * of its own, so the table keeps one row per question (readers and filters rely on it) and the
 * column still names each row's theme; a filter on it can pick a whole group.
 */
function themeCell(theme: Pick<Theme, "id" | "name" | "group">): string {
  const named = `${theme.id} ${theme.name}`;
  return theme.group !== undefined ? `${theme.group} · ${named}` : named;
}

const column = (name: string) => COLUMN_ORDER.indexOf(name as (typeof COLUMN_ORDER)[number]);

/** The Questionnaire sheet of a new assessment: details above, one table row per question. */
export function questionnaireSheet(
  framework: Framework,
  details: AssessmentDetails,
  listsSheetName: string = SHEET_NAMES.lists
): SheetSpec {
  const questions = framework.themes.flatMap((theme) =>
    theme.questions.map((q) => ({ theme: themeCell(theme), question: q }))
  );
  const values: CellValue[][] = [
    [sheetTitle(framework, "questionnaire")],
    ["Organisation", details.organisation],
    ["Assessment date", details.date],
    ["Facilitator", details.facilitator ?? ""],
    ["Framework", `${framework.name}, version ${framework.version}`],
    // One participant's copy names them (svmi participants); a team's answers leave it blank.
    details.participant ? ["Participant", details.participant] : [],
    [...COLUMN_ORDER],
    ...questions.map(({ theme, question }) => [
      theme,
      question.id,
      question.text,
      "",
      "",
      "",
      "",
      "",
    ]),
  ];
  if (framework.provenance) {
    const row = values[PROVENANCE_AREA.row];
    while (row.length < PROVENANCE_AREA.column) row.push(null);
    row.push(framework.provenance);
  }
  const bodyRows = questions.length;
  const firstBodyRow = TABLE_HEADER_ROW + 1;
  const lists = quoteSheetName(listsSheetName);
  return {
    name: SHEET_NAMES.questionnaire,
    values,
    columnWidths: [150, 62, 260, 300, 300, 120, 120, 260],
    freezeRows: TABLE_HEADER_ROW + 1,
    merges: [area(0, 0, 1, 4), ...(framework.provenance ? [PROVENANCE_AREA] : [])],
    styles: [
      styled(area(0, 0), { bold: true, fontSize: 16 }),
      styled(area(1, 0, 4, 1), { bold: true }),
      styled(area(1, 1, 4, 1), { fill: INPUT_FILL, horizontal: "Left" }),
      styled(area(2, 1), { numberFormat: "yyyy-mm-dd" }), // Excel reads the date as a date
      ...(framework.provenance
        ? [styled(PROVENANCE_AREA, { italic: true, wrap: true, vertical: "Top" })]
        : []),
      ...(details.participant
        ? [
            styled(area(5, 0), { bold: true }),
            styled(area(5, 1), { fill: INPUT_FILL, horizontal: "Left" }),
          ]
        : []),
      styled(area(TABLE_HEADER_ROW, 0, 1, COLUMN_ORDER.length), {
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_TEXT,
      }),
      styled(area(firstBodyRow, 0, bodyRows, COLUMN_ORDER.length), { wrap: true, vertical: "Top" }),
      styled(area(firstBodyRow, column(COLUMNS.present), bodyRows, 2), { fill: INPUT_FILL }),
      styled(area(firstBodyRow, column(COLUMNS.notes), bodyRows, 1), { fill: INPUT_FILL }),
      styled(area(firstBodyRow, column(COLUMNS.presentLevel), bodyRows, 2), {
        bold: true,
        horizontal: "Center",
      }),
    ],
    table: { name: TABLE_NAME, area: area(TABLE_HEADER_ROW, 0, bodyRows + 1, COLUMN_ORDER.length) },
    // Present and Future of one question share its option list (a row of the lists sheet).
    validations: questions.map(({ question }, i) => {
      const options = area(
        LISTS_FIRST_QUESTION_ROW + i,
        LIST_FIRST_OPTION_COLUMN,
        1,
        question.options.length
      );
      return {
        area: area(firstBodyRow + i, column(COLUMNS.present), 1, 2),
        source: `=${lists}!${areaAddress(options, true)}`,
        alert: ANSWER_ALERT,
      };
    }),
    conditionalRules: levelRules(framework, [
      area(firstBodyRow, column(COLUMNS.presentLevel), bodyRows, 2),
    ]),
    print: {
      landscape: true,
      fitToWidth: true,
      repeatRows: area(TABLE_HEADER_ROW, 0, 1, COLUMN_ORDER.length),
    },
  };
}
