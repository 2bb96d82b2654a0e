import { existsSync, readdirSync, readFileSync } from "fs";
import fc from "fast-check";
import { join } from "path";
import { scoreAssessmentFile } from "../../../src/xlsx/workbookFile";
import { XmlPart, XmlPartError } from "../../../src/xlsx/package/xmlPart";
import { NotPlainXml, scanXml } from "../../../src/xlsx/package/xmlScan";
import { bothReads, xmlPartsOf } from "../../helpers/xmlReads";
import { filledSurrey } from "../../helpers/workbooks";

/*
 * The quick reader (xmlScan.ts) must read every part exactly as saxes does, or decline it so that
 * saxes reads it: compared here element by element (names, namespaces, attributes, declarations,
 * text and the three source positions) on every XML part of real and generated workbooks, and on
 * the odd corners of XML one at a time.
 */

const FIXTURE_DIR = join(__dirname, "..", "..", "fixtures");
// Real workbooks saved by Excel, Google Sheets and LibreOffice, outside the repository: read
// where present (CI without ../shared compares the fixtures and generated workbooks only).
const CORPUS_DIR = join(__dirname, "..", "..", "..", "..", "shared", "corpus", "real-workbooks");

function workbooks(): [string, Uint8Array][] {
  const fromDir = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith(".xlsx"))
          .map((name): [string, Uint8Array] => [
            name,
            new Uint8Array(readFileSync(join(dir, name))),
          ])
      : [];
  const surrey = filledSurrey();
  return [
    ["Surrey's example", surrey],
    ["Surrey's example scored", scoreAssessmentFile(surrey).bytes],
    ...fromDir(FIXTURE_DIR),
    ...fromDir(CORPUS_DIR),
  ];
}

describe("scanXml reads parts as saxes does", () => {
  const parts = workbooks().flatMap(([workbook, bytes]) =>
    xmlPartsOf(bytes).map(([part, source]) => [`${workbook}: ${part}`, source] as const)
  );

  it("has parts to compare", () => expect(parts.length).toBeGreaterThan(50));

  it.each(parts)("%s", (_name, source) => {
    let scanned: ReturnType<typeof scanXml> | undefined;
    try {
      scanned = scanXml(source);
    } catch (error) {
      if (!(error instanceof NotPlainXml)) throw error;
    }
    // Every part a producer wrote here is plain XML: the quick reader must take all of them.
    expect(scanned).toBeDefined();
    const { saxes, scanned: quick } = bothReads(source);
    expect(quick).toEqual(saxes);
  });

  it("stops where asked, as saxes does: at a sheet's first row, and at a self-closing element", () => {
    const sheet = xmlPartsOf(filledSurrey()).find(([name]) => name.endsWith("sheet1.xml"))![1];
    for (const local of ["row", "sheetFormatPr", "c"]) {
      const { saxes, scanned } = bothReads(sheet, (e) => e.local === local);
      expect(scanned).toEqual(saxes);
      expect(JSON.stringify(scanned.root)).toContain('"end":-1');
    }
  });
});

