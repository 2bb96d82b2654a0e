import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { SHEET_MARKERS } from "../../src/core/workbook/names";
import {
  filledAnswers,
  newAssessmentWorkbook,
  scoreAssessmentFile,
} from "../../src/xlsx/workbookFile";
import { readCells, writeTextCells } from "../../src/xlsx/parts/sheetCells";
import { StyleBook } from "../../src/xlsx/parts/styleBook";
import { NS } from "../../src/xlsx/package/xml";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { XmlPart } from "../../src/xlsx/package/xmlPart";
import { expectExcelClean } from "../helpers/excelStrict";
import {
  cells,
  DETAILS,
  dropQuestionnaireTable,
  edit,
  filledSurrey,
  marked,
  PUBLIC,
} from "../helpers/workbooks";

/*
 * What an adversarial review of the .xlsx adapter found (each reproduced here first): CRLF inside
 * tags, filled-down and array formulas typed on our sheets, long drawings, a sheet filter over a
 * dropped table, kept blocks kept twice, the user's links, a marker pointing at the wrong sheet,
 * and a stylesheet with no base items.
 */

const public_ = PUBLIC;
const filled = filledSurrey;
const scored = () => scoreAssessmentFile(filled()).bytes;

function sheetXml(bytes: Uint8Array, marker: string): string {
  const pkg = XlsxPackage.open(bytes);
  return pkg.text(marked(pkg, marker).path)!;
}

function cellsOf(bytes: Uint8Array, marker: string) {
  return cells(XlsxPackage.open(bytes), marker);
}

/** Adds raw rows at the end of a marked sheet's data, as another program would write them. */
function addRows(bytes: Uint8Array, marker: string, rows: string): Uint8Array {
  return edit(bytes, (pkg) => {
    const path = marked(pkg, marker).path;
    pkg.setText(path, pkg.text(path)!.replace("</sheetData>", `${rows}</sheetData>`));
  });
}

describe("XML edits", () => {
  test("an element whose name is followed by CRLF is edited at the right place", () => {
    const part = XmlPart.parse(`<a xmlns="${NS.main}"><b/><c\r\n v="1"/></a>`);
    part.insertBefore(part.root.children[1], { name: "n" });
    expect(part.toString()).toBe(`<a xmlns="${NS.main}"><b/><n/><c\r\n v="1"/></a>`);
  });

  test("setting r:id replaces the attribute of that namespace, whatever prefix it was written with", () => {
    const part = XmlPart.parse(`<a xmlns="${NS.main}" xmlns:rel="${NS.rel}"><b rel:id="x"/></a>`);
    part.setAttributes(part.root.children[0], { "r:id": "y" });
    const out = part.toString();
    expect(out).toContain('<b rel:id="y"/>');
    expect(() => XmlPart.parse(out)).not.toThrow();
  });

  test("two writes to one new cell make one cell; a carriage return survives the round trip", () => {
    const { xml } = writeTextCells(`<worksheet xmlns="${NS.main}"><sheetData/></worksheet>`, [
      { row: 0, column: 3, text: "first" },
      { row: 0, column: 3, text: "line 1\r\nline 2" },
    ]);
    expect(xml.match(/<c r="D1"/g)).toHaveLength(1);
    expect(readCells(xml, [])[0][3]).toBe("line 1\r\nline 2");
  });

  test("a stylesheet without base items gets them before ours, so plain cells stay plain", () => {
    const book = new StyleBook(`<styleSheet xmlns="${NS.main}"/>`);
    const bold = book.cellFormat({ bold: true, fontSize: 16 });
    const xml = book.toXml();
    expect(bold).toBe(1); // index 0 is the default format, not our title's
    const part = XmlPart.parse(xml);
    const count = (c: string, item: string) =>
      part.children(part.child(part.root, c)!, item).length;
    expect([count("fonts", "font"), count("fills", "fill"), count("borders", "border")]).toEqual([
      2, 2, 1,
    ]);
    expect(part.child(part.root, "fonts")!.children[0].children.some((c) => c.local === "b")).toBe(
      false
    );
  });
});

