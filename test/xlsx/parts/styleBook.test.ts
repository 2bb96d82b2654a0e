import { NS } from "../../../src/xlsx/package/xml";
import { attributeOf, XmlPart } from "../../../src/xlsx/package/xmlPart";
import { NotAWorkbookError } from "../../../src/xlsx/package/zipFile";
import { argb, StyleBook } from "../../../src/xlsx/parts/styleBook";

/*
 * styleBook.ts appends svmi's cell formats and conditional-format styles to a workbook's
 * styles.xml: what was there keeps its index (so existing cells keep their look), and a style
 * already there, or asked for twice, is reused rather than added again.
 */

/** A user's stylesheet: two fonts (Arial 10 first), a custom number format, two cell formats. */
const USER_STYLES =
  `<styleSheet xmlns="${NS.main}"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0%"/></numFmts>` +
  `<fonts count="2"><font><sz val="10"/><name val="Arial"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="170" fontId="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;

function items(xml: string, collection: string, item: string) {
  const part = XmlPart.parse(xml);
  const block = part.child(part.root, collection)!;
  return { count: attributeOf(block, "count"), items: part.children(block, item), part };
}

describe("StyleBook.cellFormat", () => {
  it("appends new formats after the existing ones, which keep their indexes", () => {
    const book = new StyleBook(USER_STYLES);
    expect(book.cellFormat({})).toBe(0);
    expect(book.cellFormat({ bold: true, fill: "#1F3A5F" })).toBe(2);
    expect(book.cellFormat({ wrap: true, vertical: "Top" })).toBe(3);
    const xml = book.toXml();
    const xfs = items(xml, "cellXfs", "xf");
    expect(xfs.count).toBe("4");
    expect(xfs.items.slice(0, 2).map((xf) => xfs.part.sourceOf(xf))).toEqual([
      '<xf numFmtId="0" fontId="0"/>',
      '<xf numFmtId="170" fontId="1"/>',
    ]);
    const wrapped = xfs.items[3];
    expect(xfs.part.sourceOf(xfs.part.child(wrapped, "alignment")!)).toBe(
      '<alignment vertical="top" wrapText="1"/>'
    );
    expect(items(xml, "fills", "fill").count).toBe("3");
  });

  it("gives one style the same index every time, within a book and across re-reads", () => {
    const book = new StyleBook(USER_STYLES);
    const style = { bold: true, fontSize: 16, fontColor: "#ffffff" };
    const index = book.cellFormat(style);
    expect(book.cellFormat({ ...style })).toBe(index);
    const xml = book.toXml();
    const again = new StyleBook(xml);
    expect(again.cellFormat(style)).toBe(index);
    expect(again.toXml()).toBe(xml); // nothing appended the second time
  });

  it("writes new fonts in the workbook's own font and size unless a size is given", () => {
    const book = new StyleBook(USER_STYLES);
    book.cellFormat({ italic: true });
    book.cellFormat({ fontSize: 14, fontColor: "#c00000" });
    const fonts = items(book.toXml(), "fonts", "font");
    expect(fonts.items.slice(2).map((f) => fonts.part.sourceOf(f))).toEqual([
      '<font><i/><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font>',
      '<font><sz val="14"/><color rgb="FFC00000"/><name val="Arial"/><family val="2"/></font>',
    ]);
  });

  it("gives custom number formats ids after the highest one there, and reuses existing ones", () => {
    const book = new StyleBook(USER_STYLES);
    book.cellFormat({ numberFormat: "0.0%" });
    book.cellFormat({ numberFormat: "d mmm yyyy" });
    book.cellFormat({ numberFormat: "d mmm yyyy", bold: true });
    const xml = book.toXml();
    const formats = items(xml, "numFmts", "numFmt");
    expect(
      formats.items.map((f) => [attributeOf(f, "numFmtId"), attributeOf(f, "formatCode")])
    ).toEqual([
      ["170", "0.0%"],
      ["171", "d mmm yyyy"],
    ]);
    const xfs = items(xml, "cellXfs", "xf").items;
    expect(xfs.slice(2).map((xf) => attributeOf(xf, "numFmtId"))).toEqual(["170", "171", "171"]);
  });
});

describe("StyleBook.differential", () => {
  it("adds a differential format once per distinct look", () => {
    const book = new StyleBook(USER_STYLES);
    const fill = book.differential({ fill: "#C6EFCE", fontColor: "#006100" });
    expect(book.differential({ fill: "#C6EFCE", fontColor: "#006100" })).toBe(fill);
    expect(book.differential({ bold: true, strike: true })).toBe(fill + 1);
    const dxfs = items(book.toXml(), "dxfs", "dxf");
    expect(dxfs.count).toBe("2");
    expect(dxfs.part.sourceOf(dxfs.items[0])).toBe(
      '<dxf><font><color rgb="FF006100"/></font><fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf>'
    );
    expect(dxfs.part.sourceOf(dxfs.items[1])).toBe("<dxf><font><b/><strike/></font></dxf>");
  });
});

describe("StyleBook with no or a bare stylesheet", () => {
  it("starts from a minimal stylesheet with Calibri 11 when the workbook has none", () => {
    const book = new StyleBook(undefined);
    expect(book.cellFormat({ bold: true })).toBe(1);
    const fonts = items(book.toXml(), "fonts", "font");
    expect(fonts.part.sourceOf(fonts.items[1])).toContain(
      '<sz val="11"/><color theme="1"/><name val="Calibri"/>'
    );
  });

  it("adds the border and the Normal cell style a stylesheet without them lacks (Gnumeric)", () => {
    const bare =
      `<styleSheet xmlns="${NS.main}"><fonts count="1"><font/></fonts>` +
      `<fills count="2"><fill/><fill/></fills><cellXfs count="1"><xf/></cellXfs></styleSheet>`;
    const part = XmlPart.parse(new StyleBook(bare).toXml());
    expect(part.root.children.map((c) => c.local)).toEqual([
      "fonts",
      "fills",
      "borders",
      "cellStyleXfs",
      "cellXfs",
      "cellStyles",
    ]);
    expect(part.sourceOf(part.child(part.root, "cellStyles")!)).toBe(
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    );
  });

  it("calls a stylesheet that is not XML a damaged workbook", () => {
    expect(() => new StyleBook("<styleSheet><fonts></styleSheet>")).toThrow(NotAWorkbookError);
    expect(() => new StyleBook("<styleSheet><fonts></styleSheet>")).toThrow(
      /^has a damaged part \(its styles: /
    );
  });
});

describe("argb", () => {
  it("turns #rrggbb into Excel's opaque ARGB", () => {
    expect(argb("#1f3a5f")).toBe("FF1F3A5F");
    expect(argb("C6EFCE")).toBe("FFC6EFCE");
  });
});

describe("toXml on a stylesheet missing its collections (found in review)", () => {
  it.each([
    ["an empty stylesheet", `<styleSheet xmlns="${NS.main}"/>`],
    [
      "one with fonts only",
      `<styleSheet xmlns="${NS.main}"><fonts count="1"><font/></fonts></styleSheet>`,
    ],
  ])("adds them in schema order, with the Normal style: %s", (_label, xml) => {
    const book = new StyleBook(xml);
    book.cellFormat({ bold: true });
    const order = XmlPart.parse(book.toXml()).root.children.map((c) => c.local);
    expect(order).toEqual(["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles"]);
  });
});
