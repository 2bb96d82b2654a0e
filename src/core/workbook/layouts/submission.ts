import type { Submission } from "../../benchmark/submission";
import type { Level } from "../../framework/levels";
import { levelLabel, type Framework } from "../../framework/types";
import { splitBank } from "../bankCells";
import { HEADER_FILL, HEADER_TEXT } from "../palette";
import {
  area,
  cellAddress,
  styled,
  type CellValue,
  type SheetSpec,
  type StyledArea,
} from "../sheetSpec";
import { sheetTitle } from "./sheetTitles";

/**
 * A submission for the national survey (svmi-submission/1) as a sheet the user saves and sends:
 * the JSON text itself (Excel for Mac cannot download a file from the pane), then every field it
 * holds in words, so what is sent is what is read. The pane's preview shows the same rows.
 */

export const SUBMISSION_SHEET_NAME = "Survey submission";

/** The row of the JSON text, from column B (split over cells when longer than one holds). */
export const SUBMISSION_JSON_ROW = 3;

/** Every field of the submission but the levels, as label and value, in the file's order. */
export function submissionFields(submission: Submission): [string, string][] {
  const { org, consent } = submission;
  return [
    ["Format", submission.schema],
    ["Framework", `${submission.framework.id}, version ${submission.framework.version}`],
    ["Survey period", submission.period],
    ["Submitted at", submission.submittedAt],
    ["Organisation type", org.type],
    ["Region", org.region],
    ["Organisation name", org.name ?? "not included (anonymous)"],
    ["Mode", submission.mode],
    [
      "Respondents",
      submission.respondents === undefined ? "not included" : String(submission.respondents),
    ],
    ["Consent to aggregate", consent.aggregate ? "yes" : "no"],
    ["Consent to be named", consent.named ? "yes" : "no"],
  ];
}

/** The levels it sends: each theme's by name, overall, then each question's, Present and Future. */
export function submissionLevels(
  framework: Framework,
  submission: Submission
): { themes: [string, string, string][]; questions: [string, string, string][] } {
  const level = (l: Level | null) =>
    l === null ? "not scored" : `${l} ${levelLabel(framework, l)}`;
  const themeName = (id: string) => framework.themes.find((t) => t.id === id)?.name ?? id;
  return {
    themes: [
      ...submission.themes.map((t): [string, string, string] => [
        `${t.id} ${themeName(t.id)}`,
        level(t.present),
        level(t.future),
      ]),
      ["Overall", level(submission.overall.present), level(submission.overall.future)],
    ],
    questions: submission.questions.map((q) => [q.id, level(q.present), level(q.future)]),
  };
}

/** The JSON text as it is to be saved: compact, one line (no line breaks to lose in a copy). */
export function submissionText(submission: Submission): string {
  return JSON.stringify(submission);
}

export function submissionSheet(
  framework: Framework,
  submission: Submission,
  name = SUBMISSION_SHEET_NAME
): SheetSpec {
  const pieces = splitBank(submissionText(submission));
  const fields = submissionFields(submission);
  const { themes, questions } = submissionLevels(framework, submission);
  const first = cellAddress(SUBMISSION_JSON_ROW, 1);
  const values: CellValue[][] = [
    [sheetTitle(framework, "submission")],
    [
      "What it is",
      "The levels of this assessment for the national survey: no answers' text, and the organisation's name only if you chose to be named.",
    ],
    [
      "To send it",
      pieces.length === 1
        ? `Copy cell ${first} into a new text file, save it as submission.json and send it to the survey's coordinator.`
        : `Copy cells ${first} to ${cellAddress(SUBMISSION_JSON_ROW, pieces.length)}, joined with nothing between them, into a new text file, save it as submission.json and send it to the survey's coordinator.`,
    ],
    ["Submission (JSON)", ...pieces],
    [],
    ["Field", "Value"],
    ...fields,
    [],
    ["Theme", "Present", "Future"],
    ...themes,
    [],
    ["Question", "Present", "Future"],
    ...questions,
  ];
  const fieldsRow = SUBMISSION_JSON_ROW + 2;
  const themesRow = fieldsRow + fields.length + 2;
  const questionsRow = themesRow + themes.length + 2;
  const header = (row: number, columns: number): StyledArea =>
    styled(area(row, 0, 1, columns), { bold: true, fill: HEADER_FILL, fontColor: HEADER_TEXT });
  return {
    name,
    values,
    columnWidths: [200, 420, 160],
    styles: [
      styled(area(0, 0), { bold: true, fontSize: 18 }),
      styled(area(1, 0, 3, 1), { bold: true }),
      styled(area(1, 1, 2, 1), { wrap: true }),
      header(fieldsRow, 2),
      header(themesRow, 3),
      styled(area(themesRow + themes.length, 0, 1, 3), { bold: true }),
      header(questionsRow, 3),
    ],
  };
}
