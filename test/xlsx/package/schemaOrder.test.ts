import { WORKBOOK_ORDER, WORKSHEET_ORDER } from "../../../src/xlsx/package/schemaOrder";
import { NS } from "../../../src/xlsx/package/xml";
import { markup, XmlPart } from "../../../src/xlsx/package/xmlPart";

/*
 * schemaOrder.ts lists the order ECMA-376 gives the children of <workbook> and <worksheet>
 * (CT_Workbook, CT_Worksheet); a child svmi adds is put in its place by it, since Excel refuses a
 * part whose children are out of order.
 */

/** True when each name comes after the one before it in `order`. */
const inOrder = (order: readonly string[], names: string[]) =>
  names.every((name, i) => i === 0 || order.indexOf(names[i - 1]) < order.indexOf(name));

describe.each([
  ["WORKBOOK_ORDER", WORKBOOK_ORDER],
  ["WORKSHEET_ORDER", WORKSHEET_ORDER],
])("%s", (_, order: readonly string[]) => {
  it("names each child once and ends with extLst", () => {
    expect(new Set(order).size).toBe(order.length);
    expect(order[order.length - 1]).toBe("extLst");
  });
});

describe("WORKBOOK_ORDER", () => {
  it("puts the children svmi writes in the schema's order (CT_Workbook)", () => {
    const names = ["fileVersion", "workbookPr", "bookViews", "sheets", "definedNames", "calcPr"];
    expect(names.every((n) => WORKBOOK_ORDER.includes(n as never))).toBe(true);
    expect(inOrder(WORKBOOK_ORDER, names)).toBe(true);
    expect(inOrder(WORKBOOK_ORDER, ["definedNames", "sheets"])).toBe(false);
  });
});

describe("WORKSHEET_ORDER", () => {
  it("puts the children svmi writes in the schema's order (CT_Worksheet)", () => {
    const names = [
      "sheetPr",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "autoFilter",
      "mergeCells",
      "conditionalFormatting",
      "dataValidations",
      "hyperlinks",
      "pageMargins",
      "pageSetup",
      "drawing",
      "legacyDrawing",
      "tableParts",
    ];
    expect(names.every((n) => WORKSHEET_ORDER.includes(n as never))).toBe(true);
    expect(inOrder(WORKSHEET_ORDER, names)).toBe(true);
  });

  it("places a missing child between its neighbours when given to insertInOrder", () => {
    const part = XmlPart.parse(
      `<worksheet xmlns="${NS.main}"><sheetData/><conditionalFormatting sqref="A1"/>` +
        `<pageMargins left="1"/><tableParts count="0"/></worksheet>`
    );
    part.insertInOrder(part.root, markup("dataValidations", { count: 0 }), WORKSHEET_ORDER);
    part.insertInOrder(part.root, markup("drawing", { "r:id": "rId1" }), WORKSHEET_ORDER);
    const children = XmlPart.parse(part.toString()).root.children.map((c) => c.local);
    expect(children).toEqual([
      "sheetData",
      "conditionalFormatting",
      "dataValidations",
      "pageMargins",
      "drawing",
      "tableParts",
    ]);
  });
});
