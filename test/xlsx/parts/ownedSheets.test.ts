import { SHEET_MARKERS } from "../../../src/core/workbook/names";
import type { KeptCell } from "../../../src/core/workbook/keptContent";
import { area, type ChartSpec, type SheetSpec } from "../../../src/core/workbook/sheetSpec";
import { NS } from "../../../src/xlsx/package/xml";
import { CONTENT_TYPES, REL_TYPES, type XlsxPackage } from "../../../src/xlsx/package/xlsxPackage";
import { attributeOf } from "../../../src/xlsx/package/xmlPart";
import { readCells } from "../../../src/xlsx/parts/sheetCells";
import { StyleBook } from "../../../src/xlsx/parts/styleBook";
import { addSheet, emptyWorkbook } from "../../../src/xlsx/parts/workbookEdits";
import { readSheetCells, writeOwnedSheet } from "../../../src/xlsx/parts/ownedSheets";

/*
 * ownedSheets.ts draws the sheets svmi owns (Results, Action Plan, Action Tracker) into a
 * package: a new sheet gets its marker name, a redrawn one keeps what the user typed on it (moved
 * where the plan says), their notes, links and pictures, and the user is told what could not stay.
 */

const spec = (more: Partial<SheetSpec> = {}): SheetSpec => ({
  name: "Results",
  values: [["SVMI results"]],
  styles: [],
  columnWidths: [],
  ...more,
});

const CHART: ChartSpec = {
  name: "SVMI_Radar",
  title: "Maturity by theme",
  data: area(20, 0, 3, 3),
  categories: ["A", "B"],
  series: [
    { name: "Present", colour: "#1F3A5F", values: [1, 2] },
    { name: "Future", colour: "#C00000", values: [3, 4] },
  ],
  minimum: 0,
  maximum: 4,
  majorUnit: 1,
  anchor: area(2, 4, 15, 8),
};

/** An existing sheet of ours, with the XML given between <worksheet> and </worksheet>. */
function existing(pkg: XlsxPackage, inner: string) {
  const entry = addSheet(pkg, "Results", false);
  pkg.setText(entry.path, `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">${inner}</worksheet>`);
  return { entry, read: readSheetCells(pkg.xml(entry.path)!, []) };
}

const keep = (from: KeptCell["from"], row: number, column: number, ownFormat = true): KeptCell => ({
  from,
  row,
  column,
  ownFormat,
});

describe("readSheetCells", () => {
  it("gives every cell with a value or formula, and the element each came from", () => {
    const pkg = emptyWorkbook();
    const { read } = existing(
      pkg,
      `<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>typed</t></is></c><c r="C2"><f>1+1</f><v>2</v></c></row></sheetData>`
    );
    expect(read.cells).toEqual([
      { row: 1, column: 1, value: "typed", formula: undefined },
      { row: 1, column: 2, value: 2, formula: "1+1" },
    ]);
    expect(attributeOf(read.elements.get(read.cells[1])!, "r")).toBe("C2");
  });
});

