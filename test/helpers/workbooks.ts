import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { filledAnswers, newAssessmentWorkbook } from "../../src/xlsx/workbookFile";
import { readCells, readSharedStrings, writeTextCells } from "../../src/xlsx/parts/sheetCells";
import { SHEET_MARKERS } from "../../src/core/workbook/names";
import { REL_TYPES, XlsxPackage } from "../../src/xlsx/package/xlsxPackage";

/** Workbooks for the .xlsx tests: Surrey's worked example filled in, and edits as a user makes them. */

export const PUBLIC = getFramework("public");
export const DETAILS = {
  frameworkId: "public",
  organisation: "Surrey County Council",
  date: "2026-11-22",
};

/** The template filled with Surrey's answers, as `svmi demo` writes it. */
export function filledSurrey(): Uint8Array {
  return newAssessmentWorkbook(
    PUBLIC,
    DETAILS,
    filledAnswers(answersFromLevels(PUBLIC, SURREY.answers))
  );
}

/** A copy of a workbook with a change made to its parts. */
export function edit(bytes: Uint8Array, change: (pkg: XlsxPackage) => void): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  change(pkg);
  return pkg.toBytes();
}

/** The sheet one of our marker names points at. */
export function marked(pkg: XlsxPackage, marker: string) {
  const formula = pkg.definedNames().find((n) => n.name === marker)?.formula ?? "";
  const name = /^'?(.*?)'?!/.exec(formula)?.[1]?.replace(/''/g, "'");
  return pkg.sheets().find((s) => s.name === name)!;
}

/** The values of a marked sheet, by zero-based row and column. */
export function cells(pkg: XlsxPackage, marker: string) {
  const shared = readSharedStrings(pkg.text("xl/sharedStrings.xml"));
  return readCells(pkg.text(marked(pkg, marker).path)!, shared);
}

/** Types text into cells of a marked sheet, as a user would: [row, column, text]. */
export function type(pkg: XlsxPackage, marker: string, writes: [number, number, string][]): void {
  const path = marked(pkg, marker).path;
  const { xml } = writeTextCells(
    pkg.text(path)!,
    writes.map(([row, column, text]) => ({ row, column, text }))
  );
  pkg.setText(path, xml);
}

/**
 * Takes the questionnaire table out of a workbook, as Gnumeric and SheetJS do when they save one:
 * the table part, its relationship and the sheet's <tableParts> go; the cells stay.
 */
export function dropQuestionnaireTable(pkg: XlsxPackage): void {
  const sheet = marked(pkg, SHEET_MARKERS.questionnaire);
  const table = pkg.relationships(sheet.path).find((r) => r.type === REL_TYPES.table)!;
  pkg.removeRelationship(sheet.path, table.id);
  pkg.delete(table.target);
  pkg.setText(sheet.path, pkg.text(sheet.path)!.replace(/<tableParts[\s\S]*?<\/tableParts>/, ""));
}