describe("scanXml on the corners of XML", () => {
  const SAME = [
    [
      "a declaration, CRLF line ends and a trailing newline",
      '<?xml version="1.0"?>\r\n<a>\r\n<b/>\r\n</a>\r\n',
    ],
    [
      "entities in text and attributes",
      '<a t="&lt;&amp;&#x41;&#66;&quot;&apos;">x &gt; &#128512; &amp;amp;</a>',
    ],
    ["tab, newline and CRLF in attribute values", '<a t="x\ty\nz\r\nw\rv"/>'],
    ['single-quoted values holding > and "', `<a t='1 > 0 "ok"'/>`],
    ["spaces around = and before />", '<a  t = "1"  u="2" />'],
    [
      "comments and processing instructions anywhere",
      "<!-- c --><?pi x?><a><!--in--><?pi y?>t</a><!-- end -->",
    ],
    ["CDATA, with < and & and a CRLF", "<a>x<![CDATA[<b> & \r\n]]>y</a>"],
    [
      "prefixed elements and attributes, redeclared inside",
      '<x:a xmlns:x="u:1" xmlns:r="u:r" r:id="1"><x:b xmlns:x="u:2"><x:c/></x:b><x:d/></x:a>',
    ],
    ['a default namespace undone by xmlns=""', '<a xmlns="u:a"><b xmlns=""><c/></b><d/></a>'],
    ["xml:space, bound without a declaration", '<a xml:space="preserve"> t </a>'],
    ["text split by children", "<a>one<b>two</b>three<c/>four</a>"],
    ["non-ASCII names and text", '<ä ö="ü">日本 😀</ä>'],
    ["an empty element with an end tag", "<a></a>"],
  ] as const;

  it.each(SAME)("%s", (_label, source) => {
    const { saxes, scanned } = bothReads(source);
    expect(scanned).toEqual(saxes);
  });

  // What the quick reader declines; XmlPart.parse then gives saxes' own answer.
  const MALFORMED = [
    ["mismatched tags", "<a><b></a></b>"],
    ["an unclosed element", "<a><b>"],
    ["an unbound element prefix", "<x:a/>"],
    ["an unbound attribute prefix", '<a r:id="1"/>'],
    ["a duplicate attribute", '<a t="1" t="2"/>'],
    ["the same attribute by two prefixes", '<a xmlns:p="u:1" xmlns:q="u:1" p:t="1" q:t="2"/>'],
    ["a bare &", "<a>fish & chips</a>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["an unquoted attribute", "<a t=1/>"],
    ["no space between attributes", '<a t="1"u="2"/>'],
    ["< in an attribute value", '<a t="<"/>'],
    ["two root elements", "<a/><b/>"],
    ["text outside the root", "<a/>tail"],
    ["a control character", "<a>\u0001</a>"],
    ["-- inside a comment", "<a><!-- a -- b --></a>"],
    ["nothing at all", ""],
  ] as const;

  it.each(MALFORMED)("declines %s, and parse reports saxes' error", (_label, source) => {
    expect(() => scanXml(source)).toThrow(NotPlainXml);
    expect(() => XmlPart.parse(source)).toThrow(XmlPartError);
  });

  it("hands a DOCTYPE to saxes, which reads it", () => {
    const source = '<!DOCTYPE a><a t="1">x</a>';
    expect(() => scanXml(source)).toThrow(NotPlainXml);
    const part = XmlPart.parse(source);
    expect(part.root.local).toBe("a");
    expect(part.root.text).toBe("x");
  });
});

describe("scanXml on random documents", () => {
  // Pieces that meet at XML's awkward edges: entities good and bad, quotes, CR and tabs, prefixes
  // bound and unbound, comments and CDATA, stray < and &.
  const TEXT = [
    "x",
    " ",
    "\r\n",
    "\r",
    "\t",
    "&amp;",
    "&#65;",
    "&bad;",
    "&",
    ">",
    "]]>",
    "é",
    "😀",
  ];
  const NAMES = ["a", "b", "x:a", "r:id", "xml:space", "p:", ":a", "a:b:c", "ä"];
  const piece = fc.oneof(
    fc.constantFrom(...TEXT),
    fc.constantFrom(...NAMES).map((n) => `<${n}>`),
    fc.constantFrom(...NAMES).map((n) => `</${n}>`),
    fc.constantFrom(...NAMES).map((n) => `<${n}/>`),
    fc
      .tuple(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...NAMES),
        fc.constantFrom(...TEXT, '"', "<")
      )
      .map(([n, a, v]) => `<${n} ${a}="${v}">`),
    fc.constantFrom(
      '<a xmlns="u:a">',
      '<x:a xmlns:x="u:x">',
      '<b xmlns:x="u:x" xmlns:r="u:r" x:t="1" r:id="2"/>',
      "<!-- c -->",
      "<!-- -- -->",
      "<![CDATA[<&\r\n]]>",
      "<?pi x?>",
      "<!DOCTYPE a>",
      "<",
      "</a "
    )
  );
  const documents = fc
    .array(piece, { maxLength: 12 })
    .map((pieces) => `<a xmlns:p="u:p">${pieces.join("")}</a>`);

  it("reads only what saxes reads, and reads it alike", () => {
    fc.assert(
      fc.property(documents, (source) => {
        let scanned: ReturnType<typeof scanXml> | undefined;
        try {
          scanned = scanXml(source);
        } catch (error) {
          if (!(error instanceof NotPlainXml)) throw error;
          return; // declined: XmlPart.parse hands it to saxes
        }
        const { saxes, scanned: quick } = bothReads(source);
        expect(scanned).toBeDefined();
        expect(quick).toEqual(saxes);
      }),
      { numRuns: 3000, seed: 20261201 }
    );
  });
});
