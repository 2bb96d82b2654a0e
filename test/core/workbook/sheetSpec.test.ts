import { quoteSheetName } from "../../../src/core/workbook/excelNames";
import {
  area,
  areaAddress,
  cellAddress,
  chartRows,
  parseAddress,
  quoteSheetName as viaSheetSpec,
  styled,
  widthOf,
} from "../../../src/core/workbook/sheetSpec";

/*
 * sheetSpec describes a sheet as plain data (values, styles, rules by zero-based row and column)
 * for both renderers, with the helpers that build areas and turn them into A1 addresses and back.
 */

describe("area and styled", () => {
  it("default to a single cell", () => {
    expect(area(3, 2)).toEqual({ row: 3, column: 2, rows: 1, columns: 1 });
    expect(area(3, 2, 4, 5)).toEqual({ row: 3, column: 2, rows: 4, columns: 5 });
  });

  it("attaches a style to an area without changing it", () => {
    expect(styled(area(1, 1, 2, 2), { bold: true })).toEqual({
      row: 1,
      column: 1,
      rows: 2,
      columns: 2,
      style: { bold: true },
    });
  });
});

describe("cellAddress", () => {
  test.each([
    [0, 0, "A1"],
    [9, 25, "Z10"],
    [0, 26, "AA1"],
    [0, 51, "AZ1"],
    [0, 52, "BA1"],
    [0, 701, "ZZ1"],
    [0, 702, "AAA1"],
    [1_048_575, 16_383, "XFD1048576"],
  ])("row %i, column %i is %s", (row, column, expected) => {
    expect(cellAddress(row, column)).toBe(expected);
  });

  it("writes $ before the column and the row when absolute", () => {
    expect(cellAddress(5, 27, true)).toBe("$AB$6");
  });
});

describe("areaAddress", () => {
  it("names a single cell as a cell, a larger area as a range", () => {
    expect(areaAddress(area(2, 1))).toBe("B3");
    expect(areaAddress(area(2, 1, 7, 3))).toBe("B3:D9");
    expect(areaAddress(area(4, 1, 1, 5), true)).toBe("$B$5:$F$5");
  });
});

describe("parseAddress", () => {
  test.each([
    ["B3", area(2, 1)],
    ["$B$3:D9", area(2, 1, 7, 3)],
    ["b3:d9", area(2, 1, 7, 3)],
    [" B3:D9 ", area(2, 1, 7, 3)],
    ["Sheet1!B3:D9", area(2, 1, 7, 3)],
    ["'It''s here'!$A$1", area(0, 0)],
    ["D9:B3", area(2, 1, 7, 3)], // corners in either order
    ["D:E", area(0, 3, 1_048_576, 2)], // whole columns
  ])("reads %j", (address, expected) => {
    expect(parseAddress(address)).toEqual(expected);
  });

  test.each(["", "3:5", "B3:", "ABCD1", "B3 D9", "R1C1"])("refuses %j", (address) => {
    expect(parseAddress(address)).toBeUndefined();
  });

  it("reads back what areaAddress writes", () => {
    for (const target of [area(0, 0), area(6, 3, 60, 2), area(12, 700, 3, 4)]) {
      expect(parseAddress(areaAddress(target))).toEqual(target);
      expect(parseAddress(areaAddress(target, true))).toEqual(target);
    }
  });
});

describe("widthOf", () => {
  it("is the longest row of a ragged block, 0 for none", () => {
    expect(widthOf([["a"], [], ["a", null, 3], ["b", true]])).toBe(3);
    expect(widthOf([])).toBe(0);
    expect(widthOf([[], []])).toBe(0);
  });
});

describe("chartRows", () => {
  it("writes a blank corner and the series names, then one row per category", () => {
    const rows = chartRows({
      categories: ["Leadership", "Planning", "Delivery"],
      series: [
        { name: "Present", colour: "#000000", values: [1, null, 3] },
        { name: "Future", colour: "#FFFFFF", values: [2, 4, 3] },
      ],
    });
    expect(rows).toEqual([
      ["", "Present", "Future"],
      ["Leadership", 1, 2],
      ["Planning", null, 4],
      ["Delivery", 3, 3],
    ]);
  });

  it("gives just the header row when there are no categories", () => {
    expect(
      chartRows({ categories: [], series: [{ name: "P", colour: "#000000", values: [] }] })
    ).toEqual([["", "P"]]);
  });
});

describe("quoteSheetName", () => {
  it("is excelNames' rule, re-exported", () => {
    expect(viaSheetSpec).toBe(quoteSheetName);
    expect(viaSheetSpec("SVMI Lists")).toBe("'SVMI Lists'");
  });
});
