import { Workbook, type Worksheet } from "exceljs";
import { parseAddress } from "../../src/core/workbook/sheetSpec";
import type { FillPlan } from "./workedExample";

/**
 * ExcelJS (the devDependency, pinned) as a producer: it reads the blank template, types the
 * answers into the questionnaire table, and writes the workbook out again as ExcelJS does.
 */
export async function fillWithExcelJS(
  blank: string,
  output: string,
  plan: FillPlan
): Promise<void> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(blank);
  const sheet = workbook.worksheets.find((ws) => tableRef(ws, plan.table));
  const ref = sheet && tableRef(sheet, plan.table);
  if (!sheet || !ref) throw new Error(`ExcelJS: no table named ${plan.table}`);

  // The table's first row is its header row; the columns are found by header text.
  const area = parseAddress(ref);
  if (!area) throw new Error(`ExcelJS: table ${plan.table} has no usable ref (${ref})`);
  const headerRow = area.row + 1;
  const firstColumn = area.column + 1;
  const header = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, column) => {
    if (column >= firstColumn) header.set(String(cell.value), column);
  });
  const column = (text: string) => {
    const found = header.get(text);
    if (found === undefined) throw new Error(`ExcelJS: no column headed "${text}"`);
    return found;
  };
  const [idColumn, presentColumn, futureColumn] = [
    column(plan.columns.id),
    column(plan.columns.present),
    column(plan.columns.future),
  ];

  let filled = 0;
  for (let row = headerRow + 1; row <= sheet.rowCount; row++) {
    const answer = plan.answers[String(sheet.getRow(row).getCell(idColumn).value)];
    if (!answer) continue;
    sheet.getRow(row).getCell(presentColumn).value = answer.present;
    sheet.getRow(row).getCell(futureColumn).value = answer.future;
    filled += 1;
  }
  const expected = Object.keys(plan.answers).length;
  if (filled !== expected) throw new Error(`ExcelJS: filled ${filled} of ${expected} questions`);
  await workbook.xlsx.writeFile(output);
}

/**
 * The table's range. A table ExcelJS has read keeps it as `tableRef` in its model (`ref`, what
 * the types promise, is set only on tables made with addTable), and getTable gives undefined
 * for a name the sheet lacks, whatever its declared type says.
 */
function tableRef(sheet: Worksheet, name: string): string | undefined {
  const table = sheet.getTable(name) as
    { ref?: string; table?: { ref?: string; tableRef?: string } } | undefined;
  return table?.table?.tableRef ?? table?.ref ?? table?.table?.ref;
}