describe("writeOwnedSheet on a new sheet", () => {
  it("adds the sheet with its marker and its print area and titles scoped to it", () => {
    const pkg = emptyWorkbook();
    addSheet(pkg, "Questionnaire", false);
    const notice = writeOwnedSheet(pkg, new StyleBook(undefined), {
      kind: "actionPlan",
      spec: spec({
        name: "Action Plan",
        print: {
          landscape: true,
          fitToWidth: true,
          area: area(0, 0, 10, 3),
          repeatRows: area(6, 0, 1, 3),
        },
      }),
    });
    expect(notice).toBeUndefined();
    expect(pkg.sheets().map((s) => s.name)).toEqual(["Questionnaire", "Action Plan"]);
    expect(pkg.definedNames()).toEqual([
      { name: SHEET_MARKERS.actionPlan, formula: "'Action Plan'!$A$1" },
      { name: "_xlnm.Print_Area", formula: "'Action Plan'!$A$1:$C$10", localSheetId: 1 },
      { name: "_xlnm.Print_Titles", formula: "'Action Plan'!$7:$7", localSheetId: 1 },
    ]);
  });

  it("adds the table part, named by the spec, with headers from the values", () => {
    const pkg = emptyWorkbook();
    writeOwnedSheet(pkg, new StyleBook(undefined), {
      kind: "tracker",
      spec: spec({
        name: "Action Tracker",
        values: [[], ["Theme", "Action"]],
        table: { name: "SVMI_Tracker", area: area(1, 0, 3, 3) },
      }),
    });
    const sheet = pkg.sheets()[0];
    const table = pkg.relationships(sheet.path).find((r) => r.type === REL_TYPES.table)!;
    expect(pkg.contentTypeOf(table.target)).toBe(CONTENT_TYPES.table);
    const root = pkg.xml(table.target)!.root;
    expect([attributeOf(root, "name"), attributeOf(root, "ref")]).toEqual([
      "SVMI_Tracker",
      "A2:C4",
    ]);
    expect(pkg.text(table.target)).toContain('name="Column3"'); // the header cell left blank
    expect(pkg.text(sheet.path)).toContain(`<tablePart r:id="${table.id}"/>`);
  });

  it("draws a chart through a drawing part holding a chart part, each declared", () => {
    const pkg = emptyWorkbook();
    writeOwnedSheet(pkg, new StyleBook(undefined), {
      kind: "results",
      spec: spec({ chart: CHART }),
    });
    const sheet = pkg.sheets()[0];
    const drawing = pkg.relationships(sheet.path).find((r) => r.type === REL_TYPES.drawing)!;
    const chart = pkg.relationships(drawing.target).find((r) => r.type === REL_TYPES.chart)!;
    expect([pkg.contentTypeOf(drawing.target), pkg.contentTypeOf(chart.target)]).toEqual([
      CONTENT_TYPES.drawing,
      CONTENT_TYPES.chart,
    ]);
    expect(pkg.text(sheet.path)).toContain(`<drawing r:id="${drawing.id}"/>`);
    expect(pkg.text(chart.target)).toContain("Maturity by theme");
  });
});

