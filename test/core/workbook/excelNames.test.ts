import {
  checkDefinedName,
  checkSheetName,
  escapeXstring,
  isA1Reference,
  isValidDefinedName,
  isValidSheetName,
  quoteSheetName,
  splitSheetReference,
  startsWithR1C1Reference,
  tableColumnNames,
  unescapeXstring,
  unquoteSheetName,
} from "../../../src/core/workbook/excelNames";
import { quoteSheetName as viaSheetSpec } from "../../../src/core/workbook/sheetSpec";

/*
 * Expected forms for sheet names are those Excel wrote in files it saved, as recorded in
 * XlsxWriter issue #1078 / test_quote_sheetname.py, unless a row says otherwise.
 */
describe("quoteSheetName", () => {
  test.each([
    // Plain identifiers stay bare.
    ["Sheet1", "Sheet1"],
    ["Results", "Results"],
    ["Sheet.1", "Sheet.1"],
    ["_private", "_private"],
    ["_", "_"],
    ["Résultats", "Résultats"],
    ["École1", "École1"],
    ["日本語", "日本語"],
    // Spaces, punctuation, leading digits or periods: quoted.
    ["Sheet 1", "'Sheet 1'"],
    ["Action Plan", "'Action Plan'"],
    ["Sheet-1", "'Sheet-1'"],
    ["Results (SVMI 2)", "'Results (SVMI 2)'"],
    ["2024", "'2024'"],
    ["1Sheet", "'1Sheet'"],
    [".Sheet1", "'.Sheet1'"],
    ["Sheet⟦1", "'Sheet⟦1'"],
    ["Sheet\u00A0Two", "'Sheet\u00A0Two'"], // no-break space
    [" ", "' '"],
    ["", "''"],
    // Apostrophes are doubled inside the quotes.
    ["It's", "'It''s'"],
    ["Sheet''1", "'Sheet''''1'"],
    // Names that are an A1 reference inside the grid.
    ["A1", "'A1'"],
    ["a1", "'a1'"],
    ["FY24", "'FY24'"],
    ["Q1", "'Q1'"],
    ["XFD1048576", "'XFD1048576'"],
    ["XFD048576", "'XFD048576'"], // leading zeros still make a reference
    // ...and names that are not: past the grid, row 0, or more than the reference.
    ["XFE1", "XFE1"],
    ["ABCD1", "ABCD1"],
    ["A0", "A0"],
    ["A1048577", "A1048577"],
    ["A1B", "A1B"],
    ["Q1Data", "Q1Data"],
    ["B1048576a", "B1048576a"],
    ["XFD", "XFD"],
    // Names that start with an R1C1 reference.
    ["R", "'R'"],
    ["C", "'C'"],
    ["rc", "'rc'"],
    ["RC", "'RC'"],
    ["R1", "'R1'"],
    ["C1", "'C1'"],
    ["R2C3", "'R2C3'"],
    ["R2D2", "'R2D2'"],
    ["R1C", "'R1C'"],
    ["rc2z", "'rc2z'"],
    ["C16384Z", "'C16384Z'"],
    ["R01", "'R01'"], // EPPlus #214
    // ...and names that do not.
    ["RCZ", "RCZ"],
    ["RRC", "RRC"],
    ["CR", "CR"],
    ["R0C0", "R0C0"],
    ["C16385Z", "C16385Z"],
    ["R1048577C1", "R1048577C1"],
    ["bR1C1", "bR1C1"],
    // Booleans would read as literals (Apache POI quotes them too).
    ["TRUE", "'TRUE'"],
    ["false", "'false'"],
    ["Trueish", "Trueish"],
    // Stricter than Excel on purpose: emoji after the first letter (Excel leaves it bare).
    ["Sheet😀", "'Sheet😀'"],
  ])("%j is written %s", (name, written) => {
    expect(quoteSheetName(name)).toBe(written);
  });

  test("sheetSpec re-exports the same function, so every caller gets these rules", () => {
    expect(viaSheetSpec).toBe(quoteSheetName);
    expect(viaSheetSpec("FY24")).toBe("'FY24'");
  });

  test.each(["Sheet1", "It's", "'Quoted'", "A''B", "R2D2", "Action Plan", ""])(
    "%j reads back unchanged through unquoteSheetName",
    (name) => {
      expect(unquoteSheetName(quoteSheetName(name))).toBe(name);
    }
  );
});

