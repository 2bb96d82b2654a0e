import type { Framework } from "../../framework/types";
import { bankText, isBuiltInFramework } from "../../framework/bank";
import { bankRecordCells } from "../bankCells";
import { BANK_RECORD, SETTING_KEYS, SHEET_NAMES } from "../names";
import { area, styled, type CellValue, type SheetSpec } from "../sheetSpec";

/** The lists sheet: two metadata rows, a blank row, a header, then one row per question. */
export const LISTS_FIRST_QUESTION_ROW = 4;
export const LIST_FIRST_OPTION_COLUMN = 1;

/**
 * The hidden lists sheet: what the workbook holds (framework id and version, in cells that any
 * spreadsheet program keeps) and each question's options, the source of its dropdown. A workbook
 * made with a question bank carries the bank too (BANK_RECORD), so it scores wherever it goes.
 */
export function listsSheet(framework: Framework): SheetSpec {
  const questions = framework.themes.flatMap((theme) => theme.questions);
  const first: CellValue[] = [
    SETTING_KEYS.framework,
    framework.id,
    "Written by the SVMI add-in: the dropdown lists of the Questionnaire. Please do not edit.",
  ];
  if (!isBuiltInFramework(framework.id))
    first.splice(BANK_RECORD.column, 0, ...bankRecordCells(bankText(framework)));
  return {
    name: SHEET_NAMES.lists,
    values: [
      first,
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