describe("writeOwnedSheet over one of our sheets", () => {
  it("keeps the user's cells where the plan puts them, with their own format or without ours", () => {
    const pkg = emptyWorkbook();
    const old = existing(
      pkg,
      `<sheetData><row r="1"><c r="A1" s="3" t="inlineStr"><is><t>Old title</t></is></c></row>` +
        `<row r="5"><c r="E5" s="2"><f>SUM(1,2)</f><v>3</v></c></row></sheetData>`
    );
    const [title, formula] = old.read.cells;
    writeOwnedSheet(
      pkg,
      new StyleBook(undefined),
      { kind: "results", spec: spec(), kept: [keep(formula, 4, 4), keep(title, 9, 1, false)] },
      old
    );
    const xml = pkg.text(old.entry.path)!;
    expect(readCells(xml, []).map((r) => r.filter((v) => v !== undefined))).toEqual([
      ["SVMI results"],
      [],
      [],
      [],
      [3],
      [],
      [],
      [],
      [],
      ["Old title"],
    ]);
    expect(xml).toContain('<c r="E5" s="2"><f>SUM(1,2)</f><v>3</v></c>');
    expect(xml).toContain('<c r="B10" t="inlineStr"><is><t>Old title</t></is></c>'); // svmi's style stays behind
    expect(pkg.sheets()).toHaveLength(1); // drawn in place, no new sheet
    expect(pkg.definedNames()).toEqual([]); // its marker is the caller's to keep
  });

  it("keeps the user's notes and links, drops svmi's own link and old table, and draws afresh", () => {
    const pkg = emptyWorkbook();
    const { entry } = existing(pkg, "");
    const link = (type: string, target: string) => {
      pkg.setText(target, `<x xmlns="${NS.main}"/>`);
      return pkg.addRelationship(entry.path, type, target);
    };
    const table = link(REL_TYPES.table, "xl/tables/table1.xml");
    const notes = link(`${NS.rel}/comments`, "xl/comments1.xml");
    const vml = link(`${NS.rel}/vmlDrawing`, "xl/drawings/vmlDrawing1.vml");
    const web = "rIdWeb"; // an external link, as Excel writes one
    const rels = "xl/worksheets/_rels/sheet1.xml.rels";
    pkg.setText(
      rels,
      pkg
        .text(rels)!
        .replace(
          "</Relationships>",
          `<Relationship Id="${web}" Type="${NS.rel}/hyperlink" Target="https://example.org/minutes" TargetMode="External"/></Relationships>`
        )
    );
    pkg.setText(
      entry.path,
      `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheetData/><hyperlinks>` +
        `<hyperlink ref="A3" location="'Action Plan'!A1" tooltip="Go to 'Action Plan'!A1"/>` +
        `<hyperlink ref="D9" r:id="${web}" display="minutes"/></hyperlinks>` +
        `<legacyDrawing r:id="${vml}"/><tableParts count="1"><tablePart r:id="${table}"/></tableParts></worksheet>`
    );
    const read = readSheetCells(pkg.xml(entry.path)!, []);
    writeOwnedSheet(
      pkg,
      new StyleBook(undefined),
      { kind: "results", spec: spec() },
      { entry, read }
    );
    const xml = pkg.text(entry.path)!;
    expect(xml).toContain(
      `<hyperlinks><hyperlink ref="D9" display="minutes" r:id="${web}"/></hyperlinks>`
    );
    expect(xml).toContain(`<legacyDrawing r:id="${vml}"/>`);
    expect(xml).not.toContain("tableParts");
    expect(pkg.has("xl/tables/table1.xml")).toBe(false);
    expect(
      pkg
        .relationships(entry.path)
        .map((r) => r.id)
        .sort()
    ).toEqual([notes, vml, web].sort());
  });

  it("keeps the user's pictures where svmi draws no chart, and says when a chart replaces them", () => {
    const withPicture = () => {
      const pkg = emptyWorkbook();
      const { entry } = existing(pkg, "");
      pkg.setText(
        "xl/drawings/drawing1.xml",
        `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}"><xdr:oneCellAnchor/></xdr:wsDr>`
      );
      const id = pkg.addRelationship(entry.path, REL_TYPES.drawing, "xl/drawings/drawing1.xml");
      pkg.setText(
        entry.path,
        `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheetData/><drawing r:id="${id}"/></worksheet>`
      );
      return { pkg, entry, id, read: readSheetCells(pkg.xml(entry.path)!, []) };
    };
    const plain = withPicture();
    expect(
      writeOwnedSheet(plain.pkg, new StyleBook(undefined), { kind: "results", spec: spec() }, plain)
    ).toBeUndefined();
    expect(plain.pkg.text(plain.entry.path)).toContain(`<drawing r:id="${plain.id}"/>`);
    expect(plain.pkg.has("xl/drawings/drawing1.xml")).toBe(true);

    const charted = withPicture();
    const notice = writeOwnedSheet(
      charted.pkg,
      new StyleBook(undefined),
      { kind: "results", spec: spec({ chart: CHART }) },
      charted
    );
    expect(notice).toBe(
      "Results: pictures or shapes placed on it were removed (svmi redraws its chart there; keep them on a sheet of your own)."
    );
    expect(
      charted.pkg.relationships(charted.entry.path).filter((r) => r.type === REL_TYPES.drawing)
    ).toHaveLength(1);
  });

  it("writes a filled-down formula group split by a move as plain formulas and values, saying so", () => {
    const pkg = emptyWorkbook();
    pkg.setText("xl/calcChain.xml", "<calcChain/>");
    pkg.addRelationship(pkg.workbookPath, REL_TYPES.calcChain, "xl/calcChain.xml");
    const old = existing(
      pkg,
      `<sheetData><row r="40"><c r="M40"><f t="shared" ref="M40:M41" si="0">ROW()*2</f><v>80</v></c></row>` +
        `<row r="41"><c r="M41"><f t="shared" si="0"/><v>82</v></c></row></sheetData>`
    );
    const [first, second] = old.read.cells;
    const notice = writeOwnedSheet(
      pkg,
      new StyleBook(undefined),
      { kind: "actionPlan", spec: spec(), kept: [keep(first, 39, 12), keep(second, 49, 1)] },
      old
    );
    expect(notice).toBe(
      "Results: 1 filled-down formula had to move apart from the first of their group and now hold their last values."
    );
    const xml = pkg.text(old.entry.path)!;
    expect(xml).toContain('<c r="M40"><f>ROW()*2</f><v>80</v></c>');
    expect(xml).toContain('<c r="B50"><v>82</v></c>');
    expect(pkg.has("xl/calcChain.xml")).toBe(false); // it named cells whose formulas changed
  });
});
