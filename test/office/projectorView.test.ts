import { SHEET_MARKERS } from "../../src/core/workbook/names";
import { NoResultsError, presentResults, restoreView } from "../../src/office/projectorView";
import { ALL_CAPABILITIES, type Capabilities } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/*
 * The projector view: the sheet the SVMI_Results marker points at, alone on screen without
 * gridlines or headings, zoomed so A1:O30 fills the window (where the host can zoom); and back.
 * The fake's window has 960 x 540 points of room; rows are 15 points high, so A1:O30 is 450 high.
 */

/** A workbook whose Results marker points at "Board", with columns A:O `width` points wide. */
async function setup(width?: number) {
  const book = new FakeWorkbook(["Sheet1", "Board"]);
  const excel = createFakeExcel(book);
  await excel.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Board");
    ctx.workbook.names.add(SHEET_MARKERS.results, sheet.getRange("A1"));
    if (width !== undefined) sheet.getRange("A:O").format.columnWidth = width;
    await ctx.sync();
  });
  const present = (caps: Capabilities = ALL_CAPABILITIES) =>
    excel.run((ctx) => presentResults(ctx, caps));
  return { book, excel, present };
}

describe("presentResults", () => {
  it("refuses before there are Results, with a message saying what to do", async () => {
    const excel = createFakeExcel(new FakeWorkbook());
    const run = excel.run((ctx) => presentResults(ctx, ALL_CAPABILITIES));
    await expect(run).rejects.toBeInstanceOf(NoResultsError);
    await expect(run).rejects.toThrow(
      "Score the assessment first: there are no Results to present yet."
    );
  });

  it("shows the marked sheet without gridlines or headings, zoomed to fit, in three syncs (where the marker points, read first)", async () => {
    const { book, present } = await setup();
    const before = book.syncCount;
    // Default columns of 48 points: 720 x 450, so the height limits the fit to 540 / 450.
    expect(await present()).toEqual({ sheet: "Board", zoom: 100, zoomed: true });
    expect(book.syncCount - before).toBe(3);
    expect(book.activeSheet).toBe("Board");
    expect(book.selection).toEqual({ sheet: "Board", address: "A1" });
    expect([book.sheet("Board").showGridlines, book.sheet("Board").showHeadings]).toEqual([
      false,
      false,
    ]);
    expect(book.zoom).toBe(120);
  });

  it.each([
    [128, 50], // 1920 points wide: the width limits the fit to 960 / 1920
    [1, 120], // narrow columns: the height limits it
    [400, 16], // 6000 points wide: 960 / 6000 is 16%
    [1000, 10], // 15000 points wide would be 6%: Excel's zoom stops at 10%
  ])("fits columns %i points wide at %i%%", async (width, zoom) => {
    const { book, present } = await setup(width);
    await present();
    expect(book.zoom).toBe(zoom);
  });

  it("follows the marker to a renamed sheet", async () => {
    const { book, present } = await setup();
    book.renameSheet("Board", "Board summary");
    expect((await present()).sheet).toBe("Board summary");
  });

  it("hides gridlines and headings but leaves the zoom where the area cannot be measured (below 1.10)", async () => {
    const { book, present } = await setup();
    const before = book.syncCount;
    const state = await present({ ...ALL_CAPABILITIES, rangeSize: false });
    expect(state).toEqual({ sheet: "Board", zoom: undefined, zoomed: false });
    expect(book.syncCount - before).toBe(3);
    expect(book.zoom).toBe(100);
    expect([book.sheet("Board").showGridlines, book.sheet("Board").showHeadings]).toEqual([
      false,
      false,
    ]);
  });

  it("leaves zoom, gridlines and headings alone where the host cannot set them", async () => {
    const { book, present } = await setup();
    const state = await present({ ...ALL_CAPABILITIES, windowZoom: false, viewOptions: false });
    expect(state).toEqual({ sheet: "Board", zoom: undefined, zoomed: false });
    expect(book.zoom).toBe(100);
    expect(book.sheet("Board").showGridlines).toBe(true);
    expect(book.activeSheet).toBe("Board");
  });
});

describe("restoreView", () => {
  it("puts gridlines, headings and the zoom back", async () => {
    const { book, excel, present } = await setup();
    const state = await present();
    await excel.run((ctx) => restoreView(ctx, ALL_CAPABILITIES, state));
    expect([book.sheet("Board").showGridlines, book.sheet("Board").showHeadings]).toEqual([
      true,
      true,
    ]);
    expect(book.zoom).toBe(100);
  });

  it("keeps the zoom when none was saved, and does nothing once the sheet is gone", async () => {
    const { book, excel, present } = await setup();
    await present();
    await excel.run((ctx) => restoreView(ctx, ALL_CAPABILITIES, { sheet: "Board" }));
    expect(book.zoom).toBe(120);
    expect(book.sheet("Board").showGridlines).toBe(true);
    const before = book.syncCount;
    await excel.run((ctx) => restoreView(ctx, ALL_CAPABILITIES, { sheet: "Gone", zoom: 100 }));
    expect(book.syncCount - before).toBe(1);
    expect(book.zoom).toBe(120);
  });
});
