import { freeSheetName, SHEET_NAMES } from "../core/workbook/names";
import { responsesSheet } from "../core/workbook/layouts/responses";
import { RESPONSES_TABLE } from "../core/workbook/readers/responsesTable";
import type { CellValue } from "../core/workbook/sheetSpec";
import { XlsxPackage } from "./package/xlsxPackage";
import { readSheetCells, writeOwnedSheet } from "./parts/ownedSheets";
import { findTable } from "./parts/questionnaireTable";
import { readSharedStrings } from "./parts/sheetCells";
import { StyleBook } from "./parts/styleBook";
import { stylesPath } from "./parts/workbookEdits";
import { sharedStringsPart } from "./readSnapshot";

/**
 * Writes the participants' answers into a workbook's Responses sheet (the table SVMI_Responses,
 * long format), replacing what the sheet held: `svmi merge` writes the whole set each time.
 * Every other part of the workbook stays as it was; a re-score then draws the Consensus sheet.
 */
export function withResponses(bytes: Uint8Array, rows: readonly CellValue[][]): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  const sheets = pkg.sheets();
  const located = findTable(pkg, sheets, RESPONSES_TABLE);
  const styles = new StyleBook(pkg.text(stylesPath(pkg).path));
  const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
  const spec = responsesSheet(rows);
  if (located) {
    const part = pkg.xml(located.sheet.path)!;
    const shared = readSharedStrings(sharedStringsPart(pkg));
    writeOwnedSheet(
      pkg,
      styles,
      { kind: "responses", spec: { ...spec, name: located.sheet.name } },
      { entry: located.sheet, read: readSheetCells(part, shared) }
    );
  } else {
    const name = freeSheetName(SHEET_NAMES.responses, taken);
    writeOwnedSheet(pkg, styles, { kind: "responses", spec: { ...spec, name } });
  }
  pkg.setText(stylesPath(pkg).path, styles.toXml());
  pkg.dropMissingOverrides();
  return pkg.toBytes();
}
