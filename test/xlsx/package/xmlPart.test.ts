import { SaxesParser } from "saxes";
import { NS } from "../../../src/xlsx/package/xml";
import { attributeOf, markup, XmlPart, XmlPartError } from "../../../src/xlsx/package/xmlPart";

/** Parses namespace-aware and returns every element as "{uri}local", so prefixes cannot hide. */
function resolvedNames(xml: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => {
    names.push(`{${tag.uri}}${tag.local}`);
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix && a.prefix !== "xmlns") names.push(`@{${a.uri}}${a.local}=${a.value}`);
    }
  });
  parser.write(xml).close();
  return names;
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

describe("XmlPart", () => {
  test("a part with no edits comes out byte for byte", () => {
    const xml = `${DECL}<x:workbook xmlns:x="${NS.main}"  a = 'q&amp;"' ><!-- hi --><x:sheets/><?pi x?><![CDATA[<>]]></x:workbook>`;
    expect(XmlPart.parse(xml).toString()).toBe(xml);
  });

  test("elements are found by namespace, whatever their prefix", () => {
    const part = XmlPart.parse(
      `<a:workbook xmlns:a="${NS.main}" xmlns="urn:other"><sheets/><a:sheets><a:sheet name="S"/></a:sheets></a:workbook>`
    );
    const sheets = part.children(part.root, "sheets");
    expect(sheets).toHaveLength(1);
    expect(attributeOf(part.children(sheets[0], "sheet")[0], "name")).toBe("S");
  });

  test("new elements reuse the part's prefix; an unbound r is declared once on the root", () => {
    // openpyxl's habit: xmlns:r on each <sheet>, not on the root.
    const xml =
      `<x:workbook xmlns:x="${NS.main}" xmlns:mc="urn:mc" mc:Ignorable="x15"><x:sheets>` +
      `<x:sheet xmlns:r="${NS.rel}" name="A" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`;
    const part = XmlPart.parse(xml);
    const sheets = part.child(part.root, "sheets")!;
    part.append(sheets, markup("sheet", { name: "B", sheetId: 2, "r:id": "rId2" }));
    part.append(sheets, markup("sheet", { name: "C", sheetId: 3, "r:id": "rId3" }));
    const out = part.toString();
    expect(resolvedNames(out)).toEqual([
      `{${NS.main}}workbook`,
      "@{urn:mc}Ignorable=x15",
      `{${NS.main}}sheets`,
      `{${NS.main}}sheet`,
      `@{${NS.rel}}id=rId1`,
      `{${NS.main}}sheet`,
      `@{${NS.rel}}id=rId2`,
      `{${NS.main}}sheet`,
      `@{${NS.rel}}id=rId3`,
    ]);
    expect(out.match(/xmlns:r=/g)).toHaveLength(2); // the sheet's own, and one on the root
    expect(out).toContain('xmlns:mc="urn:mc"');
  });

  test("a self-closing parent is opened for new children, in its own prefix", () => {
    const part = XmlPart.parse(`<x:sheetData xmlns:x="${NS.main}"/>`);
    part.append(part.root, markup("row", { r: 1 }, markup("c", { r: "A1" })));
    expect(part.toString()).toBe(
      `<x:sheetData xmlns:x="${NS.main}"><x:row r="1"><x:c r="A1"/></x:row></x:sheetData>`
    );
  });

  test("insertInOrder follows the schema order and steps over other namespaces", () => {
    const part = XmlPart.parse(
      `<workbook xmlns="${NS.main}"><bookViews/><sheets/><mc:AlternateContent xmlns:mc="urn:mc"/><calcPr/></workbook>`
    );
    part.insertInOrder(part.root, markup("definedNames"), [
      "bookViews",
      "sheets",
      "definedNames",
      "calcPr",
    ]);
    expect(part.toString()).toContain(
      '<sheets/><mc:AlternateContent xmlns:mc="urn:mc"/><definedNames/><calcPr/>'
    );
  });

  test("attributes are set and removed; the others and the content stay", () => {
    const part = XmlPart.parse(`<t xmlns="${NS.main}" a="1" b="x&#10;y"><k/></t>`);
    part.setAttributes(part.root, { a: undefined, c: "new" });
    expect(part.toString()).toBe(`<t xmlns="${NS.main}" b="x&#10;y" c="new"><k/></t>`);
  });

  test("replace and remove splice only the element", () => {
    const part = XmlPart.parse(`<r xmlns="${NS.main}"><a/> <b>t</b> <c/></r>`);
    const [a, b] = part.root.children;
    part.remove(a);
    part.replace(b, markup("b", {}, "new & <text>"));
    expect(part.toString()).toBe(`<r xmlns="${NS.main}"> <b>new &amp; &lt;text&gt;</b> <c/></r>`);
  });

  test("malformed XML and unbound prefixes are refused", () => {
    expect(() => XmlPart.parse("<a><b></a>")).toThrow(XmlPartError);
    expect(() => XmlPart.parse('<a r:id="1"/>')).toThrow(XmlPartError);
  });

  test("positions hold with characters outside the BMP", () => {
    const part = XmlPart.parse(`<r xmlns="${NS.main}"><a v="😀"/><b>😀</b></r>`);
    part.remove(part.root.children[1]);
    expect(part.toString()).toBe(`<r xmlns="${NS.main}"><a v="😀"/></r>`);
  });
});