describe("cell-reference shapes", () => {
  test.each([
    ["A1", true],
    ["XFD1048576", true],
    ["xfd1", true],
    ["XFE1", false],
    ["A1048577", false],
    ["A0", false],
    ["A1B", false],
    ["ß1", false], // uppercases to SS1, but only ASCII letters name columns
    ["A123456789012345678901", false],
  ])("isA1Reference(%j) is %s", (text, expected) => {
    expect(isA1Reference(text)).toBe(expected);
  });

  test.each([
    ["R", true],
    ["RC", true],
    ["R1048576", true],
    ["R1048577", false],
    ["C16384", true],
    ["RC16385Z", false],
    ["R1C16385", true], // starts with R1; what follows does not matter
    ["Rx", false],
  ])("startsWithR1C1Reference(%j) is %s", (text, expected) => {
    expect(startsWithR1C1Reference(text)).toBe(expected);
  });
});

describe("splitSheetReference", () => {
  test.each([
    ["'It''s'!A1", { sheet: "It's", address: "A1" }],
    ["Sheet1!$A$1:$B$2", { sheet: "Sheet1", address: "$A$1:$B$2" }],
    ["'Action Plan'!$1:$3", { sheet: "Action Plan", address: "$1:$3" }],
    ["'Bang!'!A1", { sheet: "Bang!", address: "A1" }],
    ["''''!B2", { sheet: "'", address: "B2" }],
    ["B2:C3", { address: "B2:C3" }],
    ["'Unclosed!A1", undefined],
    ["'Sheet 1'A1", undefined],
  ])("%j splits into %j", (reference, expected) => {
    expect(splitSheetReference(reference)).toEqual(expected);
  });

  test.each(["FY24", "It's", "Sheet 1", "R2D2", "Sheet1", "a'!b"])(
    "a reference built with quoteSheetName(%j) splits back to that sheet",
    (sheet) => {
      expect(splitSheetReference(`${quoteSheetName(sheet)}!$A$1`)).toEqual({
        sheet,
        address: "$A$1",
      });
    }
  );
});

describe("checkSheetName", () => {
  test.each([
    ["Sheet1", undefined],
    ["Action Plan", undefined],
    ["It's", undefined],
    ["FY24", undefined],
    ["Résultats", undefined],
    ["x".repeat(31), undefined],
    ["", "A sheet name cannot be empty."],
    ["x".repeat(32), "A sheet name can have at most 31 characters."],
    ["😀".repeat(16), "A sheet name can have at most 31 characters."], // 32 UTF-16 units
    ["Q1/Q2", 'A sheet name cannot contain "/".'],
    ["a\\b", 'A sheet name cannot contain "\\".'],
    ["Time: now", 'A sheet name cannot contain ":".'],
    ["Why?", 'A sheet name cannot contain "?".'],
    ["*", 'A sheet name cannot contain "*".'],
    ["[Draft]", 'A sheet name cannot contain "[".'],
    ["Draft]", 'A sheet name cannot contain "]".'],
    ["'Quoted", "A sheet name cannot start or end with an apostrophe."],
    ["Quoted'", "A sheet name cannot start or end with an apostrophe."],
    ["History", '"History" is reserved by Excel.'],
    ["history", '"History" is reserved by Excel.'],
    ["History 2", undefined],
  ])("%j: %j", (name, reason) => {
    expect(checkSheetName(name)).toBe(reason);
    expect(isValidSheetName(name)).toBe(reason === undefined);
  });
});

describe("checkDefinedName", () => {
  test.each([
    ["SVMI_Results", undefined],
    ["Sales.Q1", undefined],
    ["_private", undefined],
    ["\\backslash", undefined],
    ["\\", undefined],
    ["Résultats", undefined],
    ["Verka\u0308ufe", undefined], // decomposed ä: a combining mark after a letter
    ["what?", undefined], // [MS-XLSB] 2.5.166 allows "?" after the first character
    ["A1B", undefined], // only the reference itself is forbidden
    ["B1_FOO", undefined],
    ["XFE1", undefined],
    ["A1048577", undefined],
    ["RCZ", undefined],
    ["_xlnm.Print_Area", undefined],
    ["_xlnm.Print_Titles", undefined],
    ["_xlnm._FilterDatabase", undefined],
    ["x".repeat(255), undefined],
    ["", "A name cannot be empty."],
    ["x".repeat(256), "A name can have at most 255 characters."],
    ["2024", 'A name must start with a letter, an underscore or a backslash, not "2".'],
    [".hidden", 'A name must start with a letter, an underscore or a backslash, not ".".'],
    ["?what", 'A name must start with a letter, an underscore or a backslash, not "?".'],
    ["😀x", 'A name must start with a letter, an underscore or a backslash, not "😀".'],
    ["Sheet 1", "A name cannot contain spaces."],
    ["Cost-Benefit", 'A name cannot contain "-".'],
    ["It's", `A name cannot contain "'".`],
    ["Total$", 'A name cannot contain "$".'],
    ["Line\nBreak", 'A name cannot contain "\n".'],
    ["\\a", "A name cannot be a backslash and one more character."],
    ["\\1", "A name cannot be a backslash and one more character."],
    ["TRUE", "A name cannot be TRUE or FALSE."],
    ["False", "A name cannot be TRUE or FALSE."],
    ["A1", '"A1" is a cell reference.'],
    ["FY24", '"FY24" is a cell reference.'],
    ["Q1", '"Q1" is a cell reference.'],
    ["XFD1048576", '"XFD1048576" is a cell reference.'],
    ["R", '"R" starts with an R1C1 cell reference.'],
    ["c", '"c" starts with an R1C1 cell reference.'],
    ["RC", '"RC" starts with an R1C1 cell reference.'],
    ["R1C1", '"R1C1" starts with an R1C1 cell reference.'],
    ["R2D2", '"R2D2" starts with an R1C1 cell reference.'],
    ["C1_FOO", '"C1_FOO" starts with an R1C1 cell reference.'],
  ])("%j: %j", (name, reason) => {
    expect(checkDefinedName(name)).toBe(reason);
    expect(isValidDefinedName(name)).toBe(reason === undefined);
  });
});

