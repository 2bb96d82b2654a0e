/**
 * Office.js-style proxies over the fake document. Modelled faithfully:
 * - Commands apply to the document at once, in call order (which is the order Excel runs a batch
 *   in); an error Excel would raise is held and thrown by the next context.sync(), and the rest of
 *   that batch is skipped, as Excel stops at the failing command.
 * - load() snapshots at its place in the batch; reading before load, or before the sync, throws.
 *   A value set on a proxy reads back at once (Office.js keeps it on the proxy).
 * - *OrNullObject gives null objects; methods and navigation on them give null objects too.
 *   isNullObject is readable after the next sync without loading it.
 * - getItem of a missing item fails the sync of the batch that uses it (ItemNotFound).
 * Any other member throws "fake Excel: X is not modelled" when touched.
 * Fake's own choice (Excel unverified): writing to a null object fails the sync.
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
  contains,
  formatArea,
  intersects,
  invalid,
  quoteSheet,
  subtract,
} from "./address";
import type {
  CellFormat,
  ChangedHandler,
  ChartModel,
  ConditionalFormat,
  FakeWorkbook,
  NameModel,
  Ref,
  SeriesModel,
  SheetModel,
  TableModel,
  Validation,
} from "./model";
import { key as cellKey, tableArea } from "./model";

type State = "ok" | "null" | FakeExcelError;
type Ctor<U, P> = new (ctx: FakeRequestContext, target: U | undefined, state: State) => P;
type LoadSpec = string | string[] | Record<string, unknown>;
type Getter<T> = (t: T, self: any) => unknown;
type Setter<T> = (t: T, value: any, self: any) => void;
type Class<T> = { prototype: Obj<T> };

/** Keys that runtimes and test tools probe on any object; they read as undefined instead of throwing. */
const PROBES = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "inspect",
  "$$typeof",
]);

function accessor(target: object, prop: string | symbol): PropertyDescriptor | undefined {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o) as object | null) {
    const d = Object.getOwnPropertyDescriptor(o, prop);
    if (d) return d;
  }
  return undefined;
}

/** Wraps a proxy so that members the fake lacks throw "not modelled" instead of reading undefined. */
function guard<P extends object>(obj: P, type: string): P {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target)
        return Reflect.get(target, prop, receiver) as unknown;
      if (PROBES.has(prop) || /^(_|@@)/.test(prop)) return undefined;
      throw new NotModelledError(`${type}.${prop}`);
    },
    set(target, prop, value, receiver) {
      const d = accessor(target, prop);
      if (!d && typeof prop === "string" && prop.startsWith("_"))
        return Reflect.set(target, prop, value, receiver);
      if (!d) throw new NotModelledError(`setting ${type}.${String(prop)}`);
      if (d.get && !d.set) throw new TypeError(`fake Excel: ${type}.${String(prop)} is read-only`);
      return Reflect.set(target, prop, value, receiver);
    },
  });
}

function make<U, P extends Obj<U>>(
  Cls: Ctor<U, P>,
  ctx: FakeRequestContext,
  target: U | undefined,
  state: State
): P {
  const obj = new Cls(ctx, target, state);
  return guard(obj, obj._type);
}

const notLoaded = (message: string) => new FakeExcelError("PropertyNotLoaded", message);

