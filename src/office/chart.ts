import { areaAddress, cellAddress, type ChartSpec } from "../core/workbook/sheetSpec";

/**
 * Adds the radar chart over its data block. The chart reads its own sheet's cells, so later
 * re-scores update it without touching it.
 */
export function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const chart = sheet.charts.add("RadarMarkers", sheet.getRange(areaAddress(spec.data)), "Columns");
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  chart.legend.visible = true;
  spec.series.forEach(({ colour }, i) => {
    const series = chart.series.getItemAt(i);
    series.format.line.color = colour;
    series.markerBackgroundColor = colour;
    series.markerForegroundColor = colour;
  });
  chart.axes.valueAxis.minimum = spec.minimum;
  chart.axes.valueAxis.maximum = spec.maximum;
  chart.axes.valueAxis.majorUnit = spec.majorUnit;
  const { row, column, rows, columns } = spec.anchor;
  chart.setPosition(cellAddress(row, column), cellAddress(row + rows - 1, column + columns - 1));
}
