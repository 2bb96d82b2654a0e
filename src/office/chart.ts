import { areaAddress, cellAddress, type ChartSpec } from "../core/workbook/sheetSpec";

/** Excel's chart type for each kind svmi draws (all in ExcelApi 1.1). */
const EXCEL_TYPE = {
  radar: "RadarMarkers",
  line: "LineMarkers",
  stackedBar100: "BarStacked100",
} as const;

/**
 * Adds a chart over its data block. The chart reads its own sheet's cells, so later re-scores
 * update it without touching it.
 */
export function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const type = spec.type ?? "radar";
  const chart = sheet.charts.add(
    EXCEL_TYPE[type],
    sheet.getRange(areaAddress(spec.data)),
    "Columns"
  );
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  chart.legend.visible = true;
  spec.series.forEach(({ colour }, i) => {
    const series = chart.series.getItemAt(i);
    if (type === "stackedBar100") {
      series.format.fill.setSolidColor(colour);
      return;
    }
    series.format.line.color = colour;
    series.markerBackgroundColor = colour;
    series.markerForegroundColor = colour;
  });
  if (type === "stackedBar100") {
    // Bars run top down in the order of the sheet's rows, as the .xlsx chart draws them.
    chart.axes.categoryAxis.reversePlotOrder = true;
  } else {
    chart.axes.valueAxis.minimum = spec.minimum;
    chart.axes.valueAxis.maximum = spec.maximum;
    chart.axes.valueAxis.majorUnit = spec.majorUnit;
  }
  const { row, column, rows, columns } = spec.anchor;
  chart.setPosition(cellAddress(row, column), cellAddress(row + rows - 1, column + columns - 1));
}