export class FakeRequestContext {
  readonly _type = "RequestContext";
  _batch = 0;
  _dirty = false;
  _open = true;
  _pending: FakeExcelError | undefined = undefined;
  _failed = new Set<number>();
  /** Run after the sync that sends them: event deliveries and handler (un)registrations. */
  _afterSync: (() => void)[] = [];
  constructor(readonly _book: FakeWorkbook) {}
  /** Made on first use, through the guarded context, so that proxies hold the context callers see. */
  get workbook(): Obj<FakeWorkbook> {
    return (this._workbook ??= make(WorkbookProxy, this, this._book, "ok"));
  }
  get runtime(): Obj<FakeWorkbook> {
    return (this._runtime ??= make(Runtime, this, this._book, "ok"));
  }
  _workbook: Obj<FakeWorkbook> | undefined = undefined;
  _runtime: Obj<FakeWorkbook> | undefined = undefined;
  async sync(): Promise<void> {
    this._checkOpen("context.sync()");
    this._book.syncCount++;
    const [error, batch] = [this._pending, this._batch];
    this._pending = undefined;
    this._dirty = false;
    this._batch++;
    this._afterSync.splice(0).forEach((run) => run());
    await Promise.resolve();
    if (error) {
      this._failed.add(batch);
      throw error;
    }
  }
  _checkOpen(what: string): void {
    if (!this._open)
      throw new Error(
        `fake Excel: ${what} after its Excel.run finished (use Excel.run(object, batch) to reuse a context)`
      );
  }
  /** Runs a command: skipped once the batch has failed; an Excel-like error fails the batch. */
  _attempt(command: () => void): void {
    if (this._pending) return;
    try {
      command();
    } catch (error) {
      if (!(error instanceof FakeExcelError)) throw error;
      this._pending = error;
    }
  }
  /** An add-in write to cells: onChanged fires after the sync, with triggerSource "ThisLocalAddin". */
  _changed(sheet: SheetModel, area: Area): void {
    if (!this._book._enableEvents) return;
    this._afterSync.push(() =>
      this._book._emit(sheet, formatArea(area), "RangeEdited", "Local", "ThisLocalAddin", true)
    );
  }
}

/** A fresh context on `book`, guarded like the proxies. */
export function newContext(book: FakeWorkbook): FakeRequestContext {
  return guard(new FakeRequestContext(book), "RequestContext");
}

