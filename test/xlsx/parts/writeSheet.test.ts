import { area, styled, type SheetSpec } from "../../../src/core/workbook/sheetSpec";
import { WORKSHEET_ORDER } from "../../../src/xlsx/package/schemaOrder";
import {
  attributeOf,
  textContent,
  XmlPart,
  type XmlElement,
} from "../../../src/xlsx/package/xmlPart";
import { readCells } from "../../../src/xlsx/parts/sheetCells";
import { StyleBook } from "../../../src/xlsx/parts/styleBook";
import { worksheetXml } from "../../../src/xlsx/parts/writeSheet";

/*
 * writeSheet.ts draws a SheetSpec as worksheet XML: values, styles, merges, frozen rows, column
 * widths, conditional formats, in-cell checks, links, print settings and the links to the sheet's
 * table and drawing, in the order the schema gives them.
 */

const spec = (more: Partial<SheetSpec> = {}): SheetSpec => ({
  name: "S",
  values: [],
  styles: [],
  columnWidths: [],
  ...more,
});

function draw(sheet: SheetSpec, styles = new StyleBook(undefined), parts = {}) {
  const xml = worksheetXml(sheet, styles, parts);
  const part = XmlPart.parse(xml);
  const all = (local: string) => part.descendants(part.root, local);
  const attr = (e: XmlElement, name: string) => attributeOf(e, name);
  return { xml, part, all, attr };
}

describe("worksheetXml: cells", () => {
  it("writes numbers, booleans, text (spaces kept) and leaves out empty values", () => {
    const { xml } = draw(
      spec({ values: [[1.5, true, " Leader", "", null, "A & B"], [], [false]] })
    );
    expect(readCells(xml, [])).toEqual([
      [1.5, true, " Leader", undefined, undefined, "A & B"],
      [],
      [false],
    ]);
    expect(xml).toContain(
      '<c r="C1" t="inlineStr"><is><t xml:space="preserve"> Leader</t></is></c>'
    );
    expect(xml).not.toContain('r="D1"');
  });

  it("writes an ISO date under a date format as its day number", () => {
    const styles = new StyleBook(undefined);
    const { xml } = draw(
      spec({
        values: [["2026-11-22", "2026-11-22"]],
        styles: [styled(area(0, 0), { numberFormat: "yyyy-mm-dd" })],
      }),
      styles
    );
    expect(readCells(xml, [])).toEqual([[46348, "2026-11-22"]]); // 2026-11-22 is day 46348 in Excel
  });

  it("gives each cell the format of its styled areas merged, later areas winning", () => {
    const styles = new StyleBook(undefined);
    const { all, attr } = draw(
      spec({
        values: [["title"]],
        styles: [
          styled(area(0, 0, 1, 2), { bold: true, fontSize: 12 }),
          styled(area(0, 0), { fontSize: 16 }),
        ],
      }),
      styles
    );
    const [a1, b1] = all("c");
    expect([attr(a1, "r"), attr(b1, "r")]).toEqual(["A1", "B1"]); // B1 is styled though empty
    expect(Number(attr(a1, "s"))).toBe(styles.cellFormat({ bold: true, fontSize: 16 }));
    expect(Number(attr(b1, "s"))).toBe(styles.cellFormat({ bold: true, fontSize: 12 }));
  });

  it("writes kept cells as given, over what the spec draws there", () => {
    const kept = new Map([
      [0, new Map([[0, '<c r="A1"><f>1+1</f><v>2</v></c>']])],
      [3, new Map([[1, '<c r="B4"><v>9</v></c>']])],
    ]);
    const { xml } = draw(spec({ values: [["drawn"]] }), undefined, { keptCells: kept });
    expect(readCells(xml, [])).toEqual([[2], [], [], [undefined, 9]]);
  });

  it("makes a row with wrapped long text tall enough to show it", () => {
    const long = "word ".repeat(40);
    const { all, attr } = draw(
      spec({
        values: [[long], ["short"]],
        columnWidths: [100],
        styles: [styled(area(0, 0, 2, 1), { wrap: true })],
      })
    );
    const [first, second] = all("row");
    expect(Number(attr(first, "ht"))).toBeGreaterThan(15 * 5);
    expect(attr(first, "customHeight")).toBe("1");
    expect(attr(second, "ht")).toBeUndefined();
  });
});

