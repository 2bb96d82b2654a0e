import { XMLParser, XMLValidator } from "fast-xml-parser";
import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { SVMI_LEVEL_LABELS } from "../../src/core/framework/builtIn/svmiLevels";
import { createAssessment, rescore } from "../../src/office/rescore";
import { ALL_CAPABILITIES } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";
import {
  newAssessmentWorkbook,
  scoreAssessmentFile,
  filledAnswers,
} from "../../src/xlsx/workbookFile";
import {
  readCells,
  readSharedStrings,
  writeTextCells,
  type ReadValue,
} from "../../src/xlsx/parts/sheetCells";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { expectExcelClean } from "../helpers/excelStrict";

/*
 * The .xlsx adapter: what `svmi template` and `svmi score` write, checked part by part, and
 * compared with what the add-in draws for the same assessment.
 */

const public_ = getFramework("public");
const DETAILS = {
  frameworkId: "public",
  organisation: "Surrey County Council",
  date: "2026-11-22",
};
const surreyAnswers = filledAnswers(answersFromLevels(public_, SURREY.answers));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

function open(bytes: Uint8Array) {
  expectExcelClean(bytes);
  const pkg = XlsxPackage.open(bytes);
  const shared = readSharedStrings(pkg.text("xl/sharedStrings.xml"));
  const sheet = (name: string) => {
    const entry = pkg.sheets().find((s) => s.name === name);
    if (!entry) throw new Error(`no sheet ${name}`);
    return { entry, xml: pkg.text(entry.path)!, cells: readCells(pkg.text(entry.path)!, shared) };
  };
  return { pkg, sheet };
}

describe("svmi template (newAssessmentWorkbook)", () => {
  const { pkg, sheet } = open(newAssessmentWorkbook(public_, DETAILS));

  it("writes well-formed XML in every part", () => {
    for (const path of pkg.paths().filter((p) => /\.(xml|rels)$/.test(p))) {
      expect([path, XMLValidator.validate(pkg.text(path)!)]).toEqual([path, true]);
    }
  });

  it("has the Questionnaire first and the lists sheet hidden, each marked by a defined name", () => {
    expect(pkg.sheets().map((s) => [s.name, s.hidden])).toEqual([
      ["Questionnaire", false],
      ["SVMI Lists", true],
    ]);
    const names = Object.fromEntries(pkg.definedNames().map((n) => [n.name, n.formula]));
    expect(names).toMatchObject({
      SVMI_Questionnaire: "Questionnaire!$A$1",
      SVMI_Lists: "'SVMI Lists'!$A$1",
      "_xlnm.Print_Titles": "Questionnaire!$7:$7",
    });
  });

  it("records the framework id and version in cells of the lists sheet", () => {
    const lists = sheet("SVMI Lists").cells;
    expect(lists[0].slice(0, 2)).toEqual(["svmi.framework", "public"]);
    expect(lists[1].slice(0, 2)).toEqual(["svmi.version", public_.version]);
  });

  it("holds the questionnaire table SVMI_Questions over A7:H67 with the eight columns", () => {
    const q = sheet("Questionnaire");
    const tableRel = pkg.relationships(q.entry.path).find((r) => r.type.endsWith("/table"))!;
    const table = parser.parse(pkg.text(tableRel.target)!).table;
    expect(table).toMatchObject({
      name: "SVMI_Questions",
      displayName: "SVMI_Questions",
      ref: "A7:H67",
    });
    const columns = table.tableColumns.tableColumn.map((c: { name: string }) => c.name);
    expect(columns).toEqual(q.cells[6]);
    expect(q.cells[7].slice(0, 2)).toEqual(["A Policy & Scope", "A1"]);
    expect(pkg.contentTypeOf(tableRel.target)).toMatch(/table\+xml$/);
  });

  it("gives each answer pair a dropdown of its own options from the lists sheet", () => {
    const ws = parser.parse(sheet("Questionnaire").xml).worksheet;
    const validations = ws.dataValidations.dataValidation;
    expect(validations).toHaveLength(60);
    expect(validations[0]).toMatchObject({ type: "list", sqref: "D8:E8" });
    expect(validations[0].formula1).toBe("'SVMI Lists'!$B$5:$F$5");
    const lists = sheet("SVMI Lists").cells;
    const a1Options = public_.themes[0].questions[0].options.map((o) => o.text);
    expect(lists[4].slice(1)).toEqual(a1Options);
  });

  it("colours the level columns by level name with five rules, one per level", () => {
    const ws = parser.parse(sheet("Questionnaire").xml).worksheet;
    const rules = [ws.conditionalFormatting].flat()[0];
    expect(rules.sqref).toBe("F8:G67");
    expect(rules.cfRule.map((r: { text: string }) => r.text)).toEqual([...SVMI_LEVEL_LABELS]);
    const styles = parser.parse(pkg.text("xl/styles.xml")!).styleSheet;
    const dxfCount = [styles.dxfs.dxf].flat().length;
    expect(Number(styles.dxfs.count)).toBe(dxfCount);
    for (const r of rules.cfRule) expect(Number(r.dxfId)).toBeLessThan(dxfCount);
  });

  it("freezes the header, prints landscape one page wide, and writes the date as a date", () => {
    const q = sheet("Questionnaire");
    const ws = parser.parse(q.xml).worksheet;
    expect(ws.sheetViews.sheetView.pane).toMatchObject({ ySplit: "7", state: "frozen" });
    expect(ws.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToWidth: "1",
      fitToHeight: "0",
    });
    expect(q.cells[2][1]).toBe(46348); // 2026-11-22 as Excel's day number
  });
});

