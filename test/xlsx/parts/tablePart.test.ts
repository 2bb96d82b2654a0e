import { area } from "../../../src/core/workbook/sheetSpec";
import { NS } from "../../../src/xlsx/package/xml";
import { attributeOf, XmlPart } from "../../../src/xlsx/package/xmlPart";
import { nextTableId, tableXml } from "../../../src/xlsx/parts/tablePart";

/*
 * tablePart.ts writes an Excel table part over an area whose first row holds the headers (the
 * questionnaire's SVMI_Questions), and picks a table id no other table in the workbook has.
 */

const read = (xml: string) => {
  const part = XmlPart.parse(xml);
  const columns = part.children(part.child(part.root, "tableColumns")!, "tableColumn");
  return { part, root: part.root, columns };
};

describe("tableXml", () => {
  it("writes the table over its area, header row first, with the default table style", () => {
    const { part, root, columns } = read(
      tableXml(3, "SVMI_Questions", area(6, 0, 61, 8), ["Theme", "Question ID"])
    );
    expect(root.uri).toBe(NS.main);
    expect(
      ["id", "name", "displayName", "ref", "headerRowCount", "totalsRowShown"].map((a) =>
        attributeOf(root, a)
      )
    ).toEqual(["3", "SVMI_Questions", "SVMI_Questions", "A7:H67", "1", "0"]);
    expect(attributeOf(part.child(root, "autoFilter")!, "ref")).toBe("A7:H67");
    expect(attributeOf(part.child(root, "tableStyleInfo")!, "name")).toBe("TableStyleMedium2");
    expect(columns.map((c) => [attributeOf(c, "id"), attributeOf(c, "name")])).toEqual([
      ["1", "Theme"],
      ["2", "Question ID"],
    ]);
    expect(attributeOf(part.child(root, "tableColumns")!, "count")).toBe("2");
  });

  it("names columns as Excel does: unique ignoring case, a blank one by its position", () => {
    const { columns } = read(tableXml(1, "T", area(0, 0, 2, 4), ["Notes", "", "notes", "Cost"]));
    expect(columns.map((c) => attributeOf(c, "name"))).toEqual([
      "Notes",
      "Column2",
      "notes2",
      "Cost",
    ]);
  });

  it("escapes a line break as _x000a_ and markup characters for XML", () => {
    const xml = tableXml(1, "T", area(0, 0, 2, 2), ["Evidence\nnotes", "R&D <costs>"]);
    expect(xml).toContain('name="Evidence_x000a_notes"');
    expect(read(xml).columns.map((c) => attributeOf(c, "name"))).toEqual([
      "Evidence_x000a_notes",
      "R&D <costs>",
    ]);
  });
});

describe("nextTableId", () => {
  const root = (xml: string) => XmlPart.parse(xml).root;

  it("is one more than the highest id of the workbook's tables", () => {
    expect(
      nextTableId([root('<table id="2"/>'), root('<table id="7"/>'), root('<table id="5"/>')])
    ).toBe(8);
  });

  it("is 1 with no tables, and ignores a missing or unreadable id", () => {
    expect(nextTableId([])).toBe(1);
    expect(nextTableId([root("<table/>"), root('<table id="x"/>')])).toBe(1);
  });
});