abstract class Obj<T> {
  abstract readonly _type: string;
  /** Loaded (batch = the batch that loads it) and set (batch -1: readable at once) property values. */
  readonly _values = new Map<string, { value: unknown; batch: number }>();
  readonly _nav = new Map<string, unknown>();
  readonly _born: number;
  constructor(
    readonly _ctx: FakeRequestContext,
    readonly _target: T | undefined,
    readonly _state: State
  ) {
    this._born = _ctx._batch;
  }
  /** Scalar properties load() may ask for, and how to read each from the document (see props()). */
  _loadable(): Record<string, Getter<T>> {
    return (PROPS.get(Object.getPrototypeOf(this) as object) ?? {}) as Record<string, Getter<T>>;
  }
  /** True once the thing the proxy stands for was deleted. */
  _gone(t: T): boolean {
    return t === undefined;
  }
  get context(): FakeRequestContext {
    return this._ctx;
  }
  get isNullObject(): boolean {
    if (this._ctx._batch <= this._born)
      throw notLoaded(`${this._type}.isNullObject was read before context.sync()`);
    return this._state === "null";
  }
  load(spec?: LoadSpec): this {
    this._ctx._checkOpen(`${this._type}.load`);
    const readers = this._loadable();
    for (const path of loadPaths(spec, Object.keys(readers))) {
      const [head, ...rest] = path.split("/");
      if (rest.length > 0) {
        const nav = (this as unknown as Record<string, unknown>)[head];
        if (!(nav instanceof Obj)) throw new NotModelledError(`${this._type}.load("${path}")`);
        nav.load(rest.join("/"));
        continue;
      }
      const read = readers[head];
      if (!read) throw new NotModelledError(`loading ${this._type}.${head}`);
      let value: unknown;
      if (this._state !== "null") {
        const t = this._use(`${this._type}.load("${head}")`, false);
        if (t !== undefined) this._ctx._attempt(() => (value = clone(read(t, this))));
      }
      this._values.set(head, { value, batch: this._ctx._batch });
    }
    return this;
  }
  _get(prop: string): any {
    const entry = this._values.get(prop);
    if (this._state === "null")
      throw new FakeExcelError(
        "InvalidOperation",
        `${this._type}.${prop} was read on a null object (check isNullObject first)`
      );
    if (!entry) throw notLoaded(`${this._type}.${prop} was not loaded`);
    if (entry.batch >= this._ctx._batch)
      throw notLoaded(`${this._type}.${prop} was read before context.sync()`);
    if (this._ctx._failed.has(entry.batch))
      throw notLoaded(
        `${this._type}.${prop} cannot be read: the context.sync() that was to load it failed`
      );
    return entry.value;
  }
  /** Checks a command can run here; undefined if the batch already failed or this object cannot take it. */
  _use(what: string, write = true): T | undefined {
    this._ctx._checkOpen(what);
    if (write) this._ctx._dirty = true;
    if (this._ctx._pending) return undefined;
    const error =
      this._state === "null"
        ? new FakeExcelError(
            "InvalidOperation",
            `${what} on a null object (check isNullObject first)`
          )
        : this._state !== "ok"
          ? this._state
          : this._gone(this._target!)
            ? new FakeExcelError("ItemNotFound", `${what}: the ${this._type} no longer exists`)
            : undefined;
    if (error) this._ctx._pending = error;
    return error ? undefined : this._target;
  }
  _set(prop: string, value: unknown, apply: (t: T) => void): void {
    const t = this._use(`setting ${this._type}.${prop}`);
    this._values.set(prop, { value, batch: -1 });
    if (t !== undefined) this._ctx._attempt(() => apply(t));
  }
  _act(what: string, apply: (t: T) => void): void {
    const t = this._use(`${this._type}.${what}`);
    if (t !== undefined) this._ctx._attempt(() => apply(t));
  }
  /** A proxy for something reached from this one; null objects and failed lookups propagate. */
  _derive<U, P extends Obj<U>>(
    Cls: Ctor<U, P>,
    find: (t: T) => U | undefined,
    absent: "null" | string
  ): P {
    if (this._state !== "ok") return make(Cls, this._ctx, undefined, this._state);
    try {
      const found = find(this._target!);
      if (found !== undefined) return make(Cls, this._ctx, found as U, "ok");
    } catch (error) {
      if (!(error instanceof FakeExcelError)) throw error;
      return make(Cls, this._ctx, undefined, error);
    }
    return make(
      Cls,
      this._ctx,
      undefined,
      absent === "null" ? "null" : new FakeExcelError("ItemNotFound", absent)
    );
  }
  /** A navigation property: the same proxy each time, as in Office.js. */
  _navigate<U, P extends Obj<U>>(
    name: string,
    Cls: Ctor<U, P>,
    find: (t: T) => U = (t) => t as unknown as U
  ): P {
    if (!this._nav.has(name)) this._nav.set(name, this._derive(Cls, find, "null"));
    return this._nav.get(name) as P;
  }
  /** A proxy for what a command creates (worksheets.add…); if the command fails, so does the proxy. */
  _create<U, P extends Obj<U>>(Cls: Ctor<U, P>, what: string, create: (t: T) => U): P {
    const t = this._use(`${this._type}.${what}`);
    let made: U | undefined;
    if (t !== undefined) this._ctx._attempt(() => (made = create(t)));
    const failed =
      this._ctx._pending ??
      new FakeExcelError("InvalidOperation", `${what}: an earlier command failed`);
    return make(Cls, this._ctx, made, made === undefined ? failed : "ok");
  }
  /** A Range argument (or an address string on `sheet`) as a sheet and area. */
  _range(arg: unknown, what: string, sheet?: SheetModel): Ref | undefined {
    if (typeof arg === "string") {
      let ref: Ref | undefined;
      this._ctx._attempt(() => (ref = this._ctx._book._resolve(sheet, arg)));
      return ref;
    }
    if (!(arg instanceof RangeProxy))
      throw new NotModelledError(`${what} with a ${typeof arg} argument`);
    if (arg._ctx !== this._ctx)
      throw new FakeExcelError(
        "InvalidRequestContext",
        `${what}: the range belongs to another context`
      );
    return arg._use(what, false);
  }
}

function loadPaths(spec: LoadSpec | undefined, all: string[]): string[] {
  if (spec === undefined) return all;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((p) => loadPaths(p, all));
  return Object.entries(spec).flatMap(([k, v]) => {
    if (v !== true) throw new NotModelledError(`load({ ${k}: ${JSON.stringify(v)} })`);
    return [k];
  });
}

