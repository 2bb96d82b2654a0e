import { NS } from "../../../src/xlsx/package/xml";
import { XmlPart } from "../../../src/xlsx/package/xmlPart";
import {
  afterCells,
  belowRow,
  editCells,
  readCells,
  readSharedStrings,
  sheetRows,
  writeTextCells,
} from "../../../src/xlsx/parts/sheetCells";

/*
 * sheetCells.ts reads a worksheet's cells (shared and inline strings, numbers, booleans, formulas'
 * cached values) and writes text cells into it, replacing or inserting single <c> elements so
 * that everything else in the part stays as it was.
 */

const sheet = (rows: string, prefix = "") =>
  `<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="${NS.main}"><${prefix}sheetData>${rows}</${prefix}sheetData><${prefix}pageMargins left="1"/></${prefix}worksheet>`;

describe("readSharedStrings", () => {
  it("reads plain and rich-text items in order, leaving out phonetic guides", () => {
    const xml =
      `<sst xmlns="${NS.main}"><si><t>Present</t></si>` +
      `<si><r><rPr><b/></rPr><t>Lea</t></r><r><t xml:space="preserve">der </t></r></si>` +
      `<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><t/></si></sst>`;
    expect(readSharedStrings(xml)).toEqual(["Present", "Leader ", "漢字", ""]);
  });

  it("is empty for a workbook without shared strings", () => {
    expect(readSharedStrings(undefined)).toEqual([]);
  });
});

describe("readCells", () => {
  const shared = ["Question ID", "A1"];

  it("reads each kind of cell value", () => {
    const xml = sheet(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Inline</t></is></c>` +
        `<c r="C1"><v>2.5</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c></row>` +
        `<row r="2"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>` +
        `<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2" s="3"/><c r="E2" t="s"><v>9</v></c></row>`
    );
    expect(readCells(xml, shared)).toEqual([
      ["Question ID", "Inline", 2.5, true, false],
      [2, "ab", "#DIV/0!"],
    ]);
  });

  it("places cells by their r attributes, and by counting when those are left out", () => {
    const xml = sheet(
      `<row r="3"><c r="C3"><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>`
    );
    const grid = readCells(xml, []);
    expect(grid.length).toBe(4);
    expect(grid[2]).toEqual([undefined, undefined, 1, 2]);
    expect(grid[3]).toEqual([3]);
    expect(grid[0]).toEqual([]);
  });

  it("reads cells written with a prefix, and stops after maxRows rows", () => {
    const xml = sheet(
      `<x:row r="1"><x:c r="B1"><x:v>7</x:v></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>8</x:v></x:c></x:row>`,
      "x:"
    );
    expect(readCells(xml, [])).toEqual([[undefined, 7], [8]]);
    expect(readCells(xml, [], 1)).toEqual([[undefined, 7]]);
  });

  it("keeps a number-typed cell that is not a number as its text", () => {
    expect(
      readCells(sheet(`<row r="1"><c r="A1"><v> </v></c><c r="B1"><v>1e3</v></c></row>`), [])
    ).toEqual([[" ", 1000]]);
  });
});

describe("sheetRows", () => {
  it("gives each cell's formula and style with its zero-based position", () => {
    const part = XmlPart.parse(sheet(`<row r="5"><c r="AB5" s="2"><f>ROW()</f><v>5</v></c></row>`));
    const [row] = sheetRows(part, []);
    expect(row.index).toBe(4);
    expect(
      row.cells.map(({ row: r, column, value, formula, style }) => ({
        r,
        column,
        value,
        formula,
        style,
      }))
    ).toEqual([{ r: 4, column: 27, value: 5, formula: "ROW()", style: "2" }]);
  });
});

describe("writeTextCells and editCells", () => {
  const base = sheet(
    `<row r="2" spans="2:3"><c r="B2" s="4" t="s"><v>0</v></c><c r="D2" s="5"><f>1+1</f><v>2</v></c></row>` +
      `<row r="5"><c r="A5"><v>1</v></c></row>`
  );

  it("replaces a cell keeping its style, and inserts new cells and rows in order", () => {
    const { xml, replacedFormula } = writeTextCells(base, [
      { row: 1, column: 1, text: "Mature" },
      { row: 1, column: 2, text: "new" },
      { row: 2, column: 0, text: "row 3" },
      { row: 6, column: 1, text: "row 7" },
    ]);
    expect(replacedFormula).toBe(false);
    expect(readCells(xml, ["old"])).toEqual([
      [],
      [undefined, "Mature", "new", 2],
      ["row 3"],
      [],
      [1],
      [],
      [undefined, "row 7"],
    ]);
    expect(xml).toContain(
      '<c r="B2" s="4" t="inlineStr"><is><t>Mature</t></is></c><c r="C2" t="inlineStr">'
    );
    expect(xml.indexOf('<row r="3">')).toBeLessThan(xml.indexOf('<row r="5">'));
    expect(xml).toMatch(/<row r="7">.*<\/sheetData><pageMargins left="1"\/>/);
  });

  it("says when a formula was replaced, and clears a cell written blank", () => {
    const { xml, replacedFormula } = writeTextCells(base, [{ row: 1, column: 3, text: "" }]);
    expect(replacedFormula).toBe(true);
    expect(xml).toContain('<c r="D2" s="5"/>');
  });

  it("widens the row's spans to cover a new cell", () => {
    const { xml } = writeTextCells(base, [{ row: 1, column: 5, text: "F" }]);
    expect(xml).toContain('<row r="2" spans="2:6">');
  });

  it("changes nothing for a value the cell already holds, or a blank in an empty row", () => {
    const part = XmlPart.parse(base);
    editCells(
      part,
      [
        { row: 1, column: 1, text: "old" },
        { row: 900, column: 0, text: "" },
      ],
      ["old"]
    );
    expect(part.changed).toBe(false);
  });

  it("keeps leading and trailing spaces, and the last of two writes to one cell", () => {
    const { xml } = writeTextCells(base, [
      { row: 4, column: 1, text: "first" },
      { row: 4, column: 1, text: " padded " },
    ]);
    expect(xml).toContain(
      '<c r="B5" t="inlineStr"><is><t xml:space="preserve"> padded </t></is></c>'
    );
    expect(readCells(xml, [])[4]).toEqual([1, " padded "]);
  });

  it("refuses a sheet with no cell data", () => {
    expect(() => editCells(XmlPart.parse(`<worksheet xmlns="${NS.main}"/>`), [])).toThrow(
      "the sheet has no cell data"
    );
  });
});

describe("belowRow and afterCells", () => {
  it("belowRow stops parsing at the first row past the given count", () => {
    const part = XmlPart.parse(
      sheet(`<row r="1"/><row r="2"/><row r="3"><c r="A3"><v>3</v></c></row>`),
      belowRow(2)
    );
    expect(readCells(part, [])).toEqual([]); // row 3 was reached but not read into
    expect(part.children(part.child(part.root, "sheetData")!, "row")).toHaveLength(3);
  });

  it("afterCells stops at the first worksheet child after the conditional formats", () => {
    const xml =
      `<worksheet xmlns="${NS.main}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>` +
      `<conditionalFormatting sqref="A1"/><dataValidations count="1"/><hyperlinks/></worksheet>`;
    const part = XmlPart.parse(xml, afterCells);
    expect(part.root.children.map((c) => c.local)).toEqual([
      "sheetData",
      "conditionalFormatting",
      "dataValidations",
    ]);
    expect(readCells(part, [])).toEqual([[1]]);
  });
});
