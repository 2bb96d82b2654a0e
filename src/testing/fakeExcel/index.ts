/**
 * An in-memory fake of the Office.js Excel host, for unit tests of src/office and for the browser
 * preview (no Node modules). `new FakeWorkbook()` is the document; `createFakeExcel(workbook)` is
 * shaped like the global `Excel` for what the adapter uses: `run(batch)`.
 *
 * What is modelled, and how strictly, is described in fakeExcel/proxy.ts (proxy semantics; one file
 * per Office object holds the proxies) and fakeExcel/workbookModel.ts and sheetModel.ts (the
 * document). Members the fake lacks throw "fake Excel: X is not modelled".
 */
import { FakeExcelError, NotModelledError } from "./address";
import { FakeRequestContext } from "./proxy";
import { newContext } from "./workbook";
import { FakeWorkbook } from "./workbookModel";

export { FakeExcelError, FakeWorkbook, NotModelledError };
export type { CellValue } from "./address";
export type { CellFormat, ChangeSource, WorksheetChangedArgs } from "./sheetModel";
/** What `workbook.sheet(name)` returns: a frozen snapshot (values, formats, rules, charts). */
export type SheetView = ReturnType<FakeWorkbook["sheet"]>;

type Batch<T> = (context: Excel.RequestContext) => Promise<T> | T;

export interface FakeExcel {
  /**
   * Runs a batch on a fresh context. Rejects if commands were queued after the last
   * context.sync(): real Excel.run would send them with an implicit sync, but Microsoft's docs say
   * not to rely on that, so the fake treats it as a bug.
   * `run(objectOrContext, batch)` reuses an earlier context (e.g. an EventHandlerResult's, to remove
   * a handler), as Office.js does.
   */
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  run<T>(object: unknown, batch: Batch<T>): Promise<T>;
  readonly workbook: FakeWorkbook;
}

/** Excel.RunOptions as the add-in passes them (a plain object, not a context or proxy). */
function isRunOptions(value: unknown): value is Excel.RunOptions {
  return (
    typeof value === "object" &&
    value !== null &&
    !(value instanceof FakeRequestContext) &&
    !("context" in value) &&
    Object.keys(value).every((k) => ["delayForCellEdit", "mergeUndoGroup"].includes(k))
  );
}

export function createFakeExcel(workbook: FakeWorkbook): FakeExcel {
  async function run<T>(...args: [Batch<T>] | [unknown, Batch<T>]): Promise<T> {
    const batch = args[args.length - 1] as Batch<T>;
    const options = args.length === 2 && isRunOptions(args[0]) ? args[0] : undefined;
    // While the user edits a cell, Excel fails a batch at once, or holds it until the edit ends
    // when asked to (delayForCellEdit).
    if (workbook.cellEditing) {
      if (!options?.delayForCellEdit)
        throw new FakeExcelError("InvalidOperationInCellEditMode", "the user is editing a cell");
      await workbook.cellEditEnded();
    }
    const context = args.length === 2 && !options ? contextOf(args[0]) : newContext(workbook);
    if (context._book !== workbook)
      throw new Error("fake Excel: that context belongs to another FakeWorkbook");
    const wasOpen = args.length === 2 && !options && context._open; // a nested run on a context still in use
    context._open = true;
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (context._pending) throw context._pending;
      if (context._dirty)
        throw new Error("fake Excel: changes made after the last context.sync() were never sent");
      return result;
    } finally {
      context._open = wasOpen;
    }
  }
  return { run, workbook };
}

function contextOf(object: unknown): FakeRequestContext {
  if (object instanceof FakeRequestContext) return object;
  const context = (object as { context?: unknown } | null)?.context;
  if (context instanceof FakeRequestContext) return context;
  throw new NotModelledError("Excel.run with a first argument that is not a fake context or proxy");
}