const PROPS = new WeakMap<object, Record<string, Getter<never>>>();

/** Declares scalar properties: each loads through its getter, and can be set if it has a setter. */
function props<T>(Cls: Class<T>, table: Record<string, [Getter<T>, Setter<T>?]>): void {
  PROPS.set(Cls.prototype, Object.fromEntries(Object.entries(table).map(([k, [get]]) => [k, get])));
  for (const [name, [, set]] of Object.entries(table))
    Object.defineProperty(Cls.prototype, name, {
      get(this: Obj<T>) {
        return this._get(name);
      },
      set:
        set &&
        function (this: Obj<T>, value: unknown) {
          this._set(name, value, (t) => set(t, value, this));
        },
    });
}

/** Declares navigation properties (the same child proxy on every access, as in Office.js). */
function navs<T>(
  Cls: Class<T>,
  table: Record<string, [() => Ctor<any, any>, ((t: T) => unknown)?]>
) {
  for (const [name, [child, find]] of Object.entries(table))
    Object.defineProperty(Cls.prototype, name, {
      get(this: Obj<T>) {
        return this._navigate(name, child(), find ?? ((t: T) => t));
      },
    });
}

/** A proxy type with nothing but its properties (declared with props() and navs()). */
const kind = <T>(type: string) =>
  class extends Obj<T> {
    readonly _type = type;
  };

/** A collection: items load as child proxies; getItem / getItemOrNullObject look up by key. */
const collection = <T, U, P extends Obj<U>>(
  type: string,
  item: () => Ctor<U, P>,
  items: (t: T, book: FakeWorkbook) => U[],
  find: (t: T, key: string, book: FakeWorkbook) => U | undefined
) =>
  class extends Obj<T> {
    readonly _type = type;
    get items(): P[] {
      return this._get("items") as P[];
    }
    load(spec?: LoadSpec): this {
      this._ctx._checkOpen(`${type}.load`);
      const paths = loadPaths(spec, [])
        .map((p) => p.replace(/^items\/?/, ""))
        .filter(Boolean);
      const t = this._state === "null" ? undefined : this._use(`${type}.load`, false);
      const list = t === undefined ? [] : items(t, this._ctx._book);
      const loaded = list.map((u) =>
        make(item(), this._ctx, u, "ok").load(paths.length ? paths : undefined)
      );
      this._values.set("items", { value: loaded, batch: this._ctx._batch });
      return this;
    }
    getItem(key: string): P {
      const missing = `${type}.getItem: "${key}" was not found`;
      return this._derive(item(), (t) => find(t, key, this._ctx._book), missing);
    }
    getItemOrNullObject(key: string): P {
      return this._derive(item(), (t) => find(t, key, this._ctx._book), "null");
    }
  };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
function oneOf(value: unknown, allowed: readonly string[], what: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) throw invalid(`${what} "${value}"`);
  return value;
}
const COLOUR = (v: unknown) =>
  typeof v === "string" && /^#[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : v;

// ---- Workbook, runtime, settings ----

const WorkbookProxy = kind<FakeWorkbook>("Workbook");
navs(WorkbookProxy, {
  worksheets: [() => WorksheetCollection],
  tables: [() => TableCollection, () => "workbook"],
  names: [() => NameCollection],
  settings: [() => SettingCollection],
  application: [() => Application],
});

/** application.activeWindow: the window's zoom, and the room it has (a 1280 x 720 screen). */
const Application = kind<FakeWorkbook>("Application");
navs(Application, { activeWindow: [() => WindowProxy] });
const WindowProxy = kind<FakeWorkbook>("Window");
props(WindowProxy, {
  zoom: [
    (b) => b._zoom,
    (b, v) => {
      if (typeof v !== "number" || v < 10 || v > 400) throw invalid("zoom runs from 10 to 400");
      b._zoom = v;
    },
  ],
  usableWidth: [() => 960],
  usableHeight: [() => 540],
});

