/**
 * The machinery every Office.js-style proxy over the fake document shares: the request context,
 * load/sync semantics, and helpers that declare a proxy type's properties and collections. The
 * proxies themselves live in one file per Office object (workbook.ts, worksheet.ts, range.ts…).
 * Modelled faithfully:
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
import { type Area, FakeExcelError, NotModelledError, clone, formatArea, invalid } from "./address";
import type { Ref, SheetModel } from "./sheetModel";
import type { FakeWorkbook } from "./workbookModel";

type State = "ok" | "null" | FakeExcelError;
export type Ctor<U, P> = new (ctx: FakeRequestContext, target: U | undefined, state: State) => P;
export type LoadSpec = string | string[] | Record<string, unknown>;
export type Getter<T> = (t: T, self: any) => unknown;
export type Setter<T> = (t: T, value: any, self: any) => void;
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
export function guard<P extends object>(obj: P, type: string): P {
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

export function make<U, P extends Obj<U>>(
  Cls: Ctor<U, P>,
  ctx: FakeRequestContext,
  target: U | undefined,
  state: State
): P {
  const obj = new Cls(ctx, target, state);
  return guard(obj, obj._type);
}

/**
 * Proxy classes that files below them reach but cannot import without an import cycle: a Range's
 * worksheet is a Worksheet, yet worksheet.ts imports range.ts; and workbook.ts, which holds the
 * context's workbook and runtime, imports every other proxy file. Each class registers itself as
 * its file loads; newContext lives in workbook.ts, so all are registered before a context exists.
 */
interface Registry {
  Workbook: Ctor<FakeWorkbook, Obj<FakeWorkbook>>;
  Runtime: Ctor<FakeWorkbook, Obj<FakeWorkbook>>;
  Worksheet: Ctor<SheetModel, Obj<SheetModel>>;
}
const registry: Partial<Registry> = {};
export function register<K extends keyof Registry>(name: K, Cls: Registry[K]): void {
  registry[name] = Cls;
}
export function registered<K extends keyof Registry>(name: K): Registry[K] {
  const Cls = registry[name];
  if (!Cls) throw new Error(`fake Excel: the ${name} proxy is not loaded (import fakeExcel/index)`);
  return Cls as Registry[K];
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
    return (this._workbook ??= make(registered("Workbook"), this, this._book, "ok"));
  }
  get runtime(): Obj<FakeWorkbook> {
    return (this._runtime ??= make(registered("Runtime"), this, this._book, "ok"));
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

export abstract class Obj<T> {
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
    // Office.js promises nothing for calls on a null object (…OrNullObject that found nothing):
    // getRangeOrNullObject on a #REF! name once crashed Excel. Code must check isNullObject after
    // a sync and only then go further, so the fake refuses such a chain outright.
    if (this._state === "null")
      throw new NotModelledError(
        `a call on a null ${this._type} (Office.js does not promise that null objects can be chained; load it, sync, check isNullObject first)`
      );
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
    // The only Obj of type "Range" is range.ts's RangeProxy; tested so because range.ts imports
    // this file (an instanceof test here would make an import cycle).
    if (!(arg instanceof Obj && arg._type === "Range"))
      throw new NotModelledError(`${what} with a ${typeof arg} argument`);
    if (arg._ctx !== this._ctx)
      throw new FakeExcelError(
        "InvalidRequestContext",
        `${what}: the range belongs to another context`
      );
    return arg._use(what, false);
  }
}

export function loadPaths(spec: LoadSpec | undefined, all: string[]): string[] {
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
export function props<T>(Cls: Class<T>, table: Record<string, [Getter<T>, Setter<T>?]>): void {
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
export function navs<T>(
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
export const kind = <T>(type: string) =>
  class extends Obj<T> {
    readonly _type = type;
  };

/** A collection: items load as child proxies; getItem / getItemOrNullObject look up by key. */
export const collection = <T, U, P extends Obj<U>>(
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

export const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
export function oneOf(value: unknown, allowed: readonly string[], what: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) throw invalid(`${what} "${value}"`);
  return value;
}
export const COLOUR = (v: unknown) =>
  typeof v === "string" && /^#[0-9a-f]{6}$/i.test(v) ? v.toUpperCase() : v;
