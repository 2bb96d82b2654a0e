import { area, type ChartSpec } from "../../src/core/workbook/sheetSpec";
import { addChart } from "../../src/office/chart";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/*
 * addChart: queues the radar chart of a Results sheet over its data block (series from the
 * block's columns), with the spec's name, title, colours, value axis and place on the sheet.
 */

const SPEC: ChartSpec = {
  name: "SVMI_Radar",
  title: "Present and future by theme",
  // Q1:S4: a header row (blank, then series names) and one row per category.
  data: area(0, 16, 4, 3),
  categories: ["A", "B", "C"],
  series: [
    { name: "Present", colour: "#1F4E79", values: [1, 3, 2] },
    { name: "Future", colour: "#C55A11", values: [2, 4, 2] },
  ],
  minimum: 0,
  maximum: 4,
  majorUnit: 1,
  anchor: area(5, 0, 10, 6),
};

describe("addChart", () => {
  it("adds a radar chart over the data block, styled and placed as the spec says", async () => {
    const book = new FakeWorkbook(["Results"]);
    const excel = createFakeExcel(book);
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Results");
      sheet.getRange("Q1:S4").values = [
        ["", "Present", "Future"],
        ["A", 1, 2],
        ["B", 3, 4],
        ["C", 2, 2],
      ];
      addChart(sheet, SPEC);
      await ctx.sync();
    });
    const [chart] = book.sheet("Results").charts;
    expect(chart).toMatchObject({
      name: "SVMI_Radar",
      type: "RadarMarkers",
      title: "Present and future by theme",
      legend: { position: "Bottom", visible: true },
      valueAxis: { minimum: 0, maximum: 4, majorUnit: 1 },
      // Rows 6 to 15 and columns A to F: the anchor's 10 rows and 6 columns from A6.
      position: { start: "A6", end: "F15" },
    });
    // One series per column of the block, each in its spec's colour.
    expect(chart.series).toEqual([
      expect.objectContaining({
        name: "Present",
        values: "Results!$R$2:$R$4",
        xAxis: "Results!$Q$2:$Q$4",
        lineColor: "#1F4E79",
        markerBackgroundColor: "#1F4E79",
        markerForegroundColor: "#1F4E79",
      }),
      expect.objectContaining({
        name: "Future",
        values: "Results!$S$2:$S$4",
        lineColor: "#C55A11",
        markerBackgroundColor: "#C55A11",
      }),
    ]);
  });

  it("fails the batch when the block has fewer series than the spec colours", async () => {
    const excel = createFakeExcel(new FakeWorkbook(["Results"]));
    await expect(
      excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Results");
        sheet.getRange("Q1:R4").values = [
          ["", "Present"],
          ["A", 1],
          ["B", 3],
          ["C", 2],
        ];
        addChart(sheet, { ...SPEC, data: area(0, 16, 4, 2) });
        await ctx.sync();
      })
    ).rejects.toThrow("getItemAt(1): the chart has 1 series");
  });
});
