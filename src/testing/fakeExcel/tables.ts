/**
 * Table proxies: a table (name, header and body ranges, resize, delete), its rows (added at the
 * end, deleted one by one) and the tables collections of the workbook and of each sheet.
 */
import { type CellValue, FakeExcelError, NotModelledError, invalid } from "./address";
import { collection, kind, navs, props, registered, same } from "./proxy";
import { RangeProxy } from "./range";
import { type SheetModel, key as cellKey } from "./sheetModel";
import { type TableModel, tableArea } from "./workbookModel";

/** A table row: the physical position `index` in the table's body, as in Office.js. */
interface RowRef {
  table: TableModel;
  index: number;
}

class TableRow extends kind<RowRef>("TableRow") {
  _gone(r: RowRef) {
    return Boolean(r.table.deleted);
  }
  delete(): void {
    this._act("delete()", (r) => this._ctx._book._deleteTableRow(r.table, r.index));
  }
}

class TableRowCollection extends kind<TableModel>("TableRowCollection") {
  _gone(t: TableModel) {
    return Boolean(t.deleted);
  }
  /**
   * Rows added at the end of the table (index null, -1 or left out; inserting within the table
   * is not modelled), filled with `values`, one row of values per row added.
   */
  add(index?: number | null, values?: unknown): TableRow {
    if (index !== undefined && index !== null && index !== -1)
      throw new NotModelledError("TableRowCollection.add at an index");
    return this._create(TableRow, "add()", (t) => {
      const rows =
        values === undefined
          ? [Array<CellValue>(t.columns.length).fill("")]
          : Array.isArray(values) && values.every(Array.isArray)
            ? (values as CellValue[][])
            : (() => {
                throw new NotModelledError("TableRowCollection.add with a single value");
              })();
      const index = t.rows - 1;
      this._ctx._book._addTableRows(t, rows);
      return { table: t, index };
    });
  }
  getItemAt(index: number): TableRow {
    return this._derive(
      TableRow,
      (t) => {
        if (!Number.isInteger(index) || index < 0 || index >= t.rows - 1)
          throw new FakeExcelError("ItemNotFound", `TableRowCollection.getItemAt(${index})`);
        return { table: t, index };
      },
      "null"
    );
  }
}
props(TableRowCollection, { count: [(t) => t.rows - 1] });

class Table extends kind<TableModel>("Table") {
  _gone(t: TableModel) {
    return Boolean(t.deleted);
  }
  getHeaderRowRange(): RangeProxy {
    return this._derive(
      RangeProxy,
      (t) => ({ sheet: t.sheet, area: { ...tableArea(t), rows: 1 } }),
      "null"
    );
  }
  getDataBodyRange(): RangeProxy {
    const body = (t: TableModel) => ({ ...tableArea(t), row: t.row + 1, rows: t.rows - 1 });
    return this._derive(RangeProxy, (t) => ({ sheet: t.sheet, area: body(t) }), "null");
  }
  /** Makes the table cover another range (ExcelApi 1.13); the table, its name and id stay. */
  resize(newRange: RangeProxy | string): void {
    this._act("resize()", (t) => {
      const ref = this._range(newRange, "Table.resize()", t.sheet);
      if (!ref) throw this._ctx._pending ?? invalid("Table.resize(): no range");
      this._ctx._book._resizeTable(t, ref.area, ref.sheet);
    });
  }
  /** Removes the table and what its cells held, as Excel does. */
  delete(): void {
    this._act("delete()", (t) => {
      const book = this._ctx._book;
      t.deleted = true;
      book._tables = book._tables.filter((x) => x !== t);
      const { row, column, rows, columns } = tableArea(t);
      for (let r = row; r < row + rows; r++)
        for (let c = column; c < column + columns; c++) t.sheet.cells.delete(cellKey(r, c));
    });
  }
}
props(Table, {
  name: [
    (t) => t.name,
    (t, v: string, self: Table) => (self._ctx._book._checkDefinedName(v, t), (t.name = v)),
  ],
  id: [(t) => t.id],
});
navs(Table, {
  worksheet: [() => registered("Worksheet"), (t) => t.sheet],
  rows: [() => TableRowCollection],
});

type Tables = SheetModel | "workbook";
export class TableCollection extends collection<Tables, TableModel, Table>(
  "TableCollection",
  () => Table,
  (s, b) => b._tables.filter((t) => s === "workbook" || t.sheet === s),
  (s, key, b) => b._tables.find((t) => (s === "workbook" || t.sheet === s) && same(t.name, key))
) {
  add(source: RangeProxy | string, hasHeaders: boolean): Table {
    return this._create(Table, "add()", (s) => {
      const ref = this._range(source, "tables.add()", s === "workbook" ? undefined : s);
      if (!ref) throw this._ctx._pending ?? invalid("tables.add(): no range");
      if (s !== "workbook" && ref.sheet !== s)
        throw invalid("tables.add(): the range is on another sheet");
      return this._ctx._book._addTable(ref.sheet, ref.area, hasHeaders);
    });
  }
}
