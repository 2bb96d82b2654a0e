import { COLUMN_ORDER, TABLE_NAME } from "../../../src/core/workbook/names";
import { area, parseAddress } from "../../../src/core/workbook/sheetSpec";
import { NS } from "../../../src/xlsx/package/xml";
import { REL_TYPES, XlsxPackage } from "../../../src/xlsx/package/xlsxPackage";
import { findHeaderRow, findTable, restoreTable } from "../../../src/xlsx/parts/questionnaireTable";
import { readCells } from "../../../src/xlsx/parts/sheetCells";
import { tableXml } from "../../../src/xlsx/parts/tablePart";
import { addSheet, emptyWorkbook, setDefinedName } from "../../../src/xlsx/parts/workbookEdits";
import { newAssessmentWorkbook } from "../../../src/xlsx/workbookFile";
import { DETAILS, dropQuestionnaireTable, PUBLIC } from "../../helpers/workbooks";

/*
 * questionnaireTable.ts finds the questionnaire: by its table SVMI_Questions, or, when a program
 * dropped the table (Gnumeric, SheetJS), by a header row holding Question ID, Present and Future;
 * and puts a dropped table back, unless another table or a defined name stands in the way.
 */

const row = (r: number, values: string[], from = 0) =>
  `<row r="${r}">${values
    .map((v, i) =>
      v
        ? `<c r="${String.fromCharCode(65 + from + i)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`
        : ""
    )
    .join("")}</row>`;

/** A workbook of sheets whose cells are given as rows of XML. */
function workbook(...sheets: [string, string][]) {
  const pkg = emptyWorkbook();
  const entries = sheets.map(([name, rows]) => {
    const entry = addSheet(pkg, name, false);
    pkg.setText(
      entry.path,
      `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheetData>${rows}</sheetData></worksheet>`
    );
    return entry;
  });
  return { pkg, entries };
}

const HEADER = row(3, ["", "Theme", "Question ID", "Question", "Present", "Future", "Notes"]);
const QUESTIONS =
  row(4, ["", "A", "A1", "Q?"]) +
  row(5, ["", "A", "A2", "Q?"]) +
  row(6, ["", "", "", "note below"]);

function withTable(pkg: XlsxPackage, sheetPath: string, name: string, ref: string) {
  const path = pkg.freePath("xl/tables", "table");
  pkg.setText(path, tableXml(1, name, parseAddress(ref)!, ["a", "b"]));
  pkg.addRelationship(sheetPath, REL_TYPES.table, path);
}

describe("findTable", () => {
  it("finds the template's questionnaire table over its header and question rows", () => {
    const pkg = XlsxPackage.open(newAssessmentWorkbook(PUBLIC, DETAILS));
    const found = findTable(pkg, pkg.sheets())!;
    const questions = PUBLIC.themes.reduce((n, t) => n + t.questions.length, 0);
    expect(found.sheet.name).toBe("Questionnaire");
    expect(found.area).toEqual({
      row: 6,
      column: 0,
      rows: questions + 1,
      columns: COLUMN_ORDER.length,
    });
    expect(found.tableMissing).toBe(false);
  });

  it("matches the name case-insensitively and skips other tables and a header-only one", () => {
    const { pkg, entries } = workbook(["One", ""], ["Two", ""]);
    withTable(pkg, entries[0].path, "Other", "A1:B5");
    withTable(pkg, entries[0].path, TABLE_NAME, "A1:B1");
    withTable(pkg, entries[1].path, TABLE_NAME.toLowerCase(), "B2:C9");
    const found = findTable(pkg, entries)!;
    expect([found.sheet.name, found.area]).toEqual([
      "Two",
      { row: 1, column: 1, rows: 8, columns: 2 },
    ]);
    expect(findTable(pkg, [entries[0]])).toBeUndefined();
  });
});

describe("findHeaderRow", () => {
  it("finds the header's contiguous cells and the rows down to the last question id", () => {
    const { pkg, entries } = workbook(["Sheet1", row(1, ["Title"]) + HEADER + QUESTIONS]);
    expect(findHeaderRow(pkg, entries, undefined, [])).toEqual({
      sheet: entries[0],
      area: { row: 2, column: 1, rows: 3, columns: 6 },
      tableMissing: true,
    });
  });

  it("looks at the marked sheet first, and passes over a header with no questions under it", () => {
    const { pkg, entries } = workbook(
      ["Empty", HEADER],
      ["Copy", HEADER + QUESTIONS],
      ["Mine", HEADER + QUESTIONS]
    );
    expect(findHeaderRow(pkg, entries, "Mine", [])?.sheet.name).toBe("Mine");
    expect(findHeaderRow(pkg, entries, undefined, [])?.sheet.name).toBe("Copy");
    expect(findHeaderRow(pkg, [entries[0]], undefined, [])).toBeUndefined();
  });

  it("needs all of Question ID, Present and Future (any case) in the first 40 rows", () => {
    const noFuture = workbook(["S", row(1, ["Question ID", "Present"]) + row(2, ["A1"])]);
    expect(findHeaderRow(noFuture.pkg, noFuture.entries, undefined, [])).toBeUndefined();
    const lower = workbook(["S", row(1, ["question id", " PRESENT ", "future"]) + row(2, ["A1"])]);
    expect(findHeaderRow(lower.pkg, lower.entries, undefined, [])?.area).toEqual(area(0, 0, 2, 3));
    const deep = workbook(["S", row(41, ["Question ID", "Present", "Future"]) + row(42, ["A1"])]);
    expect(findHeaderRow(deep.pkg, deep.entries, undefined, [])).toBeUndefined();
  });
});

describe("restoreTable", () => {
  it("puts the template's dropped table back over the same area, linked from its sheet", () => {
    const pkg = XlsxPackage.open(newAssessmentWorkbook(PUBLIC, DETAILS));
    dropQuestionnaireTable(pkg);
    const sheet = pkg.sheets()[0];
    const located = findHeaderRow(pkg, pkg.sheets(), "Questionnaire", [])!;
    const result = restoreTable(pkg, sheet, located.area, [...COLUMN_ORDER]);
    expect(result).toEqual({
      repaired: `restored the questionnaire table ${TABLE_NAME} over Questionnaire!A7:H67 (the program that last saved the file had dropped it)`,
    });
    expect(findTable(pkg, pkg.sheets())?.area).toEqual(located.area);
    expect(pkg.text(sheet.path)).toMatch(
      /<tableParts count="1"><tablePart r:id="rId\d+"\/><\/tableParts><\/worksheet>$/
    );
  });

  it("renames a repeated or blank header cell to the table's column name", () => {
    const { pkg, entries } = workbook([
      "S",
      row(1, ["Question ID", "Present", "Future", "Notes", "Notes", ""]) + row(2, ["A1"]),
    ]);
    restoreTable(pkg, entries[0], area(0, 0, 2, 6), [
      "Question ID",
      "Present",
      "Future",
      "Notes",
      "Notes",
      "",
    ]);
    expect(readCells(pkg.text(entries[0].path)!, [])[0]).toEqual([
      "Question ID",
      "Present",
      "Future",
      "Notes",
      "Notes2",
      "Column6",
    ]);
  });

  it("drops a sheet filter over the same cells, and its hidden filter name", () => {
    const { pkg, entries } = workbook([
      "S",
      row(1, ["Question ID", "Present", "Future"]) + row(2, ["A1"]),
    ]);
    pkg.setText(
      entries[0].path,
      pkg.text(entries[0].path)!.replace("</sheetData>", '</sheetData><autoFilter ref="A1:C2"/>')
    );
    setDefinedName(pkg, "_xlnm._FilterDatabase", "S!$A$1:$C$2", 0);
    const result = restoreTable(pkg, entries[0], area(0, 0, 2, 3), [
      "Question ID",
      "Present",
      "Future",
    ]);
    expect("repaired" in result && result.repaired).toMatch(
      /; its filter replaces the sheet's own filter there$/
    );
    expect(pkg.text(entries[0].path)).not.toContain("autoFilter");
    expect(pkg.definedNames()).toEqual([]);
  });

  it("does not put it back over another table, or when a defined name has its name", () => {
    const { pkg, entries } = workbook(["S", ""]);
    withTable(pkg, entries[0].path, "Budget", "C2:D9");
    expect(restoreTable(pkg, entries[0], area(0, 0, 3, 3), ["a", "b", "c"])).toEqual({
      notRepaired:
        "the questionnaire table was not put back: another table (C2:D9) overlaps S!A1:C3",
    });
    setDefinedName(pkg, TABLE_NAME.toUpperCase(), "S!$A$1");
    expect(restoreTable(pkg, entries[0], area(0, 5, 3, 3), ["a", "b", "c"])).toEqual({
      notRepaired: `the questionnaire table was not put back: the workbook has a defined name ${TABLE_NAME}`,
    });
    expect(
      pkg.relationships(entries[0].path).filter((r) => r.type === REL_TYPES.table)
    ).toHaveLength(1);
  });
});
