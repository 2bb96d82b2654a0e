import type { FakeWorkbook } from "../testing/fakeExcel";
import { type Area, parseArea, splitReference } from "../testing/fakeExcel/address";

/**
 * Reading what a reference points at, for the sheet view: list sources and chart series name
 * cells on other sheets ('SVMI Lists'!$B$5:$F$5, =SomeName, Results!$R$9:$R$18).
 */

export type Cell = string | number | boolean | null | undefined;

/** The area an address names, or undefined where it is not one (a name, a typo). */
export function areaOf(address: string): Area | undefined {
  try {
    return parseArea(address);
  } catch {
    return undefined;
  }
}

/** Whether a zero-based cell lies inside an area. */
export const inside = (a: Area, row: number, column: number) =>
  row >= a.row && row < a.row + a.rows && column >= a.column && column < a.column + a.columns;

/**
 * The cells a reference covers, row by row; a defined name is followed to where it points.
 * Undefined when it points nowhere the fake knows (a deleted sheet, #REF!).
 */
export function readReference(
  book: FakeWorkbook,
  text: string,
  onSheet?: string
): Cell[][] | undefined {
  const named = book.names[text.replace(/^=/, "").trim()];
  const { sheet = onSheet, address } = splitReference(named ?? text);
  const area = areaOf(address);
  if (!sheet || !area || !book.sheetNames.some((n) => n.toLowerCase() === sheet.toLowerCase()))
    return undefined;
  // Only the used part: a whole row or column reference would otherwise mean a million cells.
  const values = book.sheet(sheet).values;
  const rows = Math.min(area.rows, Math.max(0, values.length - area.row));
  const columns = Math.min(area.columns, Math.max(0, (values[0]?.length ?? 0) - area.column));
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => values[area.row + r][area.column + c])
  );
}