describe("svmi score (scoreAssessmentFile)", () => {
  const filled = newAssessmentWorkbook(public_, DETAILS, surreyAnswers);
  const scored = scoreAssessmentFile(filled);
  const { pkg, sheet } = open(scored.bytes);

  it("reproduces Surrey's worked example", () => {
    expect(scored.score.result.overall.present).toMatchObject({ mean: 2.4, label: "Mature" });
    expect(scored.score.result.overall.future).toMatchObject({ mean: 3.2, label: "Leader" });
    expect(scored.score.problems).toEqual([]);
    expect(scored.details).toMatchObject({
      organisation: "Surrey County Council",
      date: "2026-11-22",
    });
  });

  it("fills the level columns of every question row", () => {
    const rows = sheet("Questionnaire").cells.slice(7, 67);
    const byId = new Map(scored.score.result.questions.map((q) => [q.id, q]));
    for (const row of rows) {
      const q = byId.get(String(row[1]))!;
      expect([row[1], row[5], row[6]]).toEqual([q.id, q.present.label, q.future.label]);
    }
  });

  it("adds Results and Action Plan sheets, marked, after the existing ones", () => {
    expect(pkg.sheets().map((s) => s.name)).toEqual([
      "Questionnaire",
      "SVMI Lists",
      "Results",
      "Action Plan",
      "Action Tracker",
    ]);
    const names = pkg.definedNames().map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(["SVMI_Results", "SVMI_ActionPlan"]));
    expect(pkg.definedNames()).toContainEqual({
      name: "_xlnm.Print_Area",
      formula: "Results!$A$1:$O$27",
      localSheetId: 2,
    });
  });

  it("draws a native radar chart over the Results sheet's chart block, with cached values", () => {
    const results = sheet("Results");
    const drawingRel = pkg
      .relationships(results.entry.path)
      .find((r) => r.type.endsWith("/drawing"))!;
    expect(parser.parse(results.xml).worksheet.drawing["r:id"]).toBe(drawingRel.id);
    const chartRel = pkg.relationships(drawingRel.target).find((r) => r.type.endsWith("/chart"))!;
    expect(pkg.contentTypeOf(chartRel.target)).toMatch(/drawingml\.chart\+xml$/);
    const chart = parser.parse(pkg.text(chartRel.target)!)["c:chartSpace"]["c:chart"];
    const series = chart["c:plotArea"]["c:radarChart"]["c:ser"];
    expect(series).toHaveLength(2);
    expect(series[0]["c:val"]["c:numRef"]["c:f"]).toBe("Results!$R$9:$R$18");
    expect(series[1]["c:val"]["c:numRef"]["c:f"]).toBe("Results!$S$9:$S$18");
    const cached = series[0]["c:val"]["c:numRef"]["c:numCache"]["c:pt"].map(
      (p: { "c:v": number }) => Number(p["c:v"])
    );
    expect(cached).toEqual(scored.score.result.themes.map((t) => t.present.level));
    // The cells the formulas name hold the same numbers.
    expect(results.cells.slice(8, 18).map((row) => row[17])).toEqual(cached);
  });

  it("looks the same as the add-in's workbook for the same assessment", async () => {
    const book = new FakeWorkbook();
    const excel = createFakeExcel(book);
    await excel.run((ctx) => createAssessment(ctx, public_, DETAILS, ALL_CAPABILITIES));
    const rowOf = new Map(book.sheet("Questionnaire").values.map((row, i) => [row[1], i + 1]));
    for (const [id, answer] of surreyAnswers) {
      await book.userEdit("Questionnaire", `D${rowOf.get(id)}:E${rowOf.get(id)}`, [
        [answer.present!, answer.future!],
      ]);
    }
    await excel.run((ctx) => rescore(ctx, ALL_CAPABILITIES));
    const normal = (rows: readonly (readonly unknown[])[]) =>
      rows
        .map(
          (row) => Array.from(row, (v) => (v === null || v === undefined ? "" : v)) as ReadValue[]
        )
        .map((row) => {
          while (row.length && row[row.length - 1] === "") row.pop();
          return row;
        });
    const lists = normal(sheet("SVMI Lists").cells);
    lists[1][1] = 1; // Excel (and the fake) turn the typed version "1.0" into a number
    expect(lists).toEqual(normal(book.sheet("SVMI Lists").values));
    for (const name of ["Results", "Action Plan", "Action Tracker"]) {
      expect([name, normal(sheet(name).cells)]).toEqual([name, normal(book.sheet(name).values)]);
    }
    const q = normal(sheet("Questionnaire").cells);
    expect(q).toEqual(normal(book.sheet("Questionnaire").values));
  });

  it("re-scoring its own output changes nothing the user sees", () => {
    const again = open(scoreAssessmentFile(scored.bytes).bytes);
    for (const name of ["Questionnaire", "Results", "Action Plan"]) {
      expect(again.sheet(name).cells).toEqual(sheet(name).cells);
    }
    expect(again.pkg.paths().filter((p) => p.startsWith("xl/charts/"))).toHaveLength(1);
    expect(again.pkg.sheets()).toHaveLength(5);
  });
});

