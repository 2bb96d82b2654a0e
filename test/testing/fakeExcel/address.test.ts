import {
  MAX_COLUMNS,
  MAX_ROWS,
  columnLetters,
  formatArea,
  parseArea,
  quoteSheet,
  splitReference,
} from "../../../src/testing/fakeExcel/address";

/*
 * The fake Excel's A1 addresses: column letters, reading and writing areas as Excel does
 * ("A1", "$B$2:D9", whole columns "A:C", whole rows "3:5"), sheet names quoted in references,
 * and the errors Excel would raise for addresses it cannot read.
 */

describe("columnLetters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [MAX_COLUMNS - 1, "XFD"],
  ])("column %i is %s", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });
});

describe("parseArea", () => {
  it("reads cells and rectangles, with or without $ and in any case", () => {
    expect(parseArea("A1")).toEqual({ row: 0, column: 0, rows: 1, columns: 1 });
    expect(parseArea("$b$2:d9")).toEqual({ row: 1, column: 1, rows: 8, columns: 3 });
    expect(parseArea("XFD1048576")).toEqual({
      row: MAX_ROWS - 1,
      column: MAX_COLUMNS - 1,
      rows: 1,
      columns: 1,
    });
  });

  it("normalises a range written backwards, as Excel does", () => {
    expect(parseArea("D9:B2")).toEqual(parseArea("B2:D9"));
    expect(parseArea("B9:D2")).toEqual(parseArea("B2:D9"));
  });

  it("reads whole columns and whole rows", () => {
    expect(parseArea("A:C")).toEqual({ row: 0, column: 0, rows: MAX_ROWS, columns: 3 });
    expect(parseArea("3:5")).toEqual({ row: 2, column: 0, rows: 3, columns: MAX_COLUMNS });
  });

  it.each(["", "A", "3", "A1:B2:C3", "1A", "A1:", "A:3", "A1:C", "Sheet1!A1"])(
    "refuses %p as not an address",
    (text) => {
      expect(() => parseArea(text)).toThrow(`fake Excel: "${text}" is not an address`);
    }
  );

  it("refuses addresses beyond the sheet, with Excel's InvalidArgument code", () => {
    expect(() => parseArea("A1048577")).toThrow(
      'fake Excel: "A1048577" is outside the sheet (InvalidArgument)'
    );
    expect(() => parseArea("XFE1")).toThrow("is outside the sheet");
    expect(() => parseArea("A0")).toThrow("is outside the sheet"); // rows count from 1
  });
});

describe("formatArea", () => {
  it("writes a cell, a rectangle and their absolute forms", () => {
    expect(formatArea({ row: 0, column: 0, rows: 1, columns: 1 })).toBe("A1");
    expect(formatArea({ row: 1, column: 1, rows: 8, columns: 3 })).toBe("B2:D9");
    expect(formatArea({ row: 1, column: 1, rows: 8, columns: 3 }, true)).toBe("$B$2:$D$9");
    expect(formatArea({ row: 4, column: 26, rows: 1, columns: 2 })).toBe("AA5:AB5");
  });

  it("writes whole columns and rows as Excel does", () => {
    expect(formatArea({ row: 0, column: 0, rows: MAX_ROWS, columns: 3 })).toBe("A:C");
    expect(formatArea({ row: 2, column: 0, rows: 3, columns: MAX_COLUMNS }, true)).toBe("$3:$5");
  });

  it.each(["A1", "B2:D9", "AA10:AZ99", "A:C", "3:5"])("reads back %s unchanged", (text) => {
    expect(formatArea(parseArea(text))).toBe(text);
  });
});

describe("quoteSheet", () => {
  it.each([
    ["Results", "Results"],
    ["Sheet_1.2", "Sheet_1.2"],
    ["Action Plan", "'Action Plan'"],
    ["It's", "'It''s'"],
    ["FY24", "'FY24'"], // reads as a cell address
    ["R2C3", "'R2C3'"], // reads as an R1C1 address
    ["2024", "'2024'"],
  ])("%s is written %s", (name, quoted) => {
    expect(quoteSheet(name)).toBe(quoted);
  });
});

describe("splitReference", () => {
  it("splits a sheet name from its address, unquoting it", () => {
    expect(splitReference("Sheet1!A1:B2")).toEqual({ sheet: "Sheet1", address: "A1:B2" });
    expect(splitReference("='It''s mine'!$A$1")).toEqual({ sheet: "It's mine", address: "$A$1" });
  });

  it("leaves an address without a sheet as it is, without the =", () => {
    expect(splitReference("=B3")).toEqual({ address: "B3" });
    expect(splitReference(" C4:D5 ")).toEqual({ address: "C4:D5" });
  });

  it("round-trips any sheet name through quoteSheet", () => {
    for (const name of ["Results", "Action Plan", "It's", "FY24"]) {
      expect(splitReference(`${quoteSheet(name)}!A1`)).toEqual({ sheet: name, address: "A1" });
    }
  });
});
