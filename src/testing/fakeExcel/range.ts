/**
 * Range proxies: a block of cells (values, formulas, number formats, links, sub-ranges, clear and
 * merge) and its format (alignment, column width, font, fill). Validation and conditional formats
 * reached from a range have files of their own.
 */
import {
  type Area,
  type CellValue,
  FakeExcelError,
  MAX_COLUMNS,
  MAX_ROWS,
  NotModelledError,
  cellCount,
  formatArea,
  invalid,
  quoteSheet,
} from "./address";
import { ConditionalFormatCollection } from "./conditionalFormats";
import { DataValidation } from "./dataValidation";
import { COLOUR, type Getter, type Setter, kind, navs, oneOf, props, registered } from "./proxy";
import type { CellFormat, Ref } from "./sheetModel";

/** The value every cell of the area shares, or null when they differ (as Excel reports). */
function common<V>(t: Ref, read: (row: number, column: number) => V): V | null {
  if (cellCount(t.area) > 100_000)
    throw new NotModelledError("reading a format of more than 100,000 cells");
  const seen = new Set<V>();
  for (let r = t.area.row; r < t.area.row + t.area.rows; r++)
    for (let c = t.area.column; c < t.area.column + t.area.columns; c++) seen.add(read(r, c));
  return seen.size === 1 ? [...seen][0] : null;
}

/** A value written to a range as a block of its shape; a single value (for formats, [[v]]) fills it. */
function block(t: Ref, value: unknown, what: string, oneFills: boolean): (CellValue | null)[][] {
  const { rows, columns } = t.area;
  const fill = (v: unknown) => {
    if (cellCount(t.area) > 2_000_000)
      throw new NotModelledError(`writing ${what} to over 2,000,000 cells`);
    return Array.from({ length: rows }, () => Array<unknown>(columns).fill(v));
  };
  const shaped = (v: unknown[]) =>
    v.length === rows && v.every((r) => Array.isArray(r) && r.length === columns);
  const one = (v: unknown[]) => v.length === 1 && Array.isArray(v[0]) && v[0].length === 1;
  let grid: unknown[][];
  if (!Array.isArray(value)) grid = fill(value);
  else if (shaped(value)) grid = value as unknown[][];
  else if (oneFills && one(value)) grid = fill((value[0] as unknown[])[0]);
  else {
    const shape = `${value.length}x${Array.isArray(value[0]) ? (value[0] as unknown[]).length : "?"}`;
    throw invalid(
      `${what}: the number of rows or columns in the input array (${shape}) doesn't match the size or dimensions of the range (${rows}x${columns})`
    );
  }
  for (const v of grid.flat())
    if (v !== null && !["string", "number", "boolean"].includes(typeof v))
      throw invalid(`${what}: ${JSON.stringify(v)} is not a cell value`);
  return grid as (CellValue | null)[][];
}

