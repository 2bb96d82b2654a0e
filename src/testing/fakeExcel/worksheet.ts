/**
 * Worksheet proxies: the sheet itself (ranges on it, name, position, visibility, activation),
 * the worksheets collection, freezePanes, pageLayout (print settings) and the onChanged event.
 */
import { FakeExcelError, MAX_COLUMNS, MAX_ROWS, clone, formatArea, invalid } from "./address";
import { ChartCollection } from "./charts";
import { collection, guard, kind, navs, oneOf, props, register } from "./proxy";
import { RangeProxy } from "./range";
import type { ChangedHandler, Ref, SheetModel } from "./sheetModel";
import { TableCollection } from "./tables";
import type { FakeWorkbook } from "./workbookModel";

export class Worksheet extends kind<SheetModel>("Worksheet") {
  _gone(s: SheetModel) {
    return s.deleted;
  }
  /** The whole sheet without an address; "A1", "B2:D9", "$A$1", "A:C", "3:5" otherwise. */
  getRange(address?: string): RangeProxy {
    return this._derive(
      RangeProxy,
      (s): Ref => {
        if (address === undefined)
          return { sheet: s, area: { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } };
        const ref = this._ctx._book._resolve(s, address);
        if (ref.sheet !== s) throw invalid(`getRange("${address}") names another sheet`);
        return ref;
      },
      "null"
    );
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return this._derive(
      RangeProxy,
      (s) => {
        const ok = [row, column, rows, columns].every(Number.isInteger) && rows > 0 && columns > 0;
        if (!ok || row < 0 || column < 0 || row + rows > MAX_ROWS || column + columns > MAX_COLUMNS)
          throw invalid(`getRangeByIndexes(${row}, ${column}, ${rows}, ${columns})`);
        return { sheet: s, area: { row, column, rows, columns } };
      },
      "null"
    );
  }
  /** Null when the sheet has no values (valuesOnly) or nothing at all. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return this._derive(
      RangeProxy,
      (s) => {
        const area = s.used(valuesOnly);
        return area && { sheet: s, area };
      },
      "null"
    );
  }
  activate(): void {
    this._act("activate()", (s) => this._ctx._book._activate(s));
  }
  /**
   * Deletes the sheet (ExcelApi 1.1), as deleteSheet does for a person: its tables go, names
   * pointing at it become #REF!, list sources on it #REF!. The Office.js reference says a very
   * hidden sheet cannot be deleted (InvalidOperation) until made visible or hidden; and a workbook
   * keeps one visible sheet.
   */
  delete(): void {
    this._act("delete()", (s) => {
      if (s.visibility === "VeryHidden")
        throw new FakeExcelError(
          "InvalidOperation",
          `${s.name} is very hidden: make it visible or hidden before deleting it`
        );
      this._ctx._book._remove(s);
    });
  }
}
props(Worksheet, {
  name: [(s) => s.name, (s, v: string, self: Worksheet) => self._ctx._book._rename(s, v)],
  id: [(s) => s.id],
  position: [
    (s, self: Worksheet) => self._ctx._book._sheets.indexOf(s),
    (s, v: number, self: Worksheet) => self._ctx._book._setPosition(s, v),
  ],
  visibility: [
    (s) => s.visibility,
    (s, v: string, self: Worksheet) => self._ctx._book._setVisibility(s, v),
  ],
  showGridlines: [(s) => s.showGridlines, (s, v) => (s.showGridlines = Boolean(v))],
  showHeadings: [(s) => s.showHeadings, (s, v) => (s.showHeadings = Boolean(v))],
});
navs(Worksheet, {
  tables: [() => TableCollection],
  charts: [() => ChartCollection],
  freezePanes: [() => FreezePanes],
  pageLayout: [() => PageLayout],
  protection: [() => WorksheetProtection],
  onChanged: [() => ChangedEvent],
});

export class WorksheetCollection extends collection<FakeWorkbook, SheetModel, Worksheet>(
  "WorksheetCollection",
  () => Worksheet,
  (b) => b._sheets,
  (b, key) => b._findSheet(key) ?? b._sheets.find((s) => s.id === key)
) {
  /** Appended after the last sheet and not activated, as in Excel. */
  add(name?: string): Worksheet {
    return this._create(Worksheet, "add()", (b) => {
      let n = b._sheets.length + 1;
      while (name === undefined && b._findSheet(`Sheet${n}`)) n++;
      return b._addSheet(name ?? `Sheet${n}`);
    });
  }
  getActiveWorksheet(): Worksheet {
    return this._derive(Worksheet, (b) => b._active, "null");
  }
}

class FreezePanes extends kind<SheetModel>("WorksheetFreezePanes") {
  freezeRows(count: number): void {
    this._act("freezeRows()", (s) => {
      if (!Number.isInteger(count) || count < 0) throw invalid(`freezeRows(${count})`);
      s.freezeRows = count;
    });
  }
}

/** Whether the sheet is protected (ExcelApi 1.2); protecting from the API is not modelled. */
class WorksheetProtection extends kind<SheetModel>("WorksheetProtection") {}
props(WorksheetProtection, { protected: [(s) => s.protected] });

class PageLayout extends kind<SheetModel>("PageLayout") {
  /** Stored as its absolute address, e.g. "$A$1:$O$30". */
  setPrintArea(cells: RangeProxy | string): void {
    const s = this._use("PageLayout.setPrintArea()");
    const ref = s && this._range(cells, "PageLayout.setPrintArea()", s);
    if (s && ref)
      this._ctx._attempt(() => {
        if (ref.sheet !== s) throw invalid("the print area must be on the same sheet");
        s.pageLayout.printArea = formatArea(ref.area, true);
      });
  }

  /** Stored as the rows it repeats, e.g. "$7:$7". */
  setPrintTitleRows(rows: RangeProxy | string): void {
    const s = this._use("PageLayout.setPrintTitleRows()");
    const ref = s && this._range(rows, "PageLayout.setPrintTitleRows()", s);
    if (s && ref)
      this._ctx._attempt(() => {
        if (ref.sheet !== s) throw invalid("print title rows must be on the same sheet");
        s.pageLayout.printTitleRows = formatArea(
          { ...ref.area, column: 0, columns: MAX_COLUMNS },
          true
        );
      });
  }
}
props(PageLayout, {
  orientation: [
    (s) => s.pageLayout.orientation,
    (s, v) => (s.pageLayout.orientation = oneOf(v, ["Portrait", "Landscape"], "orientation")),
  ],
  zoom: [
    (s) => s.pageLayout.zoom,
    (s, v: Record<string, unknown>) => (s.pageLayout.zoom = clone(v)),
  ],
});

/** worksheet.onChanged: handlers are registered, and removed, by the next sync of their context. */
class ChangedEvent extends kind<SheetModel>("EventHandlers") {
  add(handler: ChangedHandler) {
    const s = this._use("onChanged.add()");
    const ctx = this._ctx;
    if (s) ctx._afterSync.push(() => s.handlers.add(handler));
    const remove = () => {
      ctx._checkOpen("EventHandlerResult.remove()");
      ctx._dirty = true;
      if (s) ctx._afterSync.push(() => s.handlers.delete(handler));
    };
    return guard({ context: ctx, remove }, "EventHandlerResult");
  }
}
register("Worksheet", Worksheet);
