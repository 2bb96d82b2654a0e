import { OfficeMockObject } from "office-addin-mock";

/*
 * office-addin-mock, built by one factory. What it checks: loads before reads. What it cannot:
 * queued-but-unsynced writes, real addresses, events, getItemOrNullObject, enums. So tests assert on
 * what was written and count sync calls with a spy. (Flows across many calls are tested against
 * the fuller fake in src/testing/fakeExcel.)
 */
export interface RecordedRange {
  address: string;
  values?: unknown[][];
  numberFormat?: unknown[][];
  hyperlink?: unknown;
  merged?: boolean;
  selected?: boolean;
  format: { font: Record<string, unknown>; fill: Record<string, unknown>; [key: string]: unknown };
  dataValidation: { rule?: unknown; errorAlert?: unknown; cleared: number; clear(): void };
  conditionalFormats: {
    added: {
      type: string;
      textComparison: {
        format: { fill: Record<string, unknown>; font: Record<string, unknown> };
        rule?: unknown;
      };
    }[];
    add(type: string): unknown;
  };
}

export function makeWorksheet(name = "Sheet1") {
  const ranges = new Map<string, RecordedRange>();
  const record = (address: string): RecordedRange => {
    let range = ranges.get(address);
    if (!range) {
      const conditionalFormats: RecordedRange["conditionalFormats"] = {
        added: [],
        add(type: string) {
          const rule = { type, textComparison: { format: { fill: {}, font: {} } } };
          this.added.push(rule);
          return rule;
        },
      };
      range = {
        address,
        format: { font: {}, fill: {} },
        dataValidation: {
          cleared: 0,
          clear() {
            this.cleared++;
          },
        },
        conditionalFormats,
      } as RecordedRange;
      const self = range as RecordedRange & Record<string, unknown>;
      self.getEntireColumn = () => record(`${address}:column`);
      self.getEntireRow = () => record(`${address}:row`);
      self.merge = () => void (range!.merged = true);
      self.select = () => void (range!.selected = true);
      ranges.set(address, range);
    }
    return range;
  };
  const sheet = {
    name,
    visibility: "Visible",
    activated: false,
    frozenRows: 0,
    tables: { added: [] as { address: string; hasHeaders: boolean; name?: string }[] },
    pageLayout: {
      orientation: "Portrait",
      zoom: undefined as unknown,
      titleRows: undefined as unknown,
    },
    ranges,
  };
  const api = sheet as typeof sheet & Record<string, unknown>;
  api.getRange = (address: string) => record(address);
  api.getRangeByIndexes = (r: number, c: number, rows: number, cols: number) =>
    record(`R${r}C${c}x${rows}x${cols}`);
  api.freezePanes = { freezeRows: (n: number) => void (sheet.frozenRows = n) };
  (api.tables as Record<string, unknown>).add = (range: RecordedRange, hasHeaders: boolean) => {
    const table = { address: range.address, hasHeaders } as {
      address: string;
      hasHeaders: boolean;
      name?: string;
    };
    sheet.tables.added.push(table);
    return table;
  };
  (api.pageLayout as Record<string, unknown>).setPrintTitleRows = (range: RecordedRange) =>
    void (sheet.pageLayout.titleRows = range.address);
  api.activate = () => void (sheet.activated = true);
  return api;
}

/** A mock Excel namespace with one workbook of named worksheets; `run` hands out its context. */
export function makeExcelMock(sheetNames: string[]) {
  const sheets = Object.fromEntries(sheetNames.map((n) => [n, makeWorksheet(n)]));
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem: (name: string) => {
            if (!sheets[name]) throw new Error(`ItemNotFound: ${name}`);
            return sheets[name];
          },
        },
      },
    },
    // Excel.run(batch) or Excel.run(options, batch), as the add-in calls it.
    run: async function (this: { context: unknown }, ...args: unknown[]) {
      const callback = args[args.length - 1] as (context: unknown) => Promise<unknown>;
      return callback(this.context);
    },
  }) as unknown as { context: { sync(): Promise<void> }; run: typeof Excel.run };
  return { excel: mock as unknown as typeof Excel, context: mock.context, sheets };
}