describe("formulas typed on our sheets", () => {
  test("a filled-down (shared) formula beside the Action Plan keeps its group", () => {
    const rows = [40, 41, 42]
      .map(
        (r, i) =>
          `<row r="${r}"><c r="M${r}"><f t="shared"${i === 0 ? ' ref="M40:M42"' : ""} si="0">${i === 0 ? "ROW()*2" : ""}</f><v>${r * 2}</v></c></row>`
      )
      .join("");
    const out = scoreAssessmentFile(addRows(scored(), SHEET_MARKERS.actionPlan, rows));
    const xml = sheetXml(out.bytes, SHEET_MARKERS.actionPlan);
    expect(xml).toContain('<c r="M40"><f t="shared" ref="M40:M42" si="0">ROW()*2</f>');
    expect(xml).toContain('<c r="M42"><f t="shared" si="0"></f><v>84</v></c>');
    expect(out.notices).toEqual([]);
    expectExcelClean(out.bytes);
  });

  test("an array formula typed over one of our cells moves with its range", () => {
    const input = edit(scored(), (pkg) => {
      const path = marked(pkg, SHEET_MARKERS.results).path;
      pkg.setText(
        path,
        pkg
          .text(path)!
          .replace(
            /<c r="A3"[^>]*?(\/>|>[\s\S]*?<\/c>)/,
            '<c r="A3"><f t="array" ref="A3">SUM(1*1)</f><v>1</v></c>'
          )
      );
    });
    const out = scoreAssessmentFile(input);
    const moved = /<c r="(B\d+)"><f t="array" ref="(B\d+)">SUM\(1\*1\)<\/f>/.exec(
      sheetXml(out.bytes, SHEET_MARKERS.results)
    );
    expect(moved?.[1]).toBe(moved?.[2]);
    expectExcelClean(out.bytes);
  });
});

