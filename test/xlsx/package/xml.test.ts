import { SaxesParser } from "saxes";
import { XmlPart } from "../../../src/xlsx/package/xmlPart";
import {
  attrs,
  escapeAttribute,
  escapeXml,
  needsPreserve,
  XML_DECLARATION,
} from "../../../src/xlsx/package/xml";

/*
 * xml.ts makes text and attribute values safe for the XML svmi writes: markup characters escaped,
 * characters XML 1.0 forbids dropped, and whitespace a parser would normalise written as
 * character references, so what a reader gets back is what was written.
 */

/** What a namespace-unaware XML parser reads back from `<a v="...">...</a>`. */
function readBack(xml: string): { attribute: string; text: string } {
  const parser = new SaxesParser();
  let attribute = "";
  let text = "";
  let inside = false;
  parser.on("opentag", (tag) => {
    attribute = String(tag.attributes.v ?? "");
    inside = true;
  });
  parser.on("text", (t) => {
    if (inside) text += t; // not the newline after the declaration
  });
  parser.write(xml).close();
  return { attribute, text };
}

describe("escapeXml", () => {
  it("returns text without special characters as it is", () => {
    expect(escapeXml("Leader: we publish our plan")).toBe("Leader: we publish our plan");
  });

  it("escapes the markup characters", () => {
    expect(escapeXml(`a & b < c > d "e"`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot;");
    expect(escapeXml("&amp;")).toBe("&amp;amp;"); // an entity typed as text stays text
  });

  it("drops the control characters XML 1.0 forbids, keeping tab and newline", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFF")).toBe("abcdefg");
    expect(escapeXml("a\tb\nc")).toBe("a\tb\nc");
  });

  it("writes a carriage return as a reference, so CRLF survives a parser", () => {
    expect(escapeXml("one\r\ntwo")).toBe("one&#13;\ntwo");
    expect(readBack(`<a>${escapeXml("one\r\ntwo & three")}</a>`).text).toBe("one\r\ntwo & three");
  });
});

describe("escapeAttribute", () => {
  it("writes tab, newline and carriage return as character references", () => {
    expect(escapeAttribute("a\tb\nc\rd")).toBe("a&#9;b&#10;c&#13;d");
  });

  it("reads back exactly, where escapeXml alone would have the whitespace normalised", () => {
    const value = 'Line 1\r\n\tLine "2" & <3>\u0001';
    expect(readBack(`<a v="${escapeAttribute(value)}"/>`).attribute).toBe(
      'Line 1\r\n\tLine "2" & <3>'
    );
    expect(readBack(`<a v="${escapeXml("x\ty\nz")}"/>`).attribute).toBe("x y z");
  });
});

describe("attrs", () => {
  it("writes name=value pairs in order, leaving out undefined ones", () => {
    expect(attrs({ r: "A1", s: undefined, t: "b", n: 0, on: false })).toBe(
      ' r="A1" t="b" n="0" on="false"'
    );
    expect(attrs({})).toBe("");
  });

  it("escapes the values", () => {
    const written = attrs({ v: `Tom & "Jerry" <x>` });
    expect(written).toBe(' v="Tom &amp; &quot;Jerry&quot; &lt;x&gt;"');
    expect(readBack(`<a${written}/>`).attribute).toBe(`Tom & "Jerry" <x>`);
  });
});

describe("needsPreserve", () => {
  it("is true only for leading or trailing whitespace", () => {
    expect(needsPreserve(" lead")).toBe(true);
    expect(needsPreserve("trail\n")).toBe(true);
    expect(needsPreserve("\tlead")).toBe(true);
    expect(needsPreserve("in the middle")).toBe(false);
    expect(needsPreserve("")).toBe(false);
  });
});

describe("XML_DECLARATION", () => {
  it("is a UTF-8 standalone declaration ending in a newline, which a parser accepts", () => {
    expect(XML_DECLARATION).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\n$/
    );
    expect(readBack(`${XML_DECLARATION}<a v="1">t</a>`)).toEqual({ attribute: "1", text: "t" });
  });
});

describe("attrs keeps line breaks and tabs (found in review)", () => {
  it("writes them as character references, so a parser reads them back", () => {
    const written = `<a${attrs({ error: "Line one\nline two\tend" })}/>`;
    expect(XmlPart.parse(written).root.attributes[0].value).toBe("Line one\nline two\tend");
  });
});
