/**
 * The document behind the fake: its sheets (sheetModel.ts), tables, defined names, settings and
 * events; plus test helpers that act as a person would (typing, inserting rows, sorting, renaming,
 * deleting sheets). The proxies (proxy.ts and the files per Office object) read and write through
 * this.
 *
 * Not modelled: formulas and recalculation (a formula written is kept as its text), styles and number formats beyond storing them, table
 * styles and auto-expansion, validation of typed input, charts moving with cells, undo, protection.
 */
import {
  type Area,
  type CellValue,
  FakeExcelError,
  MAX_COLUMNS,
  MAX_ROWS,
  NotModelledError,
  cellCount,
  clone,
  columnLetters,
  formatArea,
  freeze,
  intersects,
  invalid,
  parseArea,
  parseInput,
  quoteSheet,
  shiftArea,
  splitReference,
  subtract,
} from "./address";
import {
  type ChangeSource,
  type ChartModel,
  type Ref,
  SheetModel,
  type WorksheetChangedArgs,
  colOf,
  formatOperations,
  key,
  keysIn,
  rowOf,
} from "./sheetModel";

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  row: number;
  column: number;
  /** Rows including the header row. */
  rows: number;
  columns: string[];
  deleted?: boolean;
}

/** The cells a table covers, header row included. */
export const tableArea = (t: TableModel): Area => ({
  row: t.row,
  column: t.column,
  rows: t.rows,
  columns: t.columns.length,
});
export interface NameModel {
  name: string;
  /** Where it points; `sheet` is null once the sheet is deleted (formula "=#REF!$A$1"). */
  sheet: SheetModel | null;
  area: Area;
  comment: string;
}

const SHEET_NAME_BAD = /[:\\/?*[\]]/;
const DEFINED_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const looksLikeCell = (name: string) => /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name);