describe("drawings, blocks and links", () => {
  test("a record longer than one cell holds is split over cells, and the user's cells still count", () => {
    // Over 3,000 drawn cells: a tracker of about 320 rows.
    const many = filledAnswers(answersFromLevels(public_, SURREY.answers));
    const first = scoreAssessmentFile(newAssessmentWorkbook(public_, DETAILS, many)).bytes;
    const longRecord = edit(first, (pkg) => {
      const lists = marked(pkg, SHEET_MARKERS.lists);
      const entries = Array.from({ length: 3500 }, (_, i) => `Z${i + 1}~abcd`).join(" ");
      const path = lists.path;
      const { xml } = writeTextCells(pkg.text(path)!, [
        { row: 2, column: 0, text: "svmi.drawn" },
        { row: 2, column: 1, text: "tracker" },
        { row: 2, column: 2, text: entries.slice(0, 20_000).replace(/ \S*$/, "") },
        { row: 2, column: 3, text: entries.slice(20_000).replace(/^\S* /, "") },
      ]);
      pkg.setText(path, xml);
    });
    const typed = edit(longRecord, (pkg) => {
      const path = marked(pkg, SHEET_MARKERS.tracker).path;
      pkg.setText(
        path,
        writeTextCells(pkg.text(path)!, [{ row: 7, column: 14, text: "mine" }]).xml
      );
    });
    const out = scoreAssessmentFile(typed).bytes;
    expect(cellsOf(out, SHEET_MARKERS.tracker)[7][14]).toBe("mine");
    const row = cellsOf(out, SHEET_MARKERS.lists)[2];
    expect(row.slice(0, 2)).toEqual(["svmi.drawn", "results"]);
    expect(row.every((c) => String(c ?? "").length <= 32_000)).toBe(true);
  });

  test("restoring the table drops a sheet filter over the same cells (they would overlap)", () => {
    const input = edit(filled(), (pkg) => {
      dropQuestionnaireTable(pkg);
      const sheet = marked(pkg, SHEET_MARKERS.questionnaire);
      pkg.setText(
        sheet.path,
        pkg.text(sheet.path)!.replace("</sheetData>", '</sheetData><autoFilter ref="A7:H67"/>')
      );
    });
    const out = scoreAssessmentFile(input);
    expect(out.repairs[0]).toMatch(/its filter replaces the sheet's own filter there$/);
    expectExcelClean(out.bytes);
  });

  test("a kept block kept again keeps where each cell first came from", () => {
    const overTitle = edit(scored(), (pkg) => {
      const path = marked(pkg, SHEET_MARKERS.results).path;
      pkg.setText(
        path,
        writeTextCells(pkg.text(path)!, [{ row: 0, column: 0, text: "MY TITLE" }]).xml
      );
    });
    const once = scoreAssessmentFile(overTitle).bytes;
    const keptAt = cellsOf(once, SHEET_MARKERS.results).findIndex((r) =>
      String(r[0] ?? "").startsWith("Kept by svmi")
    );
    // The results grow over the block (more problems listed): it has to move again.
    const grown = edit(once, (pkg) => {
      const path = marked(pkg, SHEET_MARKERS.results).path;
      pkg.setText(
        path,
        writeTextCells(pkg.text(path)!, [{ row: keptAt, column: 1, text: "in the way" }]).xml
      );
    });
    const twice = cellsOf(scoreAssessmentFile(grown).bytes, SHEET_MARKERS.results);
    const labels = twice.filter((r) => /^From /.test(String(r[0] ?? ""))).map((r) => [r[0], r[1]]);
    expect(labels).toContainEqual(["From A1", "MY TITLE"]);
    expect(labels.filter(([, v]) => v === "MY TITLE")).toHaveLength(1);
  });

  test("a link the user put on an Action Tracker note stays, with its target", () => {
    const input = edit(scored(), (pkg) => {
      const sheet = marked(pkg, SHEET_MARKERS.tracker);
      const id = pkg.addRelationship(sheet.path, `${NS.rel}/hyperlink`, "x");
      pkg.editXml(`xl/worksheets/_rels/${sheet.path.split("/").pop()}.rels`, (part) => {
        const rel = part.root.children.find((c) => c.attributes.some((a) => a.value === id))!;
        part.setAttributes(rel, { Target: "https://example.org/minutes", TargetMode: "External" });
      });
      pkg.setText(
        sheet.path,
        writeTextCells(pkg.text(sheet.path)!, [
          { row: 6, column: 8, text: "board minutes" },
        ]).xml.replace(
          "<pageMargins",
          `<hyperlinks><hyperlink ref="I7" r:id="${id}"/></hyperlinks><pageMargins`
        )
      );
    });
    const out = scoreAssessmentFile(input).bytes;
    const pkg = XlsxPackage.open(out);
    const sheet = marked(pkg, SHEET_MARKERS.tracker);
    const link = /<hyperlink ref="I7" r:id="(rId\d+)"\/>/.exec(pkg.text(sheet.path)!);
    expect(link).not.toBeNull();
    expect(pkg.relationships(sheet.path).find((r) => r.id === link![1])?.target).toBe(
      "https://example.org/minutes"
    );
    expectExcelClean(out);
  });

  test("a marker pointing at the Questionnaire does not get it drawn over", () => {
    const input = edit(scored(), (pkg) => {
      pkg.setText(
        pkg.workbookPath,
        pkg.text(pkg.workbookPath)!.replace(">Results!$A$1<", ">Questionnaire!$A$1<")
      );
    });
    const out = scoreAssessmentFile(input);
    expect(out.notices[0]).toMatch(/the name SVMI_Results pointed at 'Questionnaire'/i);
    expect(cellsOf(out.bytes, SHEET_MARKERS.questionnaire)[0][0]).toBe(
      "Social Value Maturity Index: self-assessment"
    );
    expect(scoreAssessmentFile(out.bytes).notices).toEqual([]);
    expectExcelClean(out.bytes);
  });
});