describe("output sheet layouts", () => {
  const scored = scoreAssessmentFile(newAssessmentWorkbook(public_, DETAILS, surreyAnswers)).score;

  it.each([
    ["Results", scored.results],
    ["Action Plan", scored.actionPlan],
  ])("%s: the detail labels fit column A and the table header row is the styled one", (_, spec) => {
    // About 7 points per character of 11-point bold text.
    for (const row of spec.values.slice(1, 5)) {
      expect(String(row[0]).length * 7).toBeLessThanOrEqual(spec.columnWidths[0]);
    }
    const headerRow = spec.values.findIndex((row) => row.includes("Theme"));
    const filled = spec.styles.filter((s) => s.style.fill === "#1F3A5F").map((s) => s.row);
    expect(filled).toEqual([headerRow]);
  });
});

describe("the Action Tracker in the file", () => {
  it("keeps what the team typed over re-scores and retires actions no longer planned", () => {
    const first = open(
      scoreAssessmentFile(newAssessmentWorkbook(public_, DETAILS, surreyAnswers)).bytes
    );
    const tracker = first.sheet("Action Tracker");
    const header = tracker.cells.findIndex((row) => row.includes("Question ID"));
    const columns = tracker.cells[header] as string[];
    const col = (name: string) => columns.indexOf(name);
    const rowOf = (id: string, level: string) =>
      tracker.cells.findIndex(
        (row) => row[col("Question ID")] === id && row[col("Target level")] === level
      );
    // Surrey plans C1 from Mature to Leader (see the Action Plan); the team takes it on.
    const c1 = rowOf("C1", "Leader");
    expect(c1).toBeGreaterThan(header);
    const typed = writeTextCells(tracker.xml, [
      { row: c1, column: col("Owner"), text: "Head of Procurement" },
      { row: c1, column: col("Status"), text: "In progress" },
    ]).xml;
    first.pkg.setText(tracker.entry.path, typed);
    // Then the future answer of C1 is lowered to its present one: the action is no longer needed.
    const q = first.sheet("Questionnaire");
    const qRow = q.cells.findIndex((row) => row[1] === "C1");
    first.pkg.setText(
      q.entry.path,
      writeTextCells(q.xml, [{ row: qRow, column: 4, text: String(q.cells[qRow][3]) }]).xml
    );
    const second = open(scoreAssessmentFile(first.pkg.toBytes()).bytes);
    const after = second.sheet("Action Tracker").cells;
    const kept = after.find(
      (row) => row[col("Question ID")] === "C1" && row[col("Target level")] === "Leader"
    )!;
    expect([kept[col("Owner")], kept[col("Status")], kept[col("In plan")]]).toEqual([
      "Head of Procurement",
      "In progress",
      "No longer required",
    ]);
  });
});