export class FakeWorkbook {
  /** Round trips made by all contexts (each context.sync() counts one). */
  syncCount = 0;
  /** @internal */ _sheets: SheetModel[] = [];
  /** @internal */ _tables: TableModel[] = [];
  /** @internal */ _names: NameModel[] = [];
  /** @internal */ _settings = new Map<string, unknown>();
  /** @internal */ _active!: SheetModel;
  /** @internal runtime.enableEvents: one flag for the add-in's runtime, shared by its contexts. */
  _enableEvents = true;
  /** @internal The window zoom, in percent. */ _zoom = 100;
  /** @internal Cells selected so far (see selectionCount). */ _selections = 0;
  private ids = 0;
  private inFlight = new Set<Promise<void>>();
  private handlerErrors: unknown[] = [];

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    if (sheetNames.length === 0) throw new Error("fake Excel: a workbook needs at least one sheet");
    sheetNames.forEach((name) => this._addSheet(name));
    this._active = this._sheets[0];
  }

  // ---- Views for tests and the preview page ----

  get sheetNames(): string[] {
    return this._sheets.map((s) => s.name);
  }
  get zoom(): number {
    return this._zoom;
  }
  get activeSheet(): string {
    return this._active.name;
  }
  get selection(): { sheet: string; address: string } {
    return { sheet: this._active.name, address: formatArea(this._active.selection) };
  }
  /**
   * How many times cells were selected (range.select(), userSelect with an address), the same
   * range again included: the preview scrolls to a selection each time, as Excel does.
   */
  get selectionCount(): number {
    return this._selections;
  }
  /** Defined names and their formulas, e.g. { SVMI_Results: "=Results!$A$1" }. */
  get names(): Record<string, string> {
    return Object.fromEntries(this._names.map((n) => [n.name, this._formula(n)]));
  }
  get settings(): Record<string, unknown> {
    return clone(Object.fromEntries(this._settings));
  }
  get eventsEnabled(): boolean {
    return this._enableEvents;
  }

  /** A read-only snapshot of a sheet: values from A1 to the last used cell, formats, rules, charts. */
  sheet(name: string) {
    const s = this.sheetModel(name);
    const used = s.used(true);
    const at = (address: string) => {
      const a = parseArea(address);
      return [a.row, a.column] as const;
    };
    const snapshot = clone({
      name: s.name,
      id: s.id,
      position: this._sheets.indexOf(s),
      visibility: s.visibility,
      values: used
        ? s.values({
            row: 0,
            column: 0,
            rows: used.row + used.rows,
            columns: used.column + used.columns,
          })
        : [],
      columnWidths: Object.fromEntries([...s.columnWidths].map(([c, w]) => [columnLetters(c), w])),
      merges: s.merges.map((m) => formatArea(m)),
      freezeRows: s.freezeRows,
      tables: this._tables.filter((t) => t.sheet === s).map((t) => this.tableView(t)),
      validations: s.validations.map((v) => ({
        address: formatArea(v.area),
        rule: v.rule,
        errorAlert: v.errorAlert,
      })),
      conditionalFormats: s.conditionalFormats.map(({ area, ...cf }) => ({
        address: formatArea(area),
        ...cf,
      })),
      /** Cells holding a formula, by address. */
      formulas: Object.fromEntries(
        [...s.formulas.keys()]
          .filter((k) => s.formula(rowOf(k), colOf(k)) === s.formulas.get(k))
          .map((k) => [
            formatArea({ row: rowOf(k), column: colOf(k), rows: 1, columns: 1 }),
            s.formulas.get(k)!,
          ])
      ),
      hyperlinks: Object.fromEntries(
        [...s.links].map(([k, l]) => [
          formatArea({ row: rowOf(k), column: colOf(k), rows: 1, columns: 1 }),
          l,
        ])
      ),
      pageLayout: s.pageLayout,
      charts: s.charts.map((c) => this.chartView(c)),
      showGridlines: s.showGridlines,
      showHeadings: s.showHeadings,
    });
    return freeze({
      ...snapshot,
      value: (address: string) => s.value(...at(address)),
      format: (address: string) =>
        freeze({ ...s.format(...at(address)), columnWidth: s.columnWidth(at(address)[1]) }),
      displayFormat: (address: string) => freeze(s.displayFormat(...at(address))),
    });
  }
  table(name: string) {
    const t = this._findTable(name);
    return t && freeze(this.tableView(t));
  }
  private tableView(t: TableModel) {
    const area = tableArea(t);
    return clone({
      id: t.id,
      name: t.name,
      sheet: t.sheet.name,
      address: formatArea(area),
      row: t.row,
      column: t.column,
      rows: t.rows,
      columns: t.columns,
      values: t.sheet.values(area),
    });
  }
  private chartView(c: ChartModel) {
    const ref = (r?: Ref) =>
      r &&
      (r.sheet.deleted
        ? `#REF!${formatArea(r.area, true)}`
        : `${quoteSheet(r.sheet.name)}!${formatArea(r.area, true)}`);
    return clone({
      ...c,
      sheet: c.sheet.name,
      series: c.series.map((s) => ({ ...s, values: ref(s.values), xAxis: ref(s.xAxis) })),
    });
  }

  // ---- Acting as a person would (events: source as given, triggerSource "Unknown") ----

  /** Protects a sheet as a person does with Review > Protect Sheet. */
  protectSheet(sheetName: string): void {
    this.sheetModel(sheetName).protected = true;
  }
  /** Format operations so far, in every fake workbook (see sheetModel's formatOperations). */
  get formatOperations(): number {
    return formatOperations.count;
  }
  /** Cells written so far (values and formulas, by the add-in or a person): for the bench and tests. */
  cellsWritten = 0;
  /** True while the user is typing in a cell (between startCellEdit and endCellEdit). */
  get cellEditing(): boolean {
    return this._cellEdit !== undefined;
  }
  private _cellEdit: { ended: Promise<void>; end: () => void } | undefined;
  /** The user starts typing in a cell: batches now fail, or wait if they asked to. */
  startCellEdit(): void {
    if (this._cellEdit) return;
    let end = () => {};
    const ended = new Promise<void>((resolve) => (end = resolve));
    this._cellEdit = { ended, end };
  }
  /** The user presses Enter or Esc: batches held for the edit go on. */
  endCellEdit(): void {
    const edit = this._cellEdit;
    this._cellEdit = undefined;
    edit?.end();
  }
  /** @internal Resolves when the current cell edit ends. */
  cellEditEnded(): Promise<void> {
    return this._cellEdit?.ended ?? Promise.resolve();
  }

  /** Types a value (or pastes a block) and fires the sheet's onChanged handlers; resolves when they finish. */
  userEdit(
    sheetName: string,
    address: string,
    value: CellValue | CellValue[][],
    source: ChangeSource = "Local"
  ): Promise<void> {
    const s = this.sheetModel(sheetName);
    const area = parseArea(address);
    const grid = Array.isArray(value)
      ? value
      : Array.from({ length: area.rows }, () => Array<CellValue>(area.columns).fill(value));
    if (grid.length !== area.rows || grid.some((r) => r.length !== area.columns))
      throw invalid("the pasted block does not match the address");
    this._writeValues(s, area, grid);
    this._emit(s, formatArea(area), "RangeEdited", source, "Unknown");
    return this.idle();
  }
  /**
   * Clicks a sheet's tab, and then cells on it when given an address, as a person would: the
   * sheet becomes the active one and keeps (or takes) its selection. No event: the fake models none
   * for activation or selection.
   */
  userSelect(sheetName: string, address?: string): void {
    const s = this.sheetModel(sheetName);
    this._activate(s, address === undefined ? undefined : parseArea(address));
  }
  /**
   * Picks a value from a cell's dropdown as Excel on the web has been reported to: the value
   * changes but no onChanged is raised (office-js #3888, #4066). One cell.
   */
  pickFromListOnTheWeb(sheetName: string, address: string, value: string): Promise<void> {
    const s = this.sheetModel(sheetName);
    const area = parseArea(address);
    if (area.rows !== 1 || area.columns !== 1) throw invalid("a pick is made in one cell");
    this._writeValues(s, area, [[value]]);
    return this.idle();
  }
  /** Inserts whole rows above zero-based `rowIndex`: cells, tables, names, rules and charts follow. */
  insertRowsAbove(sheetName: string, rowIndex: number, count = 1): Promise<void> {
    const s = this.sheetModel(sheetName);
    const move = <V>(map: Map<number, V>, copyFromAbove: boolean) => {
      const entries = [...map].map(
        ([k, v]) => [rowOf(k) >= rowIndex ? k + count * MAX_COLUMNS : k, v] as const
      );
      map.clear();
      entries.forEach(([k, v]) => map.set(k, v));
      if (copyFromAbove && rowIndex > 0)
        entries
          .filter(([k]) => rowOf(k) === rowIndex - 1)
          .forEach(([k, v]) => {
            for (let i = 1; i <= count; i++) map.set(k + i * MAX_COLUMNS, clone(v));
          });
    };
    move(s.cells, false);
    move(s.formats, true); // Excel's default: inserted rows take the format of the row above
    move(s.links, false);
    const shift = (a: Area) => shiftArea(a, rowIndex, count);
    s.merges = s.merges.map(shift);
    s.validations.forEach((v) => (v.area = shift(v.area)));
    s.conditionalFormats.forEach((cf) => (cf.area = shift(cf.area)));
    for (const t of this._tables.filter((t) => t.sheet === s)) {
      if (rowIndex <= t.row) t.row += count;
      else if (rowIndex < t.row + t.rows) t.rows += count; // rows inserted inside the body join the table
    }
    for (const n of this._names.filter((n) => n.sheet === s)) n.area = shift(n.area);
    for (const chart of this._sheets.flatMap((sh) => sh.charts))
      for (const series of chart.series)
        for (const ref of [series.values, series.xAxis])
          if (ref?.sheet === s) ref.area = shift(ref.area);
    this._emit(s, `${rowIndex + 1}:${rowIndex + count}`, "RowInserted", "Local", "Unknown");
    return this.idle();
  }
  /** Sorts a table's body rows (values, formats and links move with their row), as Data > Sort would. */
  sortTableRows(
    tableName: string,
    compare: (a: CellValue[], b: CellValue[]) => number
  ): Promise<void> {
    const t = this._findTable(tableName);
    if (!t) throw new FakeExcelError("ItemNotFound", `no table named ${tableName}`);
    const body = { ...tableArea(t), row: t.row + 1, rows: t.rows - 1 };
    const s = t.sheet;
    const rows = Array.from({ length: body.rows }, (_, i) => {
      const cells = Array.from({ length: body.columns }, (_, c) =>
        key(body.row + i, body.column + c)
      );
      return {
        values: s.values({ ...body, row: body.row + i, rows: 1 })[0],
        formats: cells.map((k) => s.formats.get(k)),
        links: cells.map((k) => s.links.get(k)),
      };
    });
    rows.sort((a, b) => compare(a.values, b.values));
    const put = <V>(map: Map<number, V>, k: number, v: V | undefined) =>
      v === undefined ? map.delete(k) : map.set(k, v);
    rows.forEach((row, i) =>
      row.values.forEach((v, c) => {
        const k = key(body.row + i, body.column + c);
        put(s.cells, k, v === "" ? undefined : v);
        put(s.formats, k, row.formats[c]);
        put(s.links, k, row.links[c]);
      })
    );
    this._emit(s, formatArea(body), "RangeEdited", "Local", "Unknown");
    return this.idle();
  }
  renameSheet(oldName: string, newName: string): void {
    this._rename(this.sheetModel(oldName), newName);
  }
  deleteSheet(name: string): void {
    this._remove(this.sheetModel(name));
  }
  /** A sheet the user made, at the end, with values typed from A1. */
  addUserSheet(name: string, values: CellValue[][] = []): void {
    const s = this._addSheet(name);
    values.forEach((row, r) =>
      this._writeValues(s, { row: r, column: 0, rows: 1, columns: row.length }, [row])
    );
  }
  /** Resolves once every event handler the fake has called has finished; rejects with a handler's error. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    const [error] = this.handlerErrors.splice(0);
    if (error !== undefined) throw error;
  }

  // ---- Operations the proxies use (each throws FakeExcelError where Excel would refuse) ----

  private sheetModel(name: string): SheetModel {
    const s = this._findSheet(name);
    if (!s) throw new FakeExcelError("ItemNotFound", `no sheet named ${name}`);
    return s;
  }
  /** @internal */ _findSheet(name: string): SheetModel | undefined {
    return this._sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  /** @internal */ _findTable(name: string): TableModel | undefined {
    return this._tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  /** @internal */ _findName(name: string): NameModel | undefined {
    return this._names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
  /** @internal */ _newId(): string {
    return `{00000000-0000-0000-0000-${String(++this.ids).padStart(12, "0")}}`;
  }
  private checkSheetName(name: string, except?: SheetModel): void {
    if (
      !name ||
      name.length > 31 ||
      SHEET_NAME_BAD.test(name) ||
      /^'|'$/.test(name) ||
      name.toLowerCase() === "history"
    )
      throw invalid(`"${name}" is not a valid sheet name`);
    const other = this._findSheet(name);
    if (other && other !== except)
      throw new FakeExcelError("ItemAlreadyExists", `a sheet named ${name} already exists`);
  }
  /** @internal Table names and defined names share one namespace. */
  _checkDefinedName(name: string, except?: unknown): void {
    if (!DEFINED_NAME.test(name) || looksLikeCell(name) || name.length > 255)
      throw invalid(`"${name}" is not a valid name`);
    const other = this._findName(name) ?? this._findTable(name);
    if (other && other !== except)
      throw new FakeExcelError("ItemAlreadyExists", `the name ${name} is already taken`);
  }
  /** @internal */ _addSheet(name: string): SheetModel {
    this.checkSheetName(name);
    const sheet = new SheetModel(name, this._newId());
    this._sheets.push(sheet);
    return sheet;
  }
  /** @internal Names, tables and charts hold the sheet itself; list sources are formula text, so rewrite them. */
  _rename(sheet: SheetModel, name: string): void {
    this.checkSheetName(name, sheet);
    const [from, to] = [`${quoteSheet(sheet.name)}!`, `${quoteSheet(name)}!`];
    for (const v of this._sheets.flatMap((s) => s.validations)) {
      const list = v.rule?.list as { source?: unknown } | undefined;
      if (typeof list?.source === "string") list.source = list.source.split(from).join(to);
    }
    sheet.name = name;
  }
  /** @internal */ _remove(sheet: SheetModel): void {
    if (this._sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0)
      throw new FakeExcelError(
        "InvalidOperation",
        "a workbook must keep at least one visible sheet"
      );
    const from = `${quoteSheet(sheet.name)}!`;
    for (const v of this._sheets.flatMap((s) => s.validations)) {
      const list = v.rule?.list as { source?: unknown } | undefined;
      if (typeof list?.source === "string") list.source = list.source.split(from).join("#REF!");
    }
    sheet.deleted = true;
    sheet.charts.forEach((c) => (c.deleted = true));
    this._sheets = this._sheets.filter((s) => s !== sheet);
    this._tables = this._tables.filter((t) => (t.sheet === sheet ? !(t.deleted = true) : true));
    this._names.filter((n) => n.sheet === sheet).forEach((n) => (n.sheet = null));
    if (this._active === sheet)
      this._active = this._sheets.find((s) => s.visibility === "Visible")!;
  }
  /** @internal */ _setVisibility(sheet: SheetModel, visibility: string): void {
    if (!["Visible", "Hidden", "VeryHidden"].includes(visibility))
      throw invalid(`visibility "${visibility}"`);
    if (
      visibility !== "Visible" &&
      !this._sheets.some((s) => s !== sheet && s.visibility === "Visible")
    )
      throw new FakeExcelError("InvalidOperation", "the last visible sheet cannot be hidden");
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this._active === sheet)
      this._active = this._sheets.find((s) => s.visibility === "Visible")!;
  }
  /** @internal */ _setPosition(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this._sheets.length)
      throw invalid(`position ${position}`);
    this._sheets = this._sheets.filter((s) => s !== sheet);
    this._sheets.splice(position, 0, sheet);
  }
  /** @internal */ _activate(sheet: SheetModel, selection?: Area): void {
    if (sheet.visibility !== "Visible")
      throw new FakeExcelError(
        "InvalidOperation",
        `${sheet.name} is hidden and cannot be activated`
      );
    this._active = sheet;
    if (selection) {
      sheet.selection = selection;
      this._selections += 1;
    }
  }
  /** @internal Writes a block as if typed: strings are converted (numbers, dates…), "" empties a cell. */
  _writeValues(sheet: SheetModel, area: Area, grid: (CellValue | null)[][]): void {
    grid.forEach((row, r) =>
      row.forEach((raw, c) => {
        if (raw === null) return; // Office.js: null leaves the cell as it is
        this.cellsWritten += 1;
        const k = key(area.row + r, area.column + c);
        sheet.formulas.delete(k); // typed over: a value now
        const { value, numberFormat } = parseInput(raw);
        if (value === "") sheet.cells.delete(k);
        else sheet.cells.set(k, value);
        if (numberFormat && (sheet.formats.get(k)?.numberFormat ?? "General") === "General")
          sheet.formats.set(k, { ...sheet.formats.get(k), numberFormat });
      })
    );
    for (const t of this._tables.filter(
      (t) => t.sheet === sheet && intersects(area, { ...tableArea(t), rows: 1 })
    ))
      this.readHeaders(t);
  }
  /** @internal Writes formulas: "=…" is kept as a formula (its text shown as the value); the rest as typed. */
  _writeFormulas(sheet: SheetModel, area: Area, grid: (CellValue | null)[][]): void {
    const plain = grid.map((row, r) =>
      row.map((raw, c) => {
        if (typeof raw !== "string" || !/^=./s.test(raw)) return raw;
        const k = key(area.row + r, area.column + c);
        sheet.cells.set(k, raw);
        sheet.formulas.set(k, raw);
        return null; // written here; left alone by _writeValues
      })
    );
    this._writeValues(sheet, area, plain);
  }
  /** Header cells are the column names: text, never blank ("Column3"), never repeated ("Theme2"). */
  /** @internal Table.resize (ExcelApi 1.13): same sheet, the header in the same row, overlapping. */
  _resizeTable(t: TableModel, area: Area, sheet: SheetModel): void {
    if (sheet !== t.sheet || area.row !== t.row || !intersects(area, tableArea(t)))
      throw new FakeExcelError(
        "InvalidArgument",
        "Table.resize: the new range must overlap the table, with its header in the same row"
      );
    const full = { ...area, rows: Math.max(area.rows, 2) };
    if (this._tables.some((o) => o !== t && o.sheet === sheet && intersects(tableArea(o), full)))
      throw new FakeExcelError("InvalidOperation", "a table cannot overlap another table");
    Object.assign(t, { column: full.column, rows: full.rows });
    t.columns = Array.from({ length: full.columns }, (_, i) => t.columns[i] ?? "");
    this.readHeaders(t);
  }
  /**
   * @internal TableRowCollection.add at the end (ExcelApi 1.1; several rows 1.4): cells below the
   * table, in its columns, move down; the new rows take the last body row's formats, as a table's
   * columns carry their formatting on.
   */
  _addTableRows(t: TableModel, values: (CellValue | null)[][]): void {
    const count = values.length;
    if (count === 0) throw invalid("TableRowCollection.add: no rows");
    if (values.some((row) => row.length !== t.columns.length))
      throw invalid("TableRowCollection.add: each row needs one value per column");
    const end = t.row + t.rows;
    this.shiftBelow(t, end, count);
    const last = end - 1;
    for (let r = 0; r < count; r++)
      for (let c = 0; c < t.columns.length; c++) {
        const format = t.sheet.formats.get(key(last, t.column + c));
        if (format) t.sheet.formats.set(key(end + r, t.column + c), clone(format));
      }
    t.rows += count;
    this._writeValues(
      t.sheet,
      { row: end, column: t.column, rows: count, columns: t.columns.length },
      values
    );
  }
  /**
   * @internal TableRow.delete (ExcelApi 1.1): the row's cells go and the cells below, in the
   * table's columns, move up. A table keeps one body row: deleting its only one empties it.
   */
  _deleteTableRow(t: TableModel, index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= t.rows - 1)
      throw new FakeExcelError("ItemNotFound", `the table has no row ${index}`);
    const row = t.row + 1 + index;
    const cells = { row, column: t.column, rows: 1, columns: t.columns.length };
    if (t.rows === 2) {
      this._clear(t.sheet, cells, "Contents");
      return;
    }
    for (const map of [t.sheet.cells, t.sheet.formats, t.sheet.links, t.sheet.formulas])
      keysIn(map as Map<number, unknown>, cells).forEach((k) => map.delete(k));
    this.shiftBelow(t, row + 1, -1);
    t.rows -= 1;
  }
  /**
   * Moves the cells of a table's columns from `from` down by `by` rows (up when negative), as
   * inserting or deleting table rows does. What the fake cannot move along with them (merges,
   * checks, conditional formats, names, chart series or another table in those columns below
   * the table's header) is refused as not modelled.
   */
  private shiftBelow(t: TableModel, from: number, by: number): void {
    const s = t.sheet;
    const band = {
      row: t.row + 1,
      column: t.column,
      rows: MAX_ROWS - t.row - 1,
      columns: t.columns.length,
    };
    const blocked =
      s.merges.some((m) => intersects(m, band)) ||
      s.validations.some((v) => intersects(v.area, band)) ||
      s.conditionalFormats.some((cf) => intersects(cf.area, band)) ||
      this._names.some((n) => n.sheet === s && intersects(n.area, band)) ||
      this._tables.some((o) => o !== t && o.sheet === s && intersects(tableArea(o), band)) ||
      this._sheets.some((sh) =>
        sh.charts.some((chart) =>
          chart.series.some((series) =>
            [series.values, series.xAxis].some(
              (ref) => ref?.sheet === s && intersects(ref.area, band)
            )
          )
        )
      );
    if (blocked)
      throw new NotModelledError(
        "adding or deleting table rows where merges, checks, conditional formats, names, charts or tables would move"
      );
    const inBand = (k: number) =>
      rowOf(k) >= from && colOf(k) >= t.column && colOf(k) < t.column + t.columns.length;
    for (const map of [s.cells, s.formats, s.links, s.formulas] as Map<number, unknown>[]) {
      const moving = [...map].filter(([k]) => inBand(k));
      moving.forEach(([k]) => map.delete(k));
      moving.forEach(([k, v]) => map.set(k + by * MAX_COLUMNS, v));
    }
  }
  private readHeaders(t: TableModel): void {
    const seen = new Set<string>();
    t.columns = t.columns.map((_, i) => {
      let name = String(t.sheet.value(t.row, t.column + i)).trim() || `Column${i + 1}`;
      for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${name.replace(/\d+$/, "")}${n}`;
      seen.add(name.toLowerCase());
      t.sheet.cells.set(key(t.row, t.column + i), name);
      return name;
    });
  }
  /** @internal Whether any table on the sheet covers part of the area. */
  _tableOverlaps(sheet: SheetModel, area: Area): boolean {
    return this._tables.some((t) => t.sheet === sheet && intersects(area, tableArea(t)));
  }
  /**
   * @internal clear("All" | "Contents" | "Formats"). "All" also removes links, rules, validation
   * and merges. Cells of a table may be cleared; the table stays.
   */
  _clear(sheet: SheetModel, area: Area, applyTo: string): void {
    if (!["All", "Contents", "Formats"].includes(applyTo))
      throw new NotModelledError(`Range.clear("${applyTo}")`);
    const drop = (map: Map<number, unknown>) => keysIn(map, area).forEach((k) => map.delete(k));
    if (applyTo !== "Formats") {
      drop(sheet.cells);
      // A table stays; a header cleared renames its columns Column1, Column2… as Excel does.
      for (const t of this._tables.filter(
        (t) => t.sheet === sheet && intersects(area, { ...tableArea(t), rows: 1 })
      ))
        this.readHeaders(t);
    }
    if (applyTo === "Contents") return;
    drop(sheet.formats);
    sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) =>
      subtract(cf.area, area).map((a) => ({ ...cf, area: a }))
    );
    this._unmerge(sheet, area);
    if (applyTo !== "All") return;
    drop(sheet.links);
    sheet.validations = sheet.validations.flatMap((v) =>
      subtract(v.area, area).map((a) => ({ ...v, area: a }))
    );
  }
  /** @internal Keeps the top-left value of each merged block, as Excel does. */
  _merge(sheet: SheetModel, area: Area, across: boolean): void {
    if (this._tableOverlaps(sheet, area))
      throw new FakeExcelError("InvalidOperation", "cells in a table cannot be merged");
    this._unmerge(sheet, area);
    const blocks = across
      ? Array.from({ length: area.rows }, (_, r) => ({ ...area, row: area.row + r, rows: 1 }))
      : [area];
    for (const block of blocks.filter((b) => cellCount(b) > 1)) {
      keysIn(sheet.cells, block)
        .filter((k) => k !== key(block.row, block.column))
        .forEach((k) => sheet.cells.delete(k));
      sheet.merges.push(block);
    }
  }
  /** @internal */ _unmerge(sheet: SheetModel, area: Area): void {
    sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
  }
  /** @internal */ _addTable(sheet: SheetModel, area: Area, hasHeaders: boolean): TableModel {
    if (!hasHeaders) throw new NotModelledError("tables.add(…, hasHeaders: false)");
    const rows = Math.max(area.rows, 2); // a header-only table gets one empty body row
    const full = { ...area, rows };
    if (this._tableOverlaps(sheet, full))
      throw new FakeExcelError("InvalidOperation", "a table cannot overlap another table");
    if (sheet.merges.some((m) => intersects(m, full)))
      throw new FakeExcelError("InvalidOperation", "a table cannot contain merged cells");
    let n = 1;
    while (this._findTable(`Table${n}`) || this._findName(`Table${n}`)) n++;
    const table: TableModel = {
      id: this._newId(),
      name: `Table${n}`,
      sheet,
      ...area,
      rows,
      columns: Array<string>(area.columns).fill(""),
    };
    this._tables.push(table);
    this.readHeaders(table);
    return table;
  }
  /** @internal */ _addName(name: string, ref: Ref, comment: string): NameModel {
    this._checkDefinedName(name);
    const item = { name, sheet: ref.sheet, area: ref.area, comment };
    this._names.push(item);
    return item;
  }
  /** @internal "='Action Plan'!$A$1", or "=#REF!$A$1" once the sheet is deleted. */
  _formula(n: NameModel): string {
    return `=${n.sheet ? quoteSheet(n.sheet.name) : "#REF"}!${formatArea(n.area, true)}`;
  }
  /** @internal "Sheet1!A1" or "A1" (on `sheet`) to a sheet and area. */
  _resolve(sheet: SheetModel | undefined, text: string): Ref {
    const { sheet: sheetName, address } = splitReference(text);
    const target = sheetName === undefined ? sheet : this._findSheet(sheetName);
    if (!target) throw new FakeExcelError("ItemNotFound", `no sheet for "${text}"`);
    return { sheet: target, area: parseArea(address) };
  }
  /** @internal Queues onChanged handlers of `sheet` (after the current task, like Excel's async events). */
  _emit(
    sheet: SheetModel,
    address: string,
    changeType: string,
    source: ChangeSource,
    triggerSource: WorksheetChangedArgs["triggerSource"],
    checked = false
  ): void {
    if ((!checked && !this._enableEvents) || sheet.handlers.size === 0) return;
    const args = freeze<WorksheetChangedArgs>({
      type: "WorksheetChanged",
      address,
      source,
      changeType,
      worksheetId: sheet.id,
      triggerSource,
    });
    const delivery: Promise<void> = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => Promise.all([...sheet.handlers].map(async (handler) => handler(args))))
      .then(
        () => undefined,
        (error: unknown) => void this.handlerErrors.push(error)
      )
      .finally(() => this.inFlight.delete(delivery));
    this.inFlight.add(delivery);
  }
}
