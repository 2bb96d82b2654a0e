import { getFramework } from "../../src/core/framework/registry";
import { COLUMNS, SHEET_MARKERS } from "../../src/core/workbook/names";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { cells, edit, type } from "./workbooks";

/**
 * Answers a question in a workbook's Questionnaire as a user would type it: the option of the
 * given level (its text), found through the table's headers.
 */
export function answerInWorkbook(
  bytes: Uint8Array,
  changes: readonly { question: string; field: "present" | "future"; level: number }[],
  frameworkId = "public"
): Uint8Array {
  const framework = getFramework(frameworkId);
  return edit(bytes, (pkg: XlsxPackage) => {
    const grid = cells(pkg, SHEET_MARKERS.questionnaire);
    const headerRow = grid.findIndex((row) => row.includes(COLUMNS.id));
    const header = grid[headerRow];
    const idColumn = header.indexOf(COLUMNS.id);
    type(
      pkg,
      SHEET_MARKERS.questionnaire,
      changes.map(({ question, field, level }) => {
        const row = grid.findIndex((r, i) => i > headerRow && r[idColumn] === question);
        const option = framework.question(question)!.options.find((o) => o.level === level)!;
        return [row, header.indexOf(COLUMNS[field]), option.text];
      })
    );
  });
}
