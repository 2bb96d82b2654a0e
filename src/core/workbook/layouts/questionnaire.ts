import type { AssessmentDetails } from "../details";
import type { Framework } from "../../framework/loadFramework";
import { COLUMN_ORDER, COLUMNS, SETTING_KEYS, SHEET_NAMES, TABLE_NAME } from "../names";
import { HEADER_FILL, HEADER_TEXT, INPUT_FILL } from "../palette";
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
/** The lists sheet: two metadata rows, a blank row, a header, then one row per question. */
export const LISTS_FIRST_QUESTION_ROW = 4;
const LIST_FIRST_OPTION_COLUMN = 1;

const column = (name: string) => COLUMN_ORDER.indexOf(name as (typeof COLUMN_ORDER)[number]);

/** The Questionnaire sheet of a new assessment: details above, one table row per question. */
export function questionnaireSheet(
  framework: Framework,
  details: AssessmentDetails,
  listsSheetName: string = SHEET_NAMES.lists
): SheetSpec {
  const questions = framework.themes.flatMap((theme) =>
    theme.questions.map((q) => ({ theme: `${theme.id} ${theme.name}`, question: q }))
  );
  const values: CellValue[][] = [
    ["Social Value Maturity Index: self-assessment"],
    ["Organisation", details.organisation],
    ["Assessment date", details.date],
    ["Facilitator", details.facilitator ?? ""],
    ["Framework", `${framework.name}, version ${framework.version}`],
    [],
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
  const bodyRows = questions.length;
  const firstBodyRow = TABLE_HEADER_ROW + 1;
  const lists = quoteSheetName(listsSheetName);
  return {
    name: SHEET_NAMES.questionnaire,
    values,
    columnWidths: [150, 62, 260, 300, 300, 120, 120, 260],
    freezeRows: TABLE_HEADER_ROW + 1,
    merges: [area(0, 0, 1, 4)],
    styles: [
      styled(area(0, 0), { bold: true, fontSize: 16 }),
      styled(area(1, 0, 4, 1), { bold: true }),
      styled(area(1, 1, 4, 1), { fill: INPUT_FILL, horizontal: "Left" }),
      styled(area(2, 1), { numberFormat: "yyyy-mm-dd" }), // Excel reads the date as a date
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
      };
    }),
    levelFormats: [area(firstBodyRow, column(COLUMNS.presentLevel), bodyRows, 2)],
    print: {
      landscape: true,
      fitToWidth: true,
      repeatRows: area(TABLE_HEADER_ROW, 0, 1, COLUMN_ORDER.length),
    },
  };
}

/**
 * The hidden lists sheet: what the workbook holds (framework id and version, in cells that any
 * spreadsheet program keeps) and each question's options, the source of its dropdown.
 */
export function listsSheet(framework: Framework): SheetSpec {
  const questions = framework.themes.flatMap((theme) => theme.questions);
  return {
    name: SHEET_NAMES.lists,
    values: [
      [
        SETTING_KEYS.framework,
        framework.id,
        "Written by the SVMI add-in: the dropdown lists of the Questionnaire. Please do not edit.",
      ],
      [SETTING_KEYS.version, framework.version],
      [],
      ["Question ID", "Options (lowest level first)"],
      ...questions.map((q) => [q.id, ...q.options.map((o) => o.text)]),
    ],
    columnWidths: [90, 300, 300, 300, 300, 300],
    styles: [styled(area(3, 0, 1, 2), { bold: true })],
    hidden: true,
  };
}

export interface QuestionnaireRead {
  answers: { question: string; present: string | null; future: string | null }[];
  /** Body row (zero-based, within the table) of each question id, for naming cells. */
  rowOf: Map<string, number>;
  /** Zero-based column, within the table, of each column the add-in uses. */
  columnOf: Record<keyof typeof COLUMNS, number>;
  /** Columns missing from the table, by header text. */
  missing: string[];
}

/**
 * Reads answers from the questionnaire table by its column headers, so inserted, moved or sorted
 * rows and columns don't matter. A missing ID, Present or Future column makes the table unreadable.
 */
export function readQuestionnaire(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[]
): QuestionnaireRead {
  const headers = header.map((h) =>
    String(h ?? "")
      .trim()
      .toLowerCase()
  );
  const columnOf = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, name]) => [key, headers.indexOf(name.toLowerCase())])
  ) as Record<keyof typeof COLUMNS, number>;
  const missing = Object.entries(COLUMNS)
    .filter(([key]) => columnOf[key as keyof typeof COLUMNS] < 0)
    .map(([, name]) => name);
  const rowOf = new Map<string, number>();
  const answers: QuestionnaireRead["answers"] = [];
  if ([columnOf.id, columnOf.present, columnOf.future].some((c) => c < 0))
    return { answers, rowOf, columnOf, missing };
  body.forEach((row, index) => {
    const id = String(row[columnOf.id] ?? "").trim();
    if (!id) return;
    if (!rowOf.has(id)) rowOf.set(id, index);
    answers.push({
      question: id,
      present: cellText(row[columnOf.present]),
      future: cellText(row[columnOf.future]),
    });
  });
  return { answers, rowOf, columnOf, missing };
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  return String(value);
}
