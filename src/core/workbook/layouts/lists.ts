import type { Framework } from "../../framework/types";
import { SETTING_KEYS, SHEET_NAMES } from "../names";
import { area, styled, type SheetSpec } from "../sheetSpec";

/** The lists sheet: two metadata rows, a blank row, a header, then one row per question. */
export const LISTS_FIRST_QUESTION_ROW = 4;
export const LIST_FIRST_OPTION_COLUMN = 1;

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
