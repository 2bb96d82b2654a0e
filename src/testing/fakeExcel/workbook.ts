/**
 * The root proxies a context hands out: context.workbook (worksheets, tables, names, settings,
 * application.activeWindow) and context.runtime; and newContext, which makes that context.
 */
import { invalid } from "./address";
import { NameCollection } from "./names";
import { FakeRequestContext, guard, kind, navs, props, register } from "./proxy";
import { SettingCollection } from "./settings";
import { TableCollection } from "./tables";
import type { FakeWorkbook } from "./workbookModel";
import { WorksheetCollection } from "./worksheet";

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

register("Workbook", WorkbookProxy);
register("Runtime", Runtime);

/**
 * A fresh context on `book`, guarded like the proxies. Here rather than in proxy.ts so that
 * making a context loads (and registers) every proxy class: this file imports them all.
 */
export function newContext(book: FakeWorkbook): FakeRequestContext {
  return guard(new FakeRequestContext(book), "RequestContext");
}
