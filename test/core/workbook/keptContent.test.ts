import {
  dateSerial,
  drawnCells,
  drawnRecord,
  drawnRecordsFromLists,
  drawnRecordsRow,
  hashOf,
  KEPT_TITLE,
  parseDrawnRecord,
  planKeptCells,
  withKeptLabels,
  type FoundCell,
} from "../../../src/core/workbook/keptContent";
import { area, styled, type SheetSpec } from "../../../src/core/workbook/sheetSpec";

/*
 * keptContent decides what a re-score does with what people typed on the sheets svmi draws. Each
 * drawing records the cells it wrote (address and a hash of the value); next time a cell is
 * svmi's, and redrawn, only if the record says svmi wrote that very value there. Anything else is
 * the user's: kept in place when the new drawing leaves the cell free, else moved to a "Kept by
 * svmi" block below the drawing, with a notice.
 */
const sheet = (values: SheetSpec["values"], more: Partial<SheetSpec> = {}): SheetSpec => ({
  name: "S",
  values,
  styles: [],
  columnWidths: [],
  ...more,
});
const at = (row: number, column: number, value: FoundCell["value"], formula?: string) => ({
  row,
  column,
  value,
  ...(formula ? { formula } : {}),
});

describe("hashOf", () => {
  it("is FNV-1a of the value's text, in four base-36 digits", () => {
    // FNV-1a 32-bit: "" is 0x811c9dc5, "a" is 0xe40c292c; each modulo 36^4.
    expect(hashOf("")).toBe("ntfp");
    expect(hashOf(null)).toBe("ntfp");
    expect(hashOf("a")).toBe("wi7g");
    expect(hashOf(5)).toBe(hashOf("5"));
    expect(hashOf("Title")).not.toBe(hashOf("title"));
  });
});

describe("dateSerial", () => {
  it("gives Excel's day number of an ISO date", () => {
    expect(dateSerial("1899-12-31")).toBe(1);
    expect(dateSerial("2026-03-01")).toBe(46082);
  });

  it.each(["2026/03/01", "1 March 2026", "", "2026-03-01T00:00"])("reads %p as no date", (text) => {
    expect(dateSerial(text)).toBeUndefined();
  });
});

describe("drawnCells and drawnRecord", () => {
  const spec = sheet([["Title", null, ""], [], ["Due", "2026-03-01", "not a date"], [7, true]], {
    styles: [styled(area(2, 1, 1, 2), { numberFormat: "yyyy-mm-dd" })],
  });

  it("lists the cells a drawing writes, dates as the day numbers Excel reads back", () => {
    expect(drawnCells(spec)).toEqual(
      new Map<string, unknown>([
        ["A1", "Title"],
        ["A3", "Due"],
        ["B3", 46082],
        ["C3", "not a date"],
        ["A4", 7],
        ["B4", true],
      ])
    );
  });

  it("records each drawn cell's address and hash, which parseDrawnRecord reads back", () => {
    const record = drawnRecord(spec);
    expect(record.split(" ")[0]).toBe(`A1~${hashOf("Title")}`);
    expect(parseDrawnRecord(record)).toEqual(
      new Map([...drawnCells(spec)].map(([address, value]) => [address, hashOf(value)]))
    );
  });

  it("reads no record from a blank or missing cell, and skips malformed entries", () => {
    expect(parseDrawnRecord(undefined)).toBeUndefined();
    expect(parseDrawnRecord("  ")).toBeUndefined();
    expect(parseDrawnRecord(42)).toBeUndefined();
    expect(parseDrawnRecord(" A1~abcd junk B2~ C3~0000 ")).toEqual(
      new Map([
        ["A1", "abcd"],
        ["C3", "0000"],
      ])
    );
  });
});

