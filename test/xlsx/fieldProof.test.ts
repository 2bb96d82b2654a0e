import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { SHEET_MARKERS, TABLE_NAME } from "../../src/core/workbook/names";
import { TRACKER_TABLE } from "../../src/core/workbook/layouts/tracker";
import { addAssessmentToWorkbook, scoreAssessmentFile } from "../../src/xlsx/workbookFile";
import { NS } from "../../src/xlsx/package/xml";
import { REL_TYPES, relsPathOf, XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { attributeOf, XmlPart, type XmlElement } from "../../src/xlsx/package/xmlPart";
import { PartsPackage } from "../../scripts/producers/partsPackage";
import { prefixSpreadsheetML } from "../../scripts/producers/xPrefixed";
import { expectExcelClean } from "../helpers/excelStrict";
import {
  cells,
  DETAILS,
  dropQuestionnaireTable,
  edit,
  filledSurrey,
  marked,
  PUBLIC,
  type,
} from "../helpers/workbooks";

/*
 * Files other programs made, and what people type on the sheets svmi owns (issue 9): each defect
 * first reproduced here, then fixed.
 */

const public_ = PUBLIC;
const filled = filledSurrey;

/**
 * Every XML part parses namespace-aware (an unbound prefix is an error), and every element of an
 * Open XML part is in a namespace: one written unprefixed into an x:-prefixed part would not be.
 * (Legacy VML drawings have a bare <xml> root by design.)
 */
function expectEveryPartParses(bytes: Uint8Array): void {
  const entries = unzipSync(bytes);
  for (const [path, data] of Object.entries(entries)) {
    if (!/\.(xml|rels|vml)$/.test(path)) continue;
    const part = XmlPart.parse(new TextDecoder().decode(data));
    if (path.endsWith(".vml")) continue;
    const outside: string[] = [];
    const visit = (e: XmlElement) => {
      if (!e.uri) outside.push(e.name);
      e.children.forEach(visit);
    };
    visit(part.root);
    expect([path, outside]).toEqual([path, []]);
  }
}

const themeLevels = (bytes: Uint8Array) =>
  scoreAssessmentFile(bytes).score.result.themes.map((t) => [
    t.id,
    t.present.level,
    t.future.level,
  ]);

describe("workbooks other programs wrote", () => {
  const expected = themeLevels(filled());

  test("xmlns:r declared on each <sheet> only (openpyxl): new sheets get a bound r:id", () => {
    const input = edit(filled(), (pkg) => {
      const xml = pkg.text(pkg.workbookPath)!;
      pkg.setText(
        pkg.workbookPath,
        xml.replace(` xmlns:r="${NS.rel}"`, "").replace(/<sheet /g, `<sheet xmlns:r="${NS.rel}" `)
      );
    });
    expect(() => XmlPart.parse(XlsxPackage.open(input).text("xl/workbook.xml")!)).not.toThrow();
    const out = scoreAssessmentFile(input);
    expectEveryPartParses(out.bytes);
    expectExcelClean(out.bytes);
    const pkg = XlsxPackage.open(out.bytes);
    expect(pkg.sheets().map((s) => [s.name, pkg.has(s.path)])).toEqual([
      ["Questionnaire", true],
      ["SVMI Lists", true],
      ["Results", true],
      ["Action Plan", true],
      ["Action Tracker", true],
    ]);
    expect(themeLevels(out.bytes)).toEqual(expected);
  });

  test("x:-prefixed SpreadsheetML (Open XML SDK): new rows, cells, sheets, names and styles stay in its namespace", () => {
    const prefixed = PartsPackage.open(filled());
    prefixSpreadsheetML(prefixed);
    const input = prefixed.toBytes();
    expect(XlsxPackage.open(input).text("xl/workbook.xml")).toMatch(/^<\?xml[^>]*>\s*<x:workbook/);
    const out = scoreAssessmentFile(input);
    expectEveryPartParses(out.bytes);
    expectExcelClean(out.bytes);
    expect(themeLevels(out.bytes)).toEqual(expected);
    const pkg = XlsxPackage.open(out.bytes);
    expect(pkg.sheets().map((s) => s.name)).toEqual([
      "Questionnaire",
      "SVMI Lists",
      "Results",
      "Action Plan",
      "Action Tracker",
    ]);
    expect(pkg.definedNames().map((n) => n.name)).toContain(SHEET_MARKERS.tracker);
    // The level cells written into the prefixed questionnaire use its prefix.
    const questionnaire = pkg.text(marked(pkg, SHEET_MARKERS.questionnaire).path)!;
    expect(questionnaire).toMatch(/<x:c r="F8"[^>]*t="inlineStr"><x:is><x:t>Leader<\/x:t>/);
    expect(pkg.text("xl/styles.xml")).not.toMatch(/<(font|xf|dxf|numFmt)\b/);
  });

  test("the questionnaire table dropped (Gnumeric, SheetJS): found by its header row and restored", () => {
    const input = edit(filled(), (pkg) => {
      dropQuestionnaireTable(pkg);
    });
    const out = scoreAssessmentFile(input);
    expect(out.repairs).toEqual([
      expect.stringMatching(
        /^restored the questionnaire table SVMI_Questions over Questionnaire!A7:H\d+/
      ),
    ]);
    expect(themeLevels(out.bytes)).toEqual(expected);
    expectExcelClean(out.bytes);
    // The output has its table again: the next scoring needs no repair.
    expect(scoreAssessmentFile(out.bytes).repairs).toEqual([]);
    const pkg = XlsxPackage.open(out.bytes);
    const sheet = marked(pkg, SHEET_MARKERS.questionnaire);
    const table = pkg.relationships(sheet.path).find((r) => r.type === REL_TYPES.table)!;
    expect(attributeOf(pkg.xml(table.target)!.root, "name")).toBe(TABLE_NAME);
  });

  test("a restored table's header cells follow Excel's column names (a repeated header is numbered)", () => {
    const input = edit(filled(), (pkg) => {
      dropQuestionnaireTable(pkg);
      type(pkg, SHEET_MARKERS.questionnaire, [[6, 7, "question"]]); // beside "Question"
    });
    const out = scoreAssessmentFile(input);
    expectExcelClean(out.bytes);
    expect(cells(XlsxPackage.open(out.bytes), SHEET_MARKERS.questionnaire)[6][7]).toBe("question2");
  });

  test("a dangling relationship (a theme with no theme part) is dropped, with a note", () => {
    const input = edit(filled(), (pkg) =>
      pkg.addRelationship(pkg.workbookPath, `${NS.rel}/theme`, "xl/theme/theme1.xml")
    );
    const out = scoreAssessmentFile(input);
    expect(out.repairs).toEqual([
      "dropped a link from xl/workbook.xml to the missing part xl/theme/theme1.xml",
    ]);
    const rels = XlsxPackage.open(out.bytes).relationships("xl/workbook.xml");
    expect(rels.filter((r) => r.target.includes("theme"))).toEqual([]);
    expectExcelClean(out.bytes);
  });

  test.each(["FY24", "Q1", "R2D2", "TRUE", "It's ours"])(
    "our sheets renamed %s: every formula, print name and link quotes the name",
    (name) => {
      const scored = scoreAssessmentFile(filled()).bytes;
      const renamed = edit(scored, (pkg) => {
        const xml = pkg.text(pkg.workbookPath)!;
        const escaped = name.replace(/'/g, "&apos;");
        pkg.setText(
          pkg.workbookPath,
          xml
            .replace('name="Results"', `name="${escaped}"`)
            .replace(/>Results!/g, `>'${name.replace(/'/g, "''").replace(/'/g, "&apos;")}'!`)
        );
      });
      const out = scoreAssessmentFile(renamed).bytes;
      expectExcelClean(out);
      const pkg = XlsxPackage.open(out);
      const quoted = `'${name.replace(/'/g, "''")}'!`;
      const chart = pkg.paths().find((p) => p.startsWith("xl/charts/"))!;
      expect(pkg.text(chart)).toContain(`<c:f>${quoted.replace(/'/g, "'")}`);
      const printArea = pkg
        .definedNames()
        .find((n) => n.name === "_xlnm.Print_Area" && n.formula.includes(quoted));
      expect(printArea).toBeDefined();
    }
  );
});

describe("the Action Tracker's own columns", () => {
  test("a header with a line break and headers differing only in case make valid, unique columns", () => {
    const scored = scoreAssessmentFile(filled()).bytes;
    const typed = edit(scored, (pkg) => {
      const header = cells(pkg, SHEET_MARKERS.tracker).findIndex((r) => r.includes("Question ID"));
      const width = cells(pkg, SHEET_MARKERS.tracker)[header].length;
      type(pkg, SHEET_MARKERS.tracker, [
        [header, width, "Cost\nestimate"],
        [header, width + 1, "notes"],
        [header, width + 2, "cost\nESTIMATE"],
        [header + 1, width, "£2,000"],
        [header + 1, width + 1, "ask finance"],
        [header + 1, width + 2, "£1,500"],
      ]);
    });
    const out = scoreAssessmentFile(typed).bytes;
    expectExcelClean(out);
    const pkg = XlsxPackage.open(out);
    const sheet = marked(pkg, SHEET_MARKERS.tracker);
    const tableRel = pkg.relationships(sheet.path).find((r) => r.type === REL_TYPES.table)!;
    const table = pkg.xml(tableRel.target)!;
    expect(attributeOf(table.root, "name")).toBe(TRACKER_TABLE);
    const names = table
      .descendants(table.root, "tableColumn", NS.main)
      .map((c) => attributeOf(c, "name"));
    expect(names.slice(-3)).toEqual(["Cost_x000a_estimate", "notes2", "cost_x000a_ESTIMATE2"]);
    expect(new Set(names.map((n) => n!.toLowerCase())).size).toBe(names.length);
    // What was typed in the new columns is still there, under its column.
    const after = cells(pkg, SHEET_MARKERS.tracker);
    const header = after.findIndex((r) => r.includes("Question ID"));
    const at = (h: string) => after[header].indexOf(h);
    expect(after[header + 1][at("Cost\nestimate")]).toBe("£2,000");
    expect(after[header + 1][at("notes2")]).toBe("ask finance");
  });
});

describe("what people type on the sheets svmi owns", () => {
  const scored = scoreAssessmentFile(filled()).bytes;

  test("text and formulas beside and below the tracker, and an edit of its header block, are kept", () => {
    const pkg = XlsxPackage.open(scored);
    const tracker = cells(pkg, SHEET_MARKERS.tracker);
    const last = tracker.length - 1;
    const width = Math.max(...tracker.map((r) => r.length));
    const typedPkg = XlsxPackage.open(scored);
    type(typedPkg, SHEET_MARKERS.tracker, [
      [7, width + 1, "beside, after a gap"],
      [last + 3, 0, "below the table"],
      [0, 0, "Our tracker (renamed by the board)"],
    ]);
    // A formula below the table, as Excel writes one.
    const path = marked(typedPkg, SHEET_MARKERS.tracker).path;
    typedPkg.setText(
      path,
      typedPkg
        .text(path)!
        .replace(
          "</sheetData>",
          `<row r="${last + 6}"><c r="B${last + 6}"><f>SUM(E8:E9)</f><v>2</v></c></row></sheetData>`
        )
    );
    const out = scoreAssessmentFile(typedPkg.toBytes());
    expectExcelClean(out.bytes);
    const after = cells(XlsxPackage.open(out.bytes), SHEET_MARKERS.tracker);
    expect(after[7][width + 1]).toBe("beside, after a gap");
    expect(after[last + 3][0]).toBe("below the table");
    expect(after[0][0]).toBe("SVMI action tracker"); // our title is redrawn…
    const kept = after.findIndex((r) => String(r[0] ?? "").startsWith("Kept by svmi"));
    expect(after[kept + 1]).toEqual(["From A1", "Our tracker (renamed by the board)"]); // …and theirs kept
    expect(out.notices).toEqual([
      expect.stringMatching(
        /^Action Tracker: 1 cell you typed where the new layout writes \(A1\) moved to A\d+/
      ),
    ]);
    const xml = XlsxPackage.open(out.bytes).text(
      marked(XlsxPackage.open(out.bytes), SHEET_MARKERS.tracker).path
    )!;
    expect(xml).toContain(`<c r="B${last + 6}"><f>SUM(E8:E9)</f><v>2</v></c>`);
    // Scoring again moves nothing twice and loses nothing.
    const again = scoreAssessmentFile(out.bytes);
    expect(again.notices).toEqual([]);
    expect(cells(XlsxPackage.open(again.bytes), SHEET_MARKERS.tracker)).toEqual(after);
  });

  test("a cell note on the Action Plan survives re-scoring", () => {
    const withNote = edit(scored, (pkg) => {
      const plan = marked(pkg, SHEET_MARKERS.actionPlan);
      pkg.setText(
        "xl/comments1.xml",
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><comments xmlns="${NS.main}"><authors><author>Ann</author></authors><commentList><comment ref="A1" authorId="0"><text><t>Agreed at the March board</t></text></comment></commentList></comments>`
      );
      pkg.setText(
        "xl/drawings/vmlDrawing1.vml",
        `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`
      );
      pkg.addOverride(
        "xl/comments1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
      );
      const comments = pkg.addRelationship(plan.path, `${NS.rel}/comments`, "xl/comments1.xml");
      const vml = pkg.addRelationship(
        plan.path,
        `${NS.rel}/vmlDrawing`,
        "xl/drawings/vmlDrawing1.vml"
      );
      expect(comments).not.toBe(vml);
      pkg.setText(
        plan.path,
        pkg.text(plan.path)!.replace("</worksheet>", `<legacyDrawing r:id="${vml}"/></worksheet>`)
      );
    });
    const twice = scoreAssessmentFile(scoreAssessmentFile(withNote).bytes).bytes;
    const pkg = XlsxPackage.open(twice);
    const plan = marked(pkg, SHEET_MARKERS.actionPlan);
    const rels = pkg.relationships(plan.path);
    const commentsRel = rels.find((r) => r.type === `${NS.rel}/comments`);
    expect(pkg.text(commentsRel!.target)).toContain("Agreed at the March board");
    const vmlRel = rels.find((r) => r.type === `${NS.rel}/vmlDrawing`)!;
    expect(pkg.text(plan.path)).toContain(`<legacyDrawing r:id="${vmlRel.id}"/>`);
    expect(pkg.has(relsPathOf(plan.path))).toBe(true);
  });
});

describe("svmi template --into: an assessment inside a workbook the user already has", () => {
  let budget: Uint8Array;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Budget 2026");
    sheet.addRow(["Line", "Amount"]);
    sheet.addRow(["Social value officer", 42000]);
    sheet.getCell("C2").value = { formula: "B2*1.1", result: 46200 };
    book.definedNames.add("'Budget 2026'!$B$2", "Officer");
    budget = new Uint8Array(await book.xlsx.writeBuffer());
  });

  test("adds the Questionnaire and lists sheets and keeps every other part byte for byte", () => {
    const out = addAssessmentToWorkbook(budget, public_, DETAILS);
    expectExcelClean(out);
    expectEveryPartParses(out);
    const before = unzipSync(budget);
    const after = unzipSync(out);
    const touched = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ]);
    for (const [path, data] of Object.entries(before)) {
      if (!touched.has(path))
        expect([path, Buffer.from(after[path]).equals(Buffer.from(data))]).toEqual([path, true]);
    }
    const pkg = XlsxPackage.open(out);
    expect(pkg.sheets().map((s) => s.name)).toEqual(["Budget 2026", "Questionnaire", "SVMI Lists"]);
    expect(pkg.definedNames().find((n) => n.name === "Officer")?.formula).toBe(
      "'Budget 2026'!$B$2"
    );
    // The new assessment scores once filled in, like a template.
    expect(scoreAssessmentFile(out).score.result.themes).toHaveLength(10);
    // And it is refused a second time: one assessment per workbook.
    expect(() => addAssessmentToWorkbook(out, public_, DETAILS)).toThrow(
      /already holds an SVMI assessment/
    );
  });
});