describe("worksheetXml: sheet settings", () => {
  it("writes every part in the schema's order, with the relationship ids given", () => {
    const { part, all, attr } = draw(
      spec({
        values: [["a", "b"]],
        columnWidths: [70, 35],
        freezeRows: 7,
        merges: [area(0, 0, 1, 2)],
        links: [
          { row: 0, column: 1, target: "'Action Plan'!A1", tooltip: "Go to 'Action Plan'!A1" },
        ],
        conditionalRules: [{ area: area(1, 0), when: { formula: "A2>1" }, format: { bold: true } }],
        validations: [
          { area: area(1, 0), date: true, alert: { style: "stop", title: "T", message: "M" } },
        ],
        print: { landscape: true, fitToWidth: true },
      }),
      undefined,
      {
        drawingRelId: "rId2",
        legacyDrawingRelId: "rId3",
        tableRelId: "rId1",
        keptHyperlinks: ['<hyperlink ref="C1" r:id="rId9"/>'],
      }
    );
    const children = part.root.children.map((c) => c.local);
    expect(children).toEqual([
      "sheetPr",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "mergeCells",
      "conditionalFormatting",
      "dataValidations",
      "hyperlinks",
      "pageMargins",
      "pageSetup",
      "drawing",
      "legacyDrawing",
      "tableParts",
    ]);
    const positions = children.map((c) => WORKSHEET_ORDER.indexOf(c as never));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(all("col").map((c) => attr(c, "width"))).toEqual(["13.33", "6.67"]); // points as characters
    expect(attr(all("pane")[0], "topLeftCell")).toBe("A8");
    expect(attr(all("mergeCell")[0], "ref")).toBe("A1:B1");
    expect(all("hyperlink").map((h) => [attr(h, "ref"), attr(h, "location") ?? null])).toEqual([
      ["B1", "'Action Plan'!A1"],
      ["C1", null],
    ]);
    expect(
      ["orientation", "paperSize", "fitToWidth", "fitToHeight"].map((a) =>
        attr(all("pageSetup")[0], a)
      )
    ).toEqual(["landscape", "9", "1", "0"]);
    expect(attr(all("tablePart")[0], "id")).toBeUndefined(); // r:id, not a plain id
  });

  it("writes only what the spec has: no merges, checks or print setup for a plain sheet", () => {
    const { part } = draw(spec({ values: [["x"]] }));
    expect(part.root.children.map((c) => c.local)).toEqual([
      "sheetViews",
      "sheetFormatPr",
      "sheetData",
      "pageMargins",
    ]);
  });

  it("links a kept drawing (the user's pictures) when there is no chart drawing", () => {
    expect(draw(spec(), undefined, { keptDrawingRelId: "rId5" }).xml).toContain(
      '<drawing r:id="rId5"/>'
    );
    expect(
      draw(spec(), undefined, { keptDrawingRelId: "rId5", drawingRelId: "rId6" }).xml
    ).toContain('<drawing r:id="rId6"/>');
  });
});

describe("worksheetXml: conditional formats", () => {
  const levels = area(7, 5, 60, 2);
  const rules = [
    { area: levels, when: { beginsWith: "Follower" }, format: { fill: "#FCE4D6" } },
    { area: levels, when: { beginsWith: 'The "best"' }, format: { fill: "#C6EFCE" } },
    { area: area(7, 8, 60, 1), when: { formula: 'AND(I8<>"",I8<1)' }, format: { strike: true } },
    { area: levels, when: { beginsWith: "Innovator" }, format: { fill: "#FCE4D6" } },
  ];

  it("puts rules in a row over one area in one block, priorities 1..n in spec order", () => {
    const { part, attr } = draw(spec({ conditionalRules: rules }));
    const blocks = part.children(part.root, "conditionalFormatting");
    expect(
      blocks.map((b) => [
        attr(b, "sqref"),
        part.children(b, "cfRule").map((r) => attr(r, "priority")),
      ])
    ).toEqual([
      ["F8:G67", ["1", "2"]],
      ["I8:I67", ["3"]],
      ["F8:G67", ["4"]],
    ]);
  });

  it("writes a begins-with rule with Excel's formula, doubling a quote in the label", () => {
    const { all, attr } = draw(spec({ conditionalRules: rules }));
    const quoted = all("cfRule")[1];
    expect(["type", "operator", "text"].map((a) => attr(quoted, a))).toEqual([
      "beginsWith",
      "beginsWith",
      'The "best"',
    ]);
    expect(textContent(all("formula")[1])).toBe('LEFT(F8,LEN("The ""best"""))="The ""best"""');
    expect(textContent(all("formula")[2])).toBe('AND(I8<>"",I8<1)');
    expect(attr(all("cfRule")[2], "type")).toBe("expression");
  });

  it("uses one differential format per distinct look", () => {
    const styles = new StyleBook(undefined);
    const { all, attr } = draw(spec({ conditionalRules: rules }), styles);
    expect(all("cfRule").map((r) => attr(r, "dxfId"))).toEqual(["0", "1", "2", "0"]);
    expect(styles.differential({ fill: "#C6EFCE" })).toBe(1);
  });
});

describe("worksheetXml: in-cell checks", () => {
  const alert = (style: "stop" | "warning") => ({
    style,
    title: "Not one of the options",
    message: 'Choose "Yes" & go on.',
  });

  it("writes dropdowns and date checks with their alert and message", () => {
    const { all, attr } = draw(
      spec({
        validations: [
          { area: area(7, 3, 1, 2), source: "='SVMI Lists'!$C$5:$G$5", alert: alert("warning") },
          { area: area(0, 0), list: ["Open", "Done"], alert: alert("stop") },
          { area: area(1, 0, 5, 1), date: true, alert: alert("stop") },
        ],
      })
    );
    const [fromLists, literal, date] = all("dataValidation");
    const read = (v: XmlElement) =>
      ["type", "errorStyle", "sqref", "errorTitle", "error"].map((a) => attr(v, a) ?? null);
    expect(read(fromLists)).toEqual([
      "list",
      "warning",
      "D8:E8",
      "Not one of the options",
      'Choose "Yes" & go on.',
    ]);
    expect(read(literal)).toEqual([
      "list",
      null,
      "A1",
      "Not one of the options",
      'Choose "Yes" & go on.',
    ]); // stop is the default
    expect(read(date)).toEqual([
      "date",
      null,
      "A2:A6",
      "Not one of the options",
      'Choose "Yes" & go on.',
    ]);
    expect(all("formula1").map(textContent)).toEqual([
      "'SVMI Lists'!$C$5:$G$5",
      '"Open,Done"',
      "1",
    ]);
    expect(attr(date, "operator")).toBe("greaterThan");
    expect(attr(all("dataValidations")[0], "count")).toBe("3");
  });
});