/** runtime.enableEvents: one flag for the add-in's runtime, so it outlives the context that set it. */
const Runtime = kind<FakeWorkbook>("Runtime");
props(Runtime, {
  enableEvents: [(b) => b._enableEvents, (b, v) => (b._enableEvents = Boolean(v))],
});

class Setting extends kind<string>("Setting") {
  _gone(key: string) {
    return !this._ctx._book._settings.has(key);
  }
}
props(Setting, {
  key: [(k) => k],
  value: [
    (k, self: Setting) => self._ctx._book._settings.get(k),
    (k, v, self: Setting) => self._ctx._book._settings.set(k, clone(v)),
  ],
});

class SettingCollection extends collection<FakeWorkbook, string, Setting>(
  "SettingCollection",
  () => Setting,
  (b) => [...b._settings.keys()],
  (b, key) => (b._settings.has(key) ? key : undefined)
) {
  /** Sets or adds a setting; values are stored as JSON, as Excel does. */
  add(key: string, value: unknown): Setting {
    return this._create(Setting, "add()", (b) => (b._settings.set(key, clone(value)), key));
  }
}

// ---- Worksheets ----

class Worksheet extends kind<SheetModel>("Worksheet") {
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
  onChanged: [() => ChangedEvent],
});

class WorksheetCollection extends collection<FakeWorkbook, SheetModel, Worksheet>(
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

// ---- Ranges ----

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
   * Formulas are not calculated here: a formula written is kept as its text, and reading gives
   * the same cells as values (a constant's formula is its value, as in Excel).
   */
  formulas: [
    (t) => t.sheet.values(t.area),
    (t, v, self: RangeProxy) => {
      self._ctx._book._writeValues(t.sheet, t.area, block(t, v, "Range.formulas", false));
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
  worksheet: [() => Worksheet, (t) => t.sheet],
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

const RULE_TYPES = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"];
const withoutArea = (list: Validation[], area: Area) =>
  list.flatMap((v) => subtract(v.area, area).map((rest) => ({ ...v, area: rest })));
const validationOn = (t: Ref) =>
  t.sheet.validations.find((v) => formatArea(v.area) === formatArea(t.area));

/** Validation is kept per area: a rule replaces any validation on its cells; clear() removes it. */
class DataValidation extends kind<Ref>("DataValidation") {
  clear(): void {
    this._act("clear()", (t) => (t.sheet.validations = withoutArea(t.sheet.validations, t.area)));
  }
}
props(DataValidation, {
  rule: [
    (t) => t.sheet.validations.find((v) => contains(v.area, t.area))?.rule ?? {},
    (t, v: Record<string, unknown>) => {
      const types = Object.keys(v ?? {}).filter((k) => v[k] != null);
      if (types.length !== 1 || !RULE_TYPES.includes(types[0]))
        throw invalid("a data validation rule needs exactly one rule type");
      const list = v.list as { source?: unknown } | undefined;
      if (list && !list.source) throw invalid("a list rule needs a source");
      if (list && typeof list.source !== "string")
        throw new NotModelledError("a list source given as a Range");
      const errorAlert = validationOn(t)?.errorAlert;
      t.sheet.validations = [
        ...withoutArea(t.sheet.validations, t.area),
        { area: t.area, rule: clone(v), errorAlert },
      ];
    },
  ],
  errorAlert: [
    (t) => t.sheet.validations.find((v) => contains(v.area, t.area))?.errorAlert ?? null,
    (t, v: Record<string, unknown>) => {
      const own = validationOn(t);
      if (own) own.errorAlert = clone(v);
      else if (t.sheet.validations.some((x) => intersects(x.area, t.area)))
        throw new NotModelledError(
          "setting dataValidation.errorAlert over part of another validation area"
        );
      else t.sheet.validations.push({ area: t.area, errorAlert: clone(v) });
    },
  ],
});

/** "ContainsText" and "Custom" rules are modelled; a new rule goes to the top, as in Office.js. */
class ConditionalFormatCollection extends kind<Ref>("ConditionalFormatCollection") {
  add(type: string): InstanceType<typeof ConditionalFormatProxy> {
    if (type !== "ContainsText" && type !== "Custom")
      throw new NotModelledError(`conditionalFormats.add("${type}")`);
    return this._create(ConditionalFormatProxy, "add()", (t) => {
      const cf: ConditionalFormat = { area: t.area, type };
      t.sheet.conditionalFormats.unshift(cf);
      return cf;
    });
  }
  clearAll(): void {
    this._act("clearAll()", (t) => {
      const rest = (cf: ConditionalFormat) =>
        subtract(cf.area, t.area).map((area) => ({ ...cf, area }));
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.flatMap(rest);
    });
  }
}
const ConditionalFormatProxy = kind<ConditionalFormat>("ConditionalFormat");
navs(ConditionalFormatProxy, {
  textComparison: [() => TextComparison],
  custom: [() => CustomConditionalFormat],
});
const CustomConditionalFormat = kind<ConditionalFormat>("CustomConditionalFormat");
navs(CustomConditionalFormat, {
  rule: [() => ConditionalFormatRule],
  format: [() => ConditionalRangeFormat],
});
const ConditionalFormatRule = kind<ConditionalFormat>("ConditionalFormatRule");
props(ConditionalFormatRule, {
  formula: [
    (cf) => cf.formula ?? null,
    (cf, v) => {
      if (typeof v !== "string" || !v.startsWith("="))
        throw invalid("a rule formula starts with =");
      cf.formula = v;
    },
  ],
});
const TextComparison = kind<ConditionalFormat>("TextConditionalFormat");
props(TextComparison, {
  rule: [
    (cf) => cf.rule ?? null,
    (cf, v: { operator: string; text: string }) => {
      oneOf(
        v?.operator,
        ["Contains", "NotContains", "BeginsWith", "EndsWith"],
        "text comparison operator"
      );
      if (typeof v.text !== "string") throw invalid("a text comparison rule needs a text");
      cf.rule = { operator: v.operator, text: v.text };
    },
  ],
});
navs(TextComparison, { format: [() => ConditionalRangeFormat] });
const ConditionalRangeFormat = kind<ConditionalFormat>("ConditionalRangeFormat");
navs(ConditionalRangeFormat, { fill: [() => ConditionalFill], font: [() => ConditionalFont] });
const ConditionalFill = kind<ConditionalFormat>("ConditionalRangeFill");
props(ConditionalFill, {
  color: [(cf) => cf.fill ?? null, (cf, v) => (cf.fill = COLOUR(v) as string)],
});
const ConditionalFont = kind<ConditionalFormat>("ConditionalRangeFont");
props(ConditionalFont, {
  color: [(cf) => cf.fontColor ?? null, (cf, v) => (cf.fontColor = COLOUR(v) as string)],
  bold: [(cf) => cf.bold ?? null, (cf, v) => (cf.bold = Boolean(v))],
  strikethrough: [(cf) => cf.strikethrough ?? null, (cf, v) => (cf.strikethrough = Boolean(v))],
});

// ---- Tables ----

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
navs(Table, { worksheet: [() => Worksheet, (t) => t.sheet] });

type Tables = SheetModel | "workbook";
class TableCollection extends collection<Tables, TableModel, Table>(
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

// ---- Names ----

class NamedItem extends kind<NameModel>("NamedItem") {
  _gone(n: NameModel) {
    return !this._ctx._book._names.includes(n);
  }
  delete(): void {
    this._act(
      "delete()",
      (n) => (this._ctx._book._names = this._ctx._book._names.filter((x) => x !== n))
    );
  }
  getRange(): RangeProxy {
    const missing = "NamedItem.getRange(): the name refers to #REF!";
    return this._derive(
      RangeProxy,
      (n) => (n.sheet ? { sheet: n.sheet, area: n.area } : undefined),
      missing
    );
  }
  /** Null when the name points at a deleted sheet (#REF!). */
  getRangeOrNullObject(): RangeProxy {
    return this._derive(
      RangeProxy,
      (n) => (n.sheet ? { sheet: n.sheet, area: n.area } : undefined),
      "null"
    );
  }
}
props(NamedItem, {
  name: [(n) => n.name],
  formula: [(n, self: NamedItem) => self._ctx._book._formula(n)],
  comment: [(n) => n.comment],
  type: [(n) => (n.sheet ? "Range" : "Error")],
});

class NameCollection extends collection<FakeWorkbook, NameModel, NamedItem>(
  "NamedItemCollection",
  () => NamedItem,
  (b) => b._names,
  (b, key) => b._findName(key)
) {
  /** The formula is kept as ='Sheet'!$A$1 and follows the sheet's renames. */
  add(name: string, reference: RangeProxy | string, comment = ""): NamedItem {
    return this._create(NamedItem, "add()", (b) => {
      const ref = this._range(reference, "names.add()");
      if (!ref) throw this._ctx._pending ?? invalid("names.add(): no range");
      return b._addName(name, ref, comment);
    });
  }
}

// ---- Charts ----

class Chart extends kind<ChartModel>("Chart") {
  _gone(c: ChartModel) {
    return Boolean(c.deleted);
  }
  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    const c = this._use("Chart.setPosition()");
    const cell = (p?: RangeProxy | string) =>
      p === undefined || !c ? undefined : this._range(p, "Chart.setPosition()", c.sheet);
    const [from, to] = [cell(start), cell(end)];
    if (c && from) c.position = { start: formatArea(from.area), end: to && formatArea(to.area) };
  }
}
props(Chart, { name: [(c) => c.name, (c, v) => (c.name = String(v))] });
navs(Chart, {
  title: [() => ChartTitle],
  legend: [() => ChartLegend],
  series: [() => SeriesCollection],
  axes: [() => ChartAxes],
});
const ChartTitle = kind<ChartModel>("ChartTitle");
props(ChartTitle, { text: [(c) => c.title, (c, v) => (c.title = String(v))] });
const ChartLegend = kind<ChartModel>("ChartLegend");
const LEGEND = ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"];
props(ChartLegend, {
  position: [
    (c) => c.legend.position,
    (c, v) => (c.legend.position = oneOf(v, LEGEND, "legend position")),
  ],
  visible: [(c) => c.legend.visible, (c, v) => (c.legend.visible = Boolean(v))],
});
const ChartAxes = kind<ChartModel>("ChartAxes");
navs(ChartAxes, { valueAxis: [() => ValueAxis] });
const axisValue = (
  p: "minimum" | "maximum" | "majorUnit"
): [Getter<ChartModel>, Setter<ChartModel>] => [
  (c) => c.valueAxis[p] ?? null,
  (c, v) => {
    if (typeof v !== "number" || (p === "majorUnit" && v <= 0))
      throw invalid(`valueAxis.${p} ${v}`);
    c.valueAxis[p] = v;
  },
];
const ValueAxis = kind<ChartModel>("ChartAxis");
props(ValueAxis, {
  minimum: axisValue("minimum"),
  maximum: axisValue("maximum"),
  majorUnit: axisValue("majorUnit"),
});

/** A chart with the series Excel would guess from the block (see guessSeries). */
class ChartCollection extends collection<SheetModel, ChartModel, Chart>(
  "ChartCollection",
  () => Chart,
  (s) => s.charts,
  (s, key) => s.charts.find((c) => same(c.name, key))
) {
  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): Chart {
    return this._create(Chart, "add()", (s) => {
      const ref = this._range(sourceData, "charts.add()");
      if (!ref) throw this._ctx._pending ?? invalid("charts.add(): no range");
      oneOf(seriesBy, ["Auto", "Columns", "Rows"], "seriesBy");
      const byRows =
        seriesBy === "Rows" || (seriesBy === "Auto" && ref.area.columns > ref.area.rows);
      let n = 1;
      while (s.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const legend = { position: "Right", visible: true };
      const chart: ChartModel = {
        sheet: s,
        name: `Chart ${n}`,
        type,
        title: "",
        legend,
        series: guessSeries(ref, byRows),
        valueAxis: {},
      };
      s.charts.push(chart);
      return chart;
    });
  }
}

/**
 * An approximation of Excel's guess: one series per column (or row); a first column (row) without
 * numbers gives the categories, and a first row (column) of text gives the series names.
 */
function guessSeries({ sheet, area }: Ref, byRows: boolean): SeriesModel[] {
  const grid = sheet.values(area);
  const [lines, length] = byRows ? [area.rows, area.columns] : [area.columns, area.rows];
  const at = (line: number, pos: number) => (byRows ? grid[line][pos] : grid[pos][line]);
  const upTo = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  const labels = lines > 1 && upTo(1, length).every((p) => typeof at(0, p) === "string");
  const seriesLines = upTo(labels ? 1 : 0, lines);
  const named =
    length > 1 && seriesLines.every((l) => typeof at(l, 0) === "string" && at(l, 0) !== "");
  const from = named ? 1 : 0;
  const lineArea = (line: number): Area =>
    byRows
      ? { row: area.row + line, column: area.column + from, rows: 1, columns: length - from }
      : { row: area.row + from, column: area.column + line, rows: length - from, columns: 1 };
  const xAxis = labels ? { sheet, area: lineArea(0) } : undefined;
  return seriesLines.map((line, i) => ({
    name: named ? String(at(line, 0)) : `Series${i + 1}`,
    values: { sheet, area: lineArea(line) },
    xAxis,
  }));
}

interface SeriesRef {
  chart: ChartModel;
  series: SeriesModel;
}

class Series extends kind<SeriesRef>("ChartSeries") {
  _gone(s: SeriesRef) {
    return Boolean(s.chart.deleted) || !s.chart.series.includes(s.series);
  }
  private source(what: string, set: (s: SeriesModel, ref: Ref) => void, range: RangeProxy): void {
    const s = this._use(`ChartSeries.${what}()`);
    const ref = s && this._range(range, `ChartSeries.${what}()`);
    if (s && ref) set(s.series, ref);
  }
  setValues(source: RangeProxy): void {
    this.source("setValues", (s, ref) => (s.values = ref), source);
  }
  setXAxisValues(source: RangeProxy): void {
    this.source("setXAxisValues", (s, ref) => (s.xAxis = ref), source);
  }
  delete(): void {
    this._act("delete()", (s) => (s.chart.series = s.chart.series.filter((x) => x !== s.series)));
  }
}
const seriesColour = (
  p: "markerBackgroundColor" | "markerForegroundColor" | "lineColor"
): [Getter<SeriesRef>, Setter<SeriesRef>] => [
  (s) => s.series[p] ?? null,
  (s, v) => (s.series[p] = COLOUR(v) as string),
];
props(Series, {
  name: [(s) => s.series.name, (s, v) => (s.series.name = String(v))],
  markerBackgroundColor: seriesColour("markerBackgroundColor"),
  markerForegroundColor: seriesColour("markerForegroundColor"),
});
navs(Series, { format: [() => SeriesFormat] });
const SeriesFormat = kind<SeriesRef>("ChartSeriesFormat");
navs(SeriesFormat, { line: [() => SeriesLine] });
const SeriesLine = kind<SeriesRef>("ChartLineFormat");
props(SeriesLine, { color: seriesColour("lineColor") });

class SeriesCollection extends collection<ChartModel, SeriesRef, Series>(
  "ChartSeriesCollection",
  () => Series,
  (c) => c.series.map((series) => ({ chart: c, series })),
  (c, key) => {
    const series = c.series.find((s) => same(s.name, key));
    return series && { chart: c, series };
  }
) {
  getItemAt(index: number): Series {
    const missing = `ChartSeriesCollection.getItemAt(${index}): the chart has ${this._target?.series.length ?? 0} series`;
    return this._derive(
      Series,
      (c) => (c.series[index] ? { chart: c, series: c.series[index] } : undefined),
      missing
    );
  }
  add(name?: string, index?: number): Series {
    return this._create(Series, "add()", (c) => {
      const series: SeriesModel = { name: name ?? `Series${c.series.length + 1}` };
      c.series.splice(index ?? c.series.length, 0, series);
      return { chart: c, series };
    });
  }
}