describe("planKeptCells", () => {
  // The last drawing: a title in A1 and a label in A2; the new one adds B2 and a merged A4:C4.
  const before = sheet([["Title"], ["Label"]]);
  const record = parseDrawnRecord(drawnRecord(before));
  const after = sheet([["Title"], ["Label", "new"], [], ["Footnote"]], {
    merges: [area(3, 0, 1, 3)],
  });

  it("redraws svmi's own cells and keeps nothing when nobody typed", () => {
    expect(planKeptCells([at(0, 0, "Title"), at(1, 0, "Label")], record, after, "S")).toEqual({
      cells: [],
      labels: [],
    });
  });

  it("drops a cell svmi wrote that the new drawing no longer needs", () => {
    const gone = sheet([["Title"]]);
    expect(planKeptCells([at(1, 0, "Label")], record, gone, "S").cells).toEqual([]);
  });

  it("keeps typed cells in place where the new drawing leaves them free, formulas included", () => {
    const found = [
      at(0, 0, "Title", '=UPPER("Title")'), // a formula behind svmi's own value
      at(1, 0, "Label, edited"), // svmi's cell, edited: the new drawing leaves A2 free
      at(0, 5, "my note"), // F1: nothing drawn there
      at(2, 0, ""), // blank: nothing to keep
    ];
    const plan = planKeptCells(found, record, sheet([["Title"]]), "S");
    expect(plan.cells).toEqual([
      { from: found[0], row: 0, column: 0, ownFormat: true },
      { from: found[1], row: 1, column: 0, ownFormat: true },
      { from: found[2], row: 0, column: 5, ownFormat: true },
    ]);
    expect(plan.notice).toBeUndefined();
  });

  it("moves typed cells the new drawing needs to a kept block two rows below it", () => {
    const found = [at(0, 0, "Our title"), at(1, 1, "typed"), at(3, 2, "in the merge")];
    const plan = planKeptCells(found, record, after, "Results");
    // The drawing ends on row 4 (index 3), so the block starts on row 6.
    expect(plan.labels).toEqual([
      {
        row: 5,
        column: 0,
        text: `${KEPT_TITLE}: what was typed in cells this re-score needed, moved here so nothing is lost`,
        title: true,
      },
      { row: 6, column: 0, text: "From A1" },
      { row: 7, column: 0, text: "From B2" },
      { row: 8, column: 0, text: "From C4" },
    ]);
    // Only A1 was svmi's: its title formatting does not travel with the text.
    expect(plan.cells).toEqual([
      { from: found[0], row: 6, column: 1, ownFormat: false },
      { from: found[1], row: 7, column: 1, ownFormat: true },
      { from: found[2], row: 8, column: 1, ownFormat: true },
    ]);
    expect(plan.notice).toBe(
      `Results: 3 cells you typed where the new layout writes (A1, B2, C4) moved to A6 ("${KEPT_TITLE}").`
    );
  });

  it("keeps the header row of a table free", () => {
    const table = sheet([["Title"]], { table: { name: "T", area: area(2, 0, 3, 2) } });
    const plan = planKeptCells([at(2, 1, "typed")], record, table, "S");
    expect(plan.cells).toEqual([{ from: at(2, 1, "typed"), row: 5, column: 1, ownFormat: true }]);
  });

  it("treats every plain cell of a sheet drawn before records as svmi's", () => {
    // Only a formula is known to be the user's; here it sits where "Label" is drawn again.
    const found = [at(0, 0, "Old title"), at(9, 9, "anything"), at(1, 0, "x", "=1")];
    const plan = planKeptCells(found, undefined, after, "S");
    expect(plan.cells.map((c) => c.from)).toEqual([found[2]]);
    expect(plan.labels.map((l) => l.text)).toEqual([
      expect.stringContaining(KEPT_TITLE),
      "From A2",
    ]);
  });

  it("lists at most six cells in the notice", () => {
    const found = Array.from({ length: 7 }, (_, i) => at(1, i + 1, `t${i}`));
    const wide = sheet([["Title"], ["Label", 1, 2, 3, 4, 5, 6, 7]]);
    expect(planKeptCells(found, record, wide, "S").notice).toBe(
      `S: 7 cells you typed where the new layout writes (B2, C2, D2, E2, F2, G2…) moved to A4 ("${KEPT_TITLE}").`
    );
  });

  it("keeps an earlier kept block whose cells stay, its labels being svmi's", () => {
    const found = [
      at(5, 0, `${KEPT_TITLE}: earlier`),
      at(6, 0, "From C9"),
      at(6, 1, "kept before"),
    ];
    const plan = planKeptCells(found, record, before, "S");
    expect(plan.cells).toEqual([{ from: found[2], row: 6, column: 1, ownFormat: true }]);
    expect(plan.labels).toEqual([
      { row: 5, column: 0, text: `${KEPT_TITLE}: earlier`, title: true },
      { row: 6, column: 0, text: "From C9" },
    ]);
    expect(plan.notice).toBeUndefined();
  });

  it("labels a kept cell that must move again with where it first came from", () => {
    const found = [
      at(2, 0, `${KEPT_TITLE}: earlier`),
      at(3, 0, "From C9"),
      at(3, 1, "kept before"),
    ];
    const taller = sheet([["Title"], [], [], ["Label", "drawn here now"]]);
    const plan = planKeptCells(found, record, taller, "S");
    expect(plan.cells).toEqual([{ from: found[2], row: 6, column: 1, ownFormat: true }]);
    expect(plan.labels.map((l) => [l.row, l.text])).toEqual([
      [5, expect.stringContaining(KEPT_TITLE)],
      [6, "From C9"],
    ]);
    expect(plan.notice).toContain("(C9) moved to A6");
  });
});

