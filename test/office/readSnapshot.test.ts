import { getFramework } from "../../src/core/framework/registry";
import { COLUMN_ORDER, SHEET_MARKERS } from "../../src/core/workbook/names";
import { createAssessment, rescore } from "../../src/office/rescore";
import { readSnapshot } from "../../src/office/readSnapshot";
import { ALL_CAPABILITIES } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/*
 * readSnapshot: everything planRescore needs from the open workbook (settings, marker names, the
 * questionnaire table and the rows above it, the lists sheet, the sheets svmi draws), read in one
 * context.sync, plus the handles applying the plan needs (the table body, chart and tracker table).
 */

const DETAILS = { frameworkId: "public", organisation: "Anytown Council", date: "2026-11-22" };

async function setup({ assessment = true } = {}) {
  const book = new FakeWorkbook();
  const excel = createFakeExcel(book);
  if (assessment)
    await excel.run((ctx) =>
      createAssessment(ctx, getFramework("public"), DETAILS, ALL_CAPABILITIES)
    );
  const read = async () => {
    const before = book.syncCount;
    const { snapshot, handles } = await excel.run((ctx) => readSnapshot(ctx));
    return { snapshot, handles, syncs: book.syncCount - before };
  };
  return { book, excel, read };
}

describe("readSnapshot", () => {
  it("reads a fresh assessment in two syncs (what exists, then its data): markers, settings, lists and the questionnaire", async () => {
    const { read } = await setup();
    const { snapshot, handles, syncs } = await read();
    expect(syncs).toBe(2); // nothing known yet: what exists first, then only that
    expect(snapshot.sheetNames).toEqual(["Questionnaire", "Sheet1", "SVMI Lists"]);
    expect([...snapshot.markers]).toEqual([
      [SHEET_MARKERS.questionnaire, "Questionnaire"],
      [SHEET_MARKERS.lists, "SVMI Lists"],
    ]);
    expect(snapshot.settings).toEqual({
      "svmi.framework": "public",
      "svmi.version": "1.0",
      "svmi.organisation": "Anytown Council",
      "svmi.date": "2026-11-22",
      "svmi.facilitator": "",
    });
    expect(snapshot.lists?.sheet).toBe("SVMI Lists");
    expect(snapshot.lists?.top.slice(0, 2).map((row) => row.slice(0, 2))).toEqual([
      ["svmi.framework", "public"],
      ["svmi.version", 1], // Excel reads the typed "1.0" as a number
    ]);
    const q = snapshot.questionnaire!;
    expect(q.sheet).toBe("Questionnaire");
    expect(q.header).toEqual(COLUMN_ORDER);
    expect(q.body).toHaveLength(60); // one row per question of the public framework
    expect(q.body[0].slice(1, 2)).toEqual(["A1"]);
    // The table's header is on row 7, so its body starts at zero-based row 7, column A.
    expect([q.bodyRow, q.bodyColumn]).toEqual([7, 0]);
    // The details above the table: 20 rows of columns A and B.
    expect(q.above).toHaveLength(20);
    expect(q.above.every((row) => row.length === 2)).toBe(true);
    expect(q.above[1][1]).toBe("Anytown Council");
    // Nothing drawn yet: no Results, Action Plan or tracker, no chart.
    expect(snapshot.drawn).toEqual({});
    expect(handles).toMatchObject({ charts: {}, hasTrackerTable: false });
  });

  it("after a score, reads the drawn sheets and finds the chart and the tracker table", async () => {
    const { book, excel, read } = await setup();
    await excel.run((ctx) => rescore(ctx, ALL_CAPABILITIES));
    await book.userEdit("Action Plan", "H2", "our note");
    const { snapshot, handles, syncs } = await read();
    expect(syncs).toBe(2); // nothing known yet: what exists first, then only that
    expect(Object.keys(snapshot.drawn).sort()).toEqual(["actionPlan", "results", "tracker"]);
    const plan = snapshot.drawn.actionPlan!;
    expect(plan.sheet).toBe("Action Plan");
    expect(plan.grid[0][0]).toBe(book.sheet("Action Plan").value("A1"));
    expect(plan.cells).toContainEqual({ row: 1, column: 7, value: "our note" });
    // Only non-empty cells are listed.
    expect(plan.cells.every((c) => c.value !== "" && c.value !== null)).toBe(true);
    expect(handles).toMatchObject({ charts: { results: true }, hasTrackerTable: true });
  });

  it("reads a marker pointing at a deleted sheet as a marker without a sheet", async () => {
    const { book, excel, read } = await setup();
    await excel.run((ctx) => rescore(ctx, ALL_CAPABILITIES));
    book.deleteSheet("Results");
    const { snapshot, handles } = await read();
    expect(snapshot.markers.has(SHEET_MARKERS.results)).toBe(true);
    expect(snapshot.markers.get(SHEET_MARKERS.results)).toBeUndefined();
    expect(snapshot.drawn.results).toBeUndefined();
    expect(snapshot.drawn.actionPlan?.sheet).toBe("Action Plan");
    expect(handles.charts.results).toBeFalsy();
  });

  it("follows a renamed drawn sheet and pads its used range out to A1", async () => {
    const { book, excel, read } = await setup({ assessment: false });
    // A tracker marker on a sheet whose only cell is C3: its used range starts there.
    book.addUserSheet("Tasks");
    await book.userEdit("Tasks", "C3", "call the board");
    await excel.run(async (ctx) => {
      ctx.workbook.names.add(
        SHEET_MARKERS.tracker,
        ctx.workbook.worksheets.getItem("Tasks").getRange("A1")
      );
      await ctx.sync();
    });
    book.renameSheet("Tasks", "Our tasks");
    const { snapshot } = await read();
    expect(snapshot.drawn.tracker).toEqual({
      sheet: "Our tasks",
      grid: [[], [], [null, null, "call the board"]],
      cells: [{ row: 2, column: 2, value: "call the board" }],
    });
  });

  it("reads a workbook without an assessment as empty, in two syncs", async () => {
    const { read } = await setup({ assessment: false });
    const { snapshot, handles, syncs } = await read();
    expect(syncs).toBe(2); // nothing known yet: what exists first, then only that
    expect(snapshot).toEqual({
      sheetNames: ["Sheet1"],
      markers: new Map(),
      settings: {
        "svmi.framework": undefined,
        "svmi.version": undefined,
        "svmi.organisation": undefined,
        "svmi.date": undefined,
        "svmi.facilitator": undefined,
      },
      drawn: {},
      protectedSheets: [],
    });
    expect(handles).toMatchObject({ charts: {}, hasTrackerTable: false });
  });
});
