import { COLUMN_ORDER, SETTING_KEYS, SHEET_MARKERS } from "../../src/core/workbook/names";
import { dateSerial } from "../../src/core/workbook/keptContent";
import { WorkbookError } from "../../src/core/workbook/errors";
import { LISTS_HEAD_ROWS } from "../../src/core/workbook/snapshot";
import { NS } from "../../src/xlsx/package/xml";
import { REL_TYPES, XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { NotAWorkbookError } from "../../src/xlsx/package/zipFile";
import { addSheet, emptyWorkbook, removeDefinedName } from "../../src/xlsx/parts/workbookEdits";
import { readSnapshot, sharedStringsPart } from "../../src/xlsx/readSnapshot";
import { newAssessmentWorkbook, scoreAssessmentFile } from "../../src/xlsx/workbookFile";
import { DETAILS, dropQuestionnaireTable, edit, filledSurrey, PUBLIC } from "../helpers/workbooks";

/*
 * readSnapshot.ts reads, in one scan of a package, what planRescore needs: the sheets, svmi's
 * markers, the lists sheet's record, the questionnaire table (header, body, the details above it)
 * and the sheets svmi drew; and beside it the handles applying the plan needs.
 */

const template = () => XlsxPackage.open(newAssessmentWorkbook(PUBLIC, DETAILS));
const scored = () => XlsxPackage.open(scoreAssessmentFile(filledSurrey()).bytes);
const questionIds = PUBLIC.themes.flatMap((t) => t.questions.map((q) => q.id));

describe("readSnapshot on a new template", () => {
  const { snapshot, handles } = readSnapshot(template());

  it("reads the sheets and the markers pointing at them", () => {
    expect(snapshot.sheetNames).toEqual(["Questionnaire", "SVMI Lists"]);
    expect([...snapshot.markers]).toEqual([
      [SHEET_MARKERS.questionnaire, "Questionnaire"],
      [SHEET_MARKERS.lists, "SVMI Lists"],
    ]);
    expect(snapshot.settings).toEqual({});
    expect(snapshot.drawn).toEqual({});
  });

  it("reads the whole lists sheet: its record first, then a row per question (carried marks go there)", () => {
    const top = snapshot.lists!.top;
    expect(snapshot.lists!.sheet).toBe("SVMI Lists");
    expect(top.slice(0, 2).map((r) => r.slice(0, 2))).toEqual([
      [SETTING_KEYS.framework, PUBLIC.id],
      [SETTING_KEYS.version, PUBLIC.version],
    ]);
    expect(top.slice(LISTS_HEAD_ROWS + 1).map((r) => r[0])).toEqual(questionIds);
  });

  it("reads the questionnaire's header, one body row per question, and the details above", () => {
    const q = snapshot.questionnaire!;
    expect(q.sheet).toBe("Questionnaire");
    expect(q.header).toEqual(COLUMN_ORDER);
    expect(q.body.map((r) => r[1])).toEqual(questionIds);
    expect(
      q.body.every((r) => r.length === COLUMN_ORDER.length && r[3] === null && r[4] === null)
    ).toBe(true);
    expect([q.bodyRow, q.bodyColumn]).toEqual([7, 0]);
    expect(q.above).toHaveLength(6); // rows 1-6, above the header in row 7
    expect(q.above).toContainEqual(["Organisation", DETAILS.organisation]);
    expect(q.above).toContainEqual(["Assessment date", dateSerial(DETAILS.date)]);
  });

  it("hands back the table's sheet, area and headers, and the lists sheet", () => {
    expect(handles!.tableSheet.name).toBe("Questionnaire");
    expect(handles!.table).toEqual({
      row: 6,
      column: 0,
      rows: questionIds.length + 1,
      columns: 8,
      missing: false,
    });
    expect(handles!.headers).toEqual(COLUMN_ORDER);
    expect(handles!.listsEntry?.name).toBe("SVMI Lists");
    expect(handles!.shared).toEqual([]); // svmi writes inline strings
  });
});

describe("readSnapshot on a scored workbook", () => {
  it("reads each sheet svmi drew, its grid and its cells, with the elements to copy", () => {
    const { snapshot, handles } = readSnapshot(scored());
    expect(Object.keys(snapshot.drawn)).toEqual(["results", "actionPlan", "tracker"]);
    const results = snapshot.drawn.results!;
    expect(results.sheet).toBe("Results");
    expect(results.grid[1]).toEqual(["Organisation", DETAILS.organisation]);
    expect(results.cells).toContainEqual({
      row: 1,
      column: 1,
      value: DETAILS.organisation,
      formula: undefined,
    });
    expect(handles!.drawn.results!.read.cells).toBe(results.cells);
    expect(handles!.drawn.results!.read.elements.size).toBe(results.cells.length);
    expect(snapshot.lists!.top.map((r) => r[0])).toContain("svmi.drawn");
  });

  it("does not read a sheet marked as Results that is really the questionnaire as drawn", () => {
    const pkg = scored();
    pkg.setText(
      pkg.workbookPath,
      pkg.text(pkg.workbookPath)!.replace(">Results!$A$1<", ">Questionnaire!$A$1<")
    );
    const { snapshot } = readSnapshot(pkg);
    expect(snapshot.markers.get(SHEET_MARKERS.results)).toBe("Questionnaire");
    expect(snapshot.drawn.results).toBeUndefined();
    expect(snapshot.drawn.actionPlan?.sheet).toBe("Action Plan");
    expect(snapshot.questionnaire?.sheet).toBe("Questionnaire");
  });
});

describe("readSnapshot on workbooks other programs changed", () => {
  it("finds the lists sheet by its record when its marker was dropped", () => {
    const pkg = template();
    removeDefinedName(pkg, SHEET_MARKERS.lists);
    const { snapshot, handles } = readSnapshot(pkg);
    expect(snapshot.markers.has(SHEET_MARKERS.lists)).toBe(false);
    expect(snapshot.lists?.sheet).toBe("SVMI Lists");
    expect(handles!.listsEntry?.name).toBe("SVMI Lists");
  });

  it("finds a questionnaire whose table was dropped by its header row, and says so", () => {
    const pkg = template();
    dropQuestionnaireTable(pkg);
    const { snapshot, handles } = readSnapshot(pkg);
    expect(handles!.table).toMatchObject({ row: 6, column: 0, missing: true });
    expect(snapshot.questionnaire!.body.map((r) => r[1])).toEqual(questionIds);
  });

  it("reads only the cells a table running to the sheet's last row and column holds", () => {
    const bytes = edit(newAssessmentWorkbook(PUBLIC, DETAILS), (pkg) => {
      const path = "xl/tables/table1.xml";
      pkg.setText(path, pkg.text(path)!.replace(/ref="A7:H67"/g, 'ref="A7:XFD1048576"'));
    });
    const { snapshot, handles } = readSnapshot(XlsxPackage.open(bytes));
    expect(handles!.table.rows).toBe(questionIds.length + 1);
    expect(handles!.headers).toEqual(COLUMN_ORDER);
    expect(snapshot.questionnaire!.header).toEqual(COLUMN_ORDER);
    expect(snapshot.questionnaire!.body).toHaveLength(questionIds.length);
    expect(snapshot.questionnaire!.body[0]).toHaveLength(COLUMN_ORDER.length);
  });

  it("reads text through the workbook's shared strings", () => {
    const pkg = emptyWorkbook();
    const sheet = addSheet(pkg, "Answers", false);
    pkg.setText(
      "xl/sharedStrings.xml",
      `<sst xmlns="${NS.main}"><si><t>Question ID</t></si><si><t>Present</t></si><si><t>Future</t></si><si><t>A1</t></si></sst>`
    );
    pkg.addRelationship(pkg.workbookPath, REL_TYPES.sharedStrings, "xl/sharedStrings.xml");
    pkg.addOverride(
      "xl/sharedStrings.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    );
    const cell = (r: string, i: number) => `<c r="${r}" t="s"><v>${i}</v></c>`;
    pkg.setText(
      sheet.path,
      `<worksheet xmlns="${NS.main}"><sheetData><row r="1">${cell("A1", 0)}${cell("B1", 1)}${cell("C1", 2)}</row><row r="2">${cell("A2", 3)}</row></sheetData></worksheet>`
    );
    expect(sharedStringsPart(pkg)).toBeDefined();
    const { snapshot, handles } = readSnapshot(pkg);
    expect(snapshot.questionnaire).toMatchObject({
      sheet: "Answers",
      header: ["Question ID", "Present", "Future"],
      body: [["A1", null, null]],
    });
    expect(handles!.shared).toEqual(["Question ID", "Present", "Future", "A1"]);
    expect(snapshot.lists).toBeUndefined();
  });

  it("gives no handles when there is no questionnaire, but still the snapshot", () => {
    const pkg = emptyWorkbook();
    addSheet(pkg, "Budget", false);
    const { snapshot, handles } = readSnapshot(pkg);
    expect(handles).toBeUndefined();
    expect(snapshot.sheetNames).toEqual(["Budget"]);
    expect(snapshot.questionnaire).toBeUndefined();
  });

  it("refuses a workbook with no sheets, or a sheet with no worksheet part", () => {
    expect(() => readSnapshot(emptyWorkbook())).toThrow(
      new WorkbookError("The workbook has no sheets.")
    );
    const pkg = emptyWorkbook();
    const { path } = addSheet(pkg, "Gone", false);
    pkg.delete(path);
    expect(() => readSnapshot(pkg)).toThrow(NotAWorkbookError);
    expect(() => readSnapshot(pkg)).toThrow(
      "is damaged: its sheet 'Gone' has no worksheet part (repair it in Excel and save again)"
    );
  });
});