describe("drawnRecordsRow and drawnRecordsFromLists", () => {
  it("writes the label, then each sheet's name and record, and reads them back", () => {
    const row = drawnRecordsRow({ results: "A1~aaaa B2~bbbb", tracker: "C3~cccc" });
    expect(row).toEqual([
      "svmi.drawn",
      "results",
      "A1~aaaa B2~bbbb",
      "actionPlan",
      "tracker",
      "C3~cccc",
      "consensus",
      "progress",
      "benchmark",
    ]);
    // The record row is found by its label, wherever it is.
    expect(drawnRecordsFromLists([["svmi.framework", "public"], row])).toEqual({
      results: new Map([
        ["A1", "aaaa"],
        ["B2", "bbbb"],
      ]),
      tracker: new Map([["C3", "cccc"]]),
    });
  });

  it("splits a long record over cells Excel can hold, and joins it back", () => {
    const entries = Array.from({ length: 5000 }, (_, i) => `A${i + 1}~${hashOf(i)}`);
    const row = drawnRecordsRow({ actionPlan: entries.join(" ") });
    const chunks = row.slice(row.indexOf("actionPlan") + 1, row.indexOf("tracker"));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= 32_000)).toBe(true);
    expect(chunks.join(" ")).toBe(entries.join(" "));
    expect(drawnRecordsFromLists([row]).actionPlan?.size).toBe(5000);
  });

  it("reads no records without the labelled row", () => {
    expect(drawnRecordsFromLists([["svmi.framework", "public"], []])).toEqual({});
  });
});

describe("withKeptLabels", () => {
  it("returns the drawing unchanged when there are no labels", () => {
    const spec = sheet([["Title"]]);
    expect(withKeptLabels(spec, { cells: [], labels: [] })).toBe(spec);
  });

  it("writes the labels into the values, titles bold, without changing the drawing given", () => {
    const spec = sheet([["Title"]]);
    const out = withKeptLabels(spec, {
      cells: [],
      labels: [
        { row: 2, column: 0, text: "Kept by svmi: x", title: true },
        { row: 3, column: 0, text: "From A1" },
      ],
    });
    expect(out.values).toEqual([["Title"], [], ["Kept by svmi: x"], ["From A1"]]);
    expect(out.styles).toEqual([styled(area(2, 0), { bold: true })]);
    expect(spec.values).toEqual([["Title"]]);
  });
});

describe("dateSerial on days that do not exist (found in review)", () => {
  it("gives no serial for 2026-02-30, which Date.UTC would roll into March", () => {
    expect(dateSerial("2026-02-30")).toBeUndefined();
    expect(dateSerial("2026-03-02")).toBe(46083);
  });
});
