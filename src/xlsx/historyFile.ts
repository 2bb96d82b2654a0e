import type { AssessmentSnapshot } from "../core/history/snapshot";
import { historySheet } from "../core/workbook/layouts/history";
import { planSaveSnapshot } from "../core/workbook/planSnapshot";
import { HISTORY_TABLE } from "../core/workbook/readers/historyTable";
import { XlsxPackage } from "./package/xlsxPackage";
import { readSheetCells, writeOwnedSheet } from "./parts/ownedSheets";
import { findTable } from "./parts/questionnaireTable";
import { readSharedStrings } from "./parts/sheetCells";
import { StyleBook } from "./parts/styleBook";
import { stylesPath } from "./parts/workbookEdits";
import { readSnapshot, sharedStringsPart } from "./readSnapshot";

/**
 * Adds this cycle's snapshot to a workbook's History table (svmi snapshot): the History sheet is
 * made when there is none, else its table gains the rows (a replaced snapshot's rows go first).
 * Every other part of the workbook stays as it was; a re-score then draws the Progress sheet.
 */
export function withSnapshot(
  bytes: Uint8Array,
  label: string,
  date: string,
  options: { force?: boolean } = {}
): { bytes: Uint8Array; snapshot: AssessmentSnapshot; replaced: boolean } {
  const pkg = XlsxPackage.open(bytes);
  const { snapshot: workbook } = readSnapshot(pkg);
  const plan = planSaveSnapshot(workbook, label, date, options);
  const styles = new StyleBook(pkg.text(stylesPath(pkg).path));
  if (plan.create) {
    writeOwnedSheet(pkg, styles, { kind: "history", spec: plan.create.spec });
  } else {
    const history = workbook.history!;
    const removed = new Set(plan.removeRows);
    const body = [...history.body.filter((_, i) => !removed.has(i)), ...plan.rows].filter((row) =>
      row.some((cell) => cell !== null && cell !== undefined && String(cell) !== "")
    );
    // Its table, or (saved by a program that drops tables) the sheet its rows were found on.
    const located = findTable(pkg, pkg.sheets(), HISTORY_TABLE) ?? {
      sheet: pkg.sheets().find((s) => s.name === history.sheet)!,
    };
    const part = pkg.xml(located.sheet.path)!;
    const spec = historySheet(
      body.map((row) => row.map((cell) => (cell ?? "") as string | number | boolean)),
      history.header.map((h) => String(h ?? ""))
    );
    writeOwnedSheet(
      pkg,
      styles,
      { kind: "history", spec: { ...spec, name: located.sheet.name } },
      {
        entry: located.sheet,
        read: readSheetCells(part, readSharedStrings(sharedStringsPart(pkg))),
      }
    );
  }
  pkg.setText(stylesPath(pkg).path, styles.toXml());
  pkg.dropMissingOverrides();
  return { bytes: pkg.toBytes(), snapshot: plan.snapshot, replaced: plan.removeRows.length > 0 };
}