export class RangeProxy extends kind<Ref>("Range") {
  _gone(t: Ref) {
    return t.sheet.deleted;
  }
  /** A part of (or a cell relative to) this range; `ok` says whether Excel would accept it. */
  private sub(what: string, area: (t: Ref) => Area, ok: (t: Ref) => boolean): RangeProxy {
    return this._derive(
      RangeProxy,
      (t) => {
        const a = area(t);
        const onSheet = a.row >= 0 && a.column >= 0 && a.row < MAX_ROWS && a.column < MAX_COLUMNS;
        if (!ok(t) || !onSheet) throw invalid(`${what} of ${formatArea(t.area)}`);
        return { sheet: t.sheet, area: a };
      },
      "null"
    );
  }
  getColumn(index: number): RangeProxy {
    const area = (t: Ref) => ({ ...t.area, column: t.area.column + index, columns: 1 });
    const ok = (t: Ref) => Number.isInteger(index) && index >= 0 && index < t.area.columns;
    return this.sub(`getColumn(${index})`, area, ok);
  }
  getRow(index: number): RangeProxy {
    const area = (t: Ref) => ({ ...t.area, row: t.area.row + index, rows: 1 });
    const ok = (t: Ref) => Number.isInteger(index) && index >= 0 && index < t.area.rows;
    return this.sub(`getRow(${index})`, area, ok);
  }
  /** May lie outside the range, as long as it is on the sheet. */
  getCell(row: number, column: number): RangeProxy {
    const area = (t: Ref) => ({
      row: t.area.row + row,
      column: t.area.column + column,
      rows: 1,
      columns: 1,
    });
    return this.sub(
      `getCell(${row}, ${column})`,
      area,
      () => Number.isInteger(row) && Number.isInteger(column)
    );
  }
  getEntireColumn(): RangeProxy {
    return this.sub(
      "getEntireColumn()",
      (t) => ({ ...t.area, row: 0, rows: MAX_ROWS }),
      () => true
    );
  }
  getEntireRow(): RangeProxy {
    return this.sub(
      "getEntireRow()",
      (t) => ({ ...t.area, column: 0, columns: MAX_COLUMNS }),
      () => true
    );
  }
  clear(applyTo = "All"): void {
    this._act(`clear("${applyTo}")`, (t) => {
      this._ctx._book._clear(t.sheet, t.area, applyTo);
      if (applyTo !== "Formats") this._ctx._changed(t.sheet, t.area);
    });
  }
  merge(across = false): void {
    this._act("merge()", (t) => this._ctx._book._merge(t.sheet, t.area, across));
  }
  unmerge(): void {
    this._act("unmerge()", (t) => this._ctx._book._unmerge(t.sheet, t.area));
  }
  select(): void {
    this._act("select()", (t) => this._ctx._book._activate(t.sheet, t.area));
  }
}
props(RangeProxy, {
  address: [(t) => `${quoteSheet(t.sheet.name)}!${formatArea(t.area)}`],
  rowIndex: [(t) => t.area.row],
  columnIndex: [(t) => t.area.column],
  rowCount: [(t) => t.area.rows],
  columnCount: [(t) => t.area.columns],
  /** Points at 100% zoom: the columns' widths, and rows at the default 15 points. */
  width: [
    (t) =>
      Array.from({ length: t.area.columns }, (_, i) =>
        t.sheet.columnWidth(t.area.column + i)
      ).reduce((a, b) => a + b, 0),
  ],
  height: [(t) => t.area.rows * 15],
  values: [
    (t) => {
      if (cellCount(t.area) > 5_000_000)
        throw new FakeExcelError(
          "ResponsePayloadSizeLimitExceeded",
          "reading over 5,000,000 cells"
        );
      return t.sheet.values(t.area);
    },
    (t, v, self: RangeProxy) => {
      self._ctx._book._writeValues(t.sheet, t.area, block(t, v, "Range.values", false));
      self._ctx._changed(t.sheet, t.area);
    },
  ],
  /**
   * Formulas are not calculated here: a formula written is kept as its text (which is also what
   * its value reads), and a constant's formula is its value, as in Excel.
   */
  formulas: [
    (t) =>
      Array.from({ length: t.area.rows }, (_, r) =>
        Array.from({ length: t.area.columns }, (_, c) =>
          t.sheet.formula(t.area.row + r, t.area.column + c)
        )
      ),
    (t, v, self: RangeProxy) => {
      self._ctx._book._writeFormulas(t.sheet, t.area, block(t, v, "Range.formulas", false));
      self._ctx._changed(t.sheet, t.area);
    },
  ],
  numberFormat: [
    (t) =>
      block(t, null, "numberFormat", false).map((row, r) =>
        row.map((_, c) => t.sheet.format(t.area.row + r, t.area.column + c).numberFormat)
      ),
    (t, v) =>
      block(t, v, "Range.numberFormat", true).forEach((row, r) =>
        row.forEach(
          (f, c) =>
            f !== null &&
            t.sheet.setFormat(
              { row: t.area.row + r, column: t.area.column + c, rows: 1, columns: 1 },
              { numberFormat: String(f) }
            )
        )
      ),
  ],
  hyperlink: [
    (t) => t.sheet.link(t.area.row, t.area.column) ?? null,
    (t, v) => t.sheet.setLink(t.area, v ?? undefined),
  ],
});
navs(RangeProxy, {
  worksheet: [() => registered("Worksheet"), (t) => t.sheet],
  format: [() => RangeFormat],
  dataValidation: [() => DataValidation],
  conditionalFormats: [() => ConditionalFormatCollection],
});

/** A cell-format property of a range: reads the shared value (or null), writes every cell. */
const cellFormat = (
  p: keyof CellFormat,
  check: (v: unknown) => unknown = (v) => v
): [Getter<Ref>, Setter<Ref>] => [
  (t) => common(t, (r, c) => t.sheet.format(r, c)[p]),
  (t, v) => t.sheet.setFormat(t.area, { [p]: check(v) }),
];
const HORIZONTAL = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

const RangeFormat = kind<Ref>("RangeFormat");
props(RangeFormat, {
  wrapText: cellFormat("wrapText", Boolean),
  horizontalAlignment: cellFormat("horizontalAlignment", (v) =>
    oneOf(v, HORIZONTAL, "horizontalAlignment")
  ),
  verticalAlignment: cellFormat("verticalAlignment", (v) =>
    oneOf(v, VERTICAL, "verticalAlignment")
  ),
  columnWidth: [
    (t) => common({ ...t, area: { ...t.area, rows: 1 } }, (_, c) => t.sheet.columnWidth(c)),
    (t, v) => {
      if (typeof v !== "number" || v < 0) throw invalid(`columnWidth ${v}`);
      for (let c = t.area.column; c < t.area.column + t.area.columns; c++)
        t.sheet.columnWidths.set(c, v);
    },
  ],
});
navs(RangeFormat, { font: [() => RangeFont], fill: [() => RangeFill] });

const RangeFont = kind<Ref>("RangeFont");
props(RangeFont, {
  bold: cellFormat("bold", Boolean),
  italic: cellFormat("italic", Boolean),
  size: cellFormat("size", (v) => {
    if (typeof v !== "number" || v < 1 || v > 409) throw invalid(`font size ${v}`);
    return v;
  }),
  color: cellFormat("fontColor", COLOUR),
});
const RangeFill = kind<Ref>("RangeFill");
props(RangeFill, { color: cellFormat("fill", COLOUR) });