describe("tableColumnNames", () => {
  test.each<[string, unknown[], string[]]>([
    [
      "unique headers keep their text",
      ["Theme", "Question ID", "Notes"],
      ["Theme", "Question ID", "Notes"],
    ],
    ["a repeated header gets 2", ["Notes", "Notes"], ["Notes", "Notes2"]],
    ["duplicates compare case-insensitively", ["Cost", "cost"], ["Cost", "cost2"]],
    ["notes beside Notes", ["Notes", "notes"], ["Notes", "notes2"]],
    ["three duplicates", ["Cost", "Cost", "Cost"], ["Cost", "Cost2", "Cost3"]],
    [
      "a renamed duplicate steps around a written header",
      ["Cost", "Cost", "Cost2"],
      ["Cost", "Cost3", "Cost2"],
    ],
    [
      "blanks are named by position",
      ["Name", "", null, undefined],
      ["Name", "Column2", "Column3", "Column4"],
    ],
    ["all blank", ["", ""], ["Column1", "Column2"]],
    ["a blank steps around a written ColumnN", ["Column2", ""], ["Column2", "Column3"]],
    ["a blank steps around a header written later", ["", "Column1"], ["Column2", "Column1"]],
    [
      "numbers and booleans as displayed",
      [2024, 0.1 + 0.2, true, false],
      ["2024", "0.3", "TRUE", "FALSE"],
    ],
    ["a number and its text are duplicates", [2024, "2024"], ["2024", "20242"]],
    [
      "a line break stays in the name",
      ["Present\nlevel", "Present\nlevel"],
      ["Present\nlevel", "Present\nlevel2"],
    ],
    ["brackets and apostrophes are allowed", ["[Draft] #1", "It's"], ["[Draft] #1", "It's"]],
    ["no headers", [], []],
  ])("%s", (_, headers, names) => {
    const result = tableColumnNames(headers);
    expect(result.names).toEqual(names);
    expect(result.headerTexts).toEqual(names);
  });
});

describe("escapeXstring / unescapeXstring", () => {
  test.each([
    ["Plain text", "Plain text"],
    ["Present\nlevel", "Present_x000a_level"],
    ["CR\r\nLF", "CR_x000d__x000a_LF"],
    ["Tab\there", "Tab_x0009_here"],
    ["bell\u0007", "bell_x0007_"],
    ["\u0000", "_x0000_"],
    ["\uFFFF", "_xffff_"],
    ["lone \uD800", "lone _xd800_"],
    ["pair 😀", "pair 😀"],
    ["_x0041_", "_x005f_x0041_"],
    ["_X000A_ too", "_X000A_ too"], // an upper-case X is no escape
    ["_x0041_x0042_", "_x005f_x0041_x005f_x0042_"],
    ["_x004_ and _xGGGG_", "_x004_ and _xGGGG_"],
    ["snake_case_x", "snake_case_x"],
    ["A & <B>", "A & <B>"], // entities are the XML writer's job
  ])("%j is written %j", (text, written) => {
    expect(escapeXstring(text)).toBe(written);
    expect(unescapeXstring(written)).toBe(text);
  });

  test.each([
    ["_x000A_", "\n"],
    ["_x005F_x000a_", "_x000a_"],
    ["a_x0020_b", "a b"],
  ])("reads %j, whatever the hex case, as %j", (written, text) => {
    expect(unescapeXstring(written)).toBe(text);
  });
});
