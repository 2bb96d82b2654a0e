import { strToU8 } from "fflate";
import { NS, XML_DECLARATION } from "../../../src/xlsx/package/xml";
import {
  CONTENT_TYPES,
  REL_TYPES,
  relsPathOf,
  XlsxPackage,
} from "../../../src/xlsx/package/xlsxPackage";
import { attributeOf } from "../../../src/xlsx/package/xmlPart";
import { NotAWorkbookError, writeZip } from "../../../src/xlsx/package/zipFile";
import { belowRow } from "../../../src/xlsx/parts/sheetCells";
import { edit, filledSurrey } from "../../helpers/workbooks";

/*
 * xlsxPackage.ts holds an .xlsx as its parts: relationships resolved to part paths, content types
 * looked up and declared, the workbook's sheets and defined names read. Only parts asked to change
 * are rewritten; every other entry leaves with the bytes it came in with.
 */

const rel = (id: string, type: string, target: string, external = false) =>
  `<Relationship Id="${id}" Type="${type}" Target="${target}"${external ? ' TargetMode="External"' : ""}/>`;
const rels = (...items: string[]) =>
  `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}">${items.join("")}</Relationships>`;

/** A two-sheet workbook (the second very hidden), a defined name of each scope, a drawing. */
function parts(): Record<string, string> {
  return {
    "[Content_Types].xml":
      `<Types xmlns="${NS.contentTypes}"><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPES.workbook}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CONTENT_TYPES.worksheet}"/></Types>`,
    "_rels/.rels": rels(rel("rId1", REL_TYPES.officeDocument, "xl/workbook.xml")),
    "xl/workbook.xml":
      `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheets>` +
      `<sheet name="Data" sheetId="3" r:id="rId7"/><sheet name="Secret" sheetId="1" state="veryHidden" r:id="rId2"/>` +
      `</sheets><definedNames><definedName name="Total">Data!$A$1</definedName>` +
      `<definedName name="_xlnm.Print_Area" localSheetId="1">Secret!$A$1:$B$2</definedName></definedNames></workbook>`,
    "xl/_rels/workbook.xml.rels": rels(
      rel("rId7", REL_TYPES.worksheet, "worksheets/sheet1.xml"),
      rel("rId2", REL_TYPES.worksheet, "/xl/worksheets/sheet2.xml")
    ),
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="${NS.main}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"/></sheetData></worksheet>`,
    "xl/worksheets/sheet2.xml": `<worksheet  xmlns="${NS.main}" ><sheetData/></worksheet>`,
    "xl/worksheets/_rels/sheet1.xml.rels": rels(
      rel("rId1", REL_TYPES.drawing, "../drawings/drawing1.xml"),
      rel("rId3", `${NS.rel}/hyperlink`, "https://example.org/a b", true)
    ),
    "xl/drawings/drawing1.xml": `<wsDr xmlns="${NS.spreadsheetDrawing}"/>`,
  };
}

function openError(entries: Record<string, string>): Error {
  const zip = writeZip(new Map(Object.entries(entries).map(([p, t]) => [p, strToU8(t)])));
  try {
    XlsxPackage.open(zip);
  } catch (error) {
    return error as Error;
  }
  throw new Error("opened");
}

describe("XlsxPackage.open and toBytes", () => {
  it("keep every part nobody edited byte for byte, and write the edited one", () => {
    const pkg = XlsxPackage.open(XlsxPackage.fromParts(parts()).toBytes());
    pkg.setText(
      "xl/worksheets/sheet1.xml",
      `<worksheet xmlns="${NS.main}"><sheetData/></worksheet>`
    );
    const again = XlsxPackage.open(pkg.toBytes());
    expect(again.paths()).toEqual(Object.keys(parts()));
    expect(again.text("xl/worksheets/sheet2.xml")).toBe(parts()["xl/worksheets/sheet2.xml"]);
    expect(again.text("xl/worksheets/sheet1.xml")).toContain("<sheetData/>");
  });

  it("refuse a zip that is not a spreadsheet, saying why", () => {
    const { "[Content_Types].xml": types, ...noTypes } = parts();
    expect(openError(noTypes).message).toBe(
      "is a zip file but not an .xlsx workbook ([Content_Types].xml missing)"
    );
    const noMain = { ...parts(), "_rels/.rels": rels() }; // nothing says which part is the workbook
    expect(openError(noMain).message).toBe(
      "is a zip file but not an .xlsx workbook (no workbook part)"
    );
    const docx = types.replace(
      CONTENT_TYPES.workbook,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    );
    const error = openError({ ...parts(), "[Content_Types].xml": docx });
    expect(error).toBeInstanceOf(NotAWorkbookError);
    expect(error.message).toBe("is an Office file but not an Excel workbook");
  });
});

describe("xml and editXml", () => {
  it("call a part that is not well-formed a damaged workbook, naming the part", () => {
    const pkg = XlsxPackage.fromParts({
      ...parts(),
      "xl/worksheets/sheet2.xml": "<worksheet><a></worksheet>",
    });
    expect(() => pkg.xml("xl/worksheets/sheet2.xml")).toThrow(NotAWorkbookError);
    expect(() => pkg.xml("xl/worksheets/sheet2.xml")).toThrow(
      /^has a damaged part \(xl\/worksheets\/sheet2\.xml: /
    );
    expect(pkg.xml("xl/missing.xml")).toBeUndefined();
  });

  it("leave a part whose edit changed nothing with its very bytes", () => {
    const pkg = XlsxPackage.fromParts(parts());
    const before = pkg.bytes("xl/worksheets/sheet2.xml");
    pkg.editXml("xl/worksheets/sheet2.xml", (part) => part.children(part.root, "sheetData"));
    expect(pkg.bytes("xl/worksheets/sheet2.xml")).toBe(before);
  });

  it("editXmlHead edits the head of a part, and redoes an edit needing more on the whole part", () => {
    const path = "xl/worksheets/sheet1.xml";
    const pkg = XlsxPackage.fromParts(parts());
    const head = pkg.xmlHead(path, belowRow(1))!;
    const data = head.child(head.root, "sheetData")!;
    expect(head.children(data, "row").map((r) => attributeOf(r, "r"))).toEqual(["1", "2"]);
    expect(head.children(data, "row")[1].end).toBeLessThan(0); // stopped there: not read through
    pkg.editXmlHead(path, belowRow(1), (part) => {
      const sheetData = part.child(part.root, "sheetData")!;
      part.setAttributes(part.children(sheetData, "row")[0], { ht: 20 });
      part.append(sheetData, { name: "row", attrs: { r: 9 } }); // sheetData's end was not read
    });
    expect(pkg.text(path)).toBe(
      `<worksheet xmlns="${NS.main}"><sheetData><row r="1" ht="20"><c r="A1"><v>1</v></c></row><row r="2"/><row r="9"/></sheetData></worksheet>`
    );
  });
});

describe("relationships", () => {
  it("resolve relative, absolute and external targets", () => {
    const pkg = XlsxPackage.fromParts(parts());
    expect(pkg.relationships(pkg.workbookPath).map((r) => r.target)).toEqual([
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    expect(pkg.relationships("xl/worksheets/sheet1.xml")).toEqual([
      { id: "rId1", type: REL_TYPES.drawing, target: "xl/drawings/drawing1.xml", external: false },
      {
        id: "rId3",
        type: `${NS.rel}/hyperlink`,
        target: "https://example.org/a b",
        external: true,
      },
    ]);
    expect(pkg.relationships("xl/worksheets/sheet2.xml")).toEqual([]);
  });

  it("addRelationship takes a free id, writes a relative target and declares .rels parts", () => {
    const pkg = XlsxPackage.fromParts(parts());
    const id = pkg.addRelationship(
      "xl/worksheets/sheet1.xml",
      REL_TYPES.table,
      "xl/tables/table1.xml"
    );
    expect(id).toBe("rId4"); // rId1 and rId3 are taken
    expect(pkg.relationships("xl/worksheets/sheet1.xml").find((r) => r.id === id)?.target).toBe(
      "xl/tables/table1.xml"
    );
    expect(pkg.text("xl/worksheets/_rels/sheet1.xml.rels")).toContain(
      'Target="../tables/table1.xml"'
    );
    // A part without relationships gets its .rels part; .rels gets its content type.
    expect(
      pkg.addRelationship("xl/worksheets/sheet2.xml", REL_TYPES.drawing, "xl/drawings/drawing1.xml")
    ).toBe("rId1");
    expect(pkg.has("xl/worksheets/_rels/sheet2.xml.rels")).toBe(true);
    expect(pkg.contentTypeOf("xl/worksheets/_rels/sheet2.xml.rels")).toBe(
      CONTENT_TYPES.relationships
    );
  });

  it("removeRelationship drops only the one with that id", () => {
    const pkg = XlsxPackage.fromParts(parts());
    pkg.removeRelationship("xl/worksheets/sheet1.xml", "rId1");
    expect(pkg.relationships("xl/worksheets/sheet1.xml").map((r) => r.id)).toEqual(["rId3"]);
  });

  it("relsPathOf names the relationships part beside a part", () => {
    expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPathOf("")).toBe("_rels/.rels");
  });
});

describe("content types", () => {
  it("contentTypeOf reads an override (case-insensitively) before the extension's default", () => {
    const types = parts()["[Content_Types].xml"].replace(
      "/xl/worksheets/sheet1",
      "/XL/Worksheets/Sheet1"
    );
    const pkg = XlsxPackage.fromParts({ ...parts(), "[Content_Types].xml": types });
    expect(pkg.contentTypeOf("xl/worksheets/sheet1.xml")).toBe(CONTENT_TYPES.worksheet);
    expect(pkg.contentTypeOf("xl/worksheets/sheet2.xml")).toBe("application/xml");
    expect(pkg.contentTypeOf("xl/media/image1.png")).toBeUndefined();
  });

  it("addOverride is seen at once and written when the content types are read or saved", () => {
    const pkg = XlsxPackage.fromParts(parts());
    const before = pkg.bytes("[Content_Types].xml");
    pkg.addOverride("xl/worksheets/sheet1.xml", CONTENT_TYPES.worksheet); // already so: nothing
    pkg.addOverride("xl/tables/table1.xml", CONTENT_TYPES.table);
    expect(pkg.contentTypeOf("xl/tables/table1.xml")).toBe(CONTENT_TYPES.table);
    expect(pkg.bytes("[Content_Types].xml")).toBe(before);
    expect(pkg.text("[Content_Types].xml")).toContain(
      `<Override PartName="/xl/tables/table1.xml" ContentType="${CONTENT_TYPES.table}"/></Types>`
    );
    expect(pkg.text("[Content_Types].xml")!.match(/Sheet1\.xml/gi)).toHaveLength(1);
  });

  it("dropMissingOverrides drops the declarations of parts that are not there", () => {
    const pkg = XlsxPackage.fromParts(parts());
    pkg.addOverride("xl/charts/chart1.xml", CONTENT_TYPES.chart);
    pkg.delete("xl/worksheets/sheet2.xml"); // no override of its own: nothing to drop with it
    pkg.addOverride("xl/worksheets/sheet2.xml", CONTENT_TYPES.worksheet);
    expect(pkg.dropMissingOverrides()).toEqual([
      "dropped the content type of the missing part xl/charts/chart1.xml",
      "dropped the content type of the missing part xl/worksheets/sheet2.xml",
    ]);
    const types = pkg.text("[Content_Types].xml")!;
    expect(types).not.toMatch(/chart1|sheet2/);
    expect(types).toContain('PartName="/xl/worksheets/sheet1.xml"');
  });
});

describe("parts", () => {
  it("delete drops a part with its relationships and its content type", () => {
    const pkg = XlsxPackage.fromParts(parts());
    pkg.addOverride("xl/drawings/drawing1.xml", CONTENT_TYPES.drawing);
    pkg.delete("xl/drawings/drawing1.xml"); // a declaration still waiting goes too
    expect(pkg.text("[Content_Types].xml")).not.toContain("drawing1");
    pkg.delete("xl/worksheets/sheet1.xml");
    expect(pkg.has("xl/worksheets/sheet1.xml")).toBe(false);
    expect(pkg.has("xl/worksheets/_rels/sheet1.xml.rels")).toBe(false);
    expect(pkg.text("[Content_Types].xml")).not.toMatch(/sheet1/i);
  });

  it("freePath gives the first unused numbered path", () => {
    const pkg = XlsxPackage.fromParts(parts());
    expect(pkg.freePath("xl/worksheets", "sheet")).toBe("xl/worksheets/sheet3.xml");
    expect(pkg.freePath("xl/media", "image", "png")).toBe("xl/media/image1.png");
  });
});

describe("workbook", () => {
  it("sheets lists each sheet with its id, relationship, part and whether it is hidden", () => {
    expect(XlsxPackage.fromParts(parts()).sheets()).toEqual([
      { name: "Data", sheetId: 3, relId: "rId7", path: "xl/worksheets/sheet1.xml", hidden: false },
      { name: "Secret", sheetId: 1, relId: "rId2", path: "xl/worksheets/sheet2.xml", hidden: true },
    ]);
  });

  it("definedNames gives each name's formula and, when scoped, its sheet index", () => {
    expect(XlsxPackage.fromParts(parts()).definedNames()).toEqual([
      { name: "Total", formula: "Data!$A$1" },
      { name: "_xlnm.Print_Area", formula: "Secret!$A$1:$B$2", localSheetId: 1 },
    ]);
  });

  it("a workbook without <sheets> or names has none", () => {
    const bare = { ...parts(), "xl/workbook.xml": `<workbook xmlns="${NS.main}"/>` };
    const pkg = XlsxPackage.fromParts(bare);
    expect([pkg.sheetsElement(), pkg.sheets(), pkg.definedNames()]).toEqual([undefined, [], []]);
  });
});

describe("content types by part name, ignoring case (found in review)", () => {
  const upperCased = () =>
    edit(filledSurrey(), (pkg) =>
      pkg.editXml("[Content_Types].xml", (part) => {
        for (const o of part.children(part.root, "Override"))
          if (attributeOf(o, "PartName") === "/xl/worksheets/sheet1.xml")
            part.setAttributes(o, { PartName: "/XL/Worksheets/Sheet1.xml" });
      })
    );
  it("keeps an override whose name differs from its part only in case", () => {
    const pkg = XlsxPackage.open(upperCased());
    expect(pkg.dropMissingOverrides()).toEqual([]);
    expect(pkg.contentTypeOf("xl/worksheets/sheet1.xml")).toMatch(/worksheet/);
  });
  it("removes that override with its part", () => {
    const pkg = XlsxPackage.open(upperCased());
    pkg.delete("xl/worksheets/sheet1.xml");
    expect(pkg.text("[Content_Types].xml")).not.toMatch(/Sheet1\.xml/i);
  });
});
