/**
 * Chart proxies: a chart (name, title, legend, value axis, position), its series (source
 * ranges, colours), and the sheet's charts collection, with the series Excel would guess.
 */
import { type Area, formatArea, invalid } from "./address";
import {
  COLOUR,
  type Getter,
  type Setter,
  collection,
  kind,
  navs,
  oneOf,
  props,
  same,
} from "./proxy";
import type { RangeProxy } from "./range";
import type { ChartModel, Ref, SeriesModel, SheetModel } from "./sheetModel";

class Chart extends kind<ChartModel>("Chart") {
  _gone(c: ChartModel) {
    return Boolean(c.deleted);
  }
  /** Removes the chart from its sheet, as a person selecting it and pressing Delete would. */
  delete(): void {
    this._act("delete()", (c) => {
      c.deleted = true;
      c.sheet.charts = c.sheet.charts.filter((x) => x !== c);
    });
  }
  setPosition(start: RangeProxy | string, end?: RangeProxy | string): void {
    const c = this._use("Chart.setPosition()");
    const cell = (p?: RangeProxy | string) =>
      p === undefined || !c ? undefined : this._range(p, "Chart.setPosition()", c.sheet);
    const [from, to] = [cell(start), cell(end)];
    if (c && from) c.position = { start: formatArea(from.area), end: to && formatArea(to.area) };
  }
}
props(Chart, { name: [(c) => c.name, (c, v) => (c.name = String(v))] });
navs(Chart, {
  title: [() => ChartTitle],
  legend: [() => ChartLegend],
  series: [() => SeriesCollection],
  axes: [() => ChartAxes],
});
const ChartTitle = kind<ChartModel>("ChartTitle");
props(ChartTitle, { text: [(c) => c.title, (c, v) => (c.title = String(v))] });
const ChartLegend = kind<ChartModel>("ChartLegend");
const LEGEND = ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"];
props(ChartLegend, {
  position: [
    (c) => c.legend.position,
    (c, v) => (c.legend.position = oneOf(v, LEGEND, "legend position")),
  ],
  visible: [(c) => c.legend.visible, (c, v) => (c.legend.visible = Boolean(v))],
});
const ChartAxes = kind<ChartModel>("ChartAxes");
navs(ChartAxes, { valueAxis: [() => ValueAxis], categoryAxis: [() => CategoryAxis] });
const axisValue = (
  p: "minimum" | "maximum" | "majorUnit"
): [Getter<ChartModel>, Setter<ChartModel>] => [
  (c) => c.valueAxis[p] ?? null,
  (c, v) => {
    if (typeof v !== "number" || (p === "majorUnit" && v <= 0))
      throw invalid(`valueAxis.${p} ${v}`);
    c.valueAxis[p] = v;
  },
];
const ValueAxis = kind<ChartModel>("ChartAxis");
props(ValueAxis, {
  minimum: axisValue("minimum"),
  maximum: axisValue("maximum"),
  majorUnit: axisValue("majorUnit"),
});

const CategoryAxis = kind<ChartModel>("ChartAxis");
props(CategoryAxis, {
  reversePlotOrder: [
    (c) => c.categoryAxis?.reversePlotOrder ?? false,
    (c, v) => (c.categoryAxis = { reversePlotOrder: Boolean(v) }),
  ],
});

/** A chart with the series Excel would guess from the block (see guessSeries). */
export class ChartCollection extends collection<SheetModel, ChartModel, Chart>(
  "ChartCollection",
  () => Chart,
  (s) => s.charts,
  (s, key) => s.charts.find((c) => same(c.name, key))
) {
  add(type: string, sourceData: RangeProxy, seriesBy = "Auto"): Chart {
    return this._create(Chart, "add()", (s) => {
      const ref = this._range(sourceData, "charts.add()");
      if (!ref) throw this._ctx._pending ?? invalid("charts.add(): no range");
      oneOf(seriesBy, ["Auto", "Columns", "Rows"], "seriesBy");
      const byRows =
        seriesBy === "Rows" || (seriesBy === "Auto" && ref.area.columns > ref.area.rows);
      let n = 1;
      while (s.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const legend = { position: "Right", visible: true };
      const chart: ChartModel = {
        sheet: s,
        name: `Chart ${n}`,
        type,
        title: "",
        legend,
        series: guessSeries(ref, byRows),
        valueAxis: {},
      };
      s.charts.push(chart);
      return chart;
    });
  }
}

/**
 * An approximation of Excel's guess: one series per column (or row); a first column (row) without
 * numbers gives the categories, and a first row (column) of text gives the series names.
 */
function guessSeries({ sheet, area }: Ref, byRows: boolean): SeriesModel[] {
  const grid = sheet.values(area);
  const [lines, length] = byRows ? [area.rows, area.columns] : [area.columns, area.rows];
  const at = (line: number, pos: number) => (byRows ? grid[line][pos] : grid[pos][line]);
  const upTo = (from: number, to: number) =>
    Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  const labels = lines > 1 && upTo(1, length).every((p) => typeof at(0, p) === "string");
  const seriesLines = upTo(labels ? 1 : 0, lines);
  const named =
    length > 1 && seriesLines.every((l) => typeof at(l, 0) === "string" && at(l, 0) !== "");
  const from = named ? 1 : 0;
  const lineArea = (line: number): Area =>
    byRows
      ? { row: area.row + line, column: area.column + from, rows: 1, columns: length - from }
      : { row: area.row + from, column: area.column + line, rows: length - from, columns: 1 };
  const xAxis = labels ? { sheet, area: lineArea(0) } : undefined;
  return seriesLines.map((line, i) => ({
    name: named ? String(at(line, 0)) : `Series${i + 1}`,
    values: { sheet, area: lineArea(line) },
    xAxis,
  }));
}

interface SeriesRef {
  chart: ChartModel;
  series: SeriesModel;
}

class Series extends kind<SeriesRef>("ChartSeries") {
  _gone(s: SeriesRef) {
    return Boolean(s.chart.deleted) || !s.chart.series.includes(s.series);
  }
  private source(what: string, set: (s: SeriesModel, ref: Ref) => void, range: RangeProxy): void {
    const s = this._use(`ChartSeries.${what}()`);
    const ref = s && this._range(range, `ChartSeries.${what}()`);
    if (s && ref) set(s.series, ref);
  }
  setValues(source: RangeProxy): void {
    this.source("setValues", (s, ref) => (s.values = ref), source);
  }
  setXAxisValues(source: RangeProxy): void {
    this.source("setXAxisValues", (s, ref) => (s.xAxis = ref), source);
  }
  delete(): void {
    this._act("delete()", (s) => (s.chart.series = s.chart.series.filter((x) => x !== s.series)));
  }
}
const seriesColour = (
  p: "markerBackgroundColor" | "markerForegroundColor" | "lineColor"
): [Getter<SeriesRef>, Setter<SeriesRef>] => [
  (s) => s.series[p] ?? null,
  (s, v) => (s.series[p] = COLOUR(v) as string),
];
props(Series, {
  name: [(s) => s.series.name, (s, v) => (s.series.name = String(v))],
  markerBackgroundColor: seriesColour("markerBackgroundColor"),
  markerForegroundColor: seriesColour("markerForegroundColor"),
});
navs(Series, { format: [() => SeriesFormat] });
const SeriesFormat = kind<SeriesRef>("ChartSeriesFormat");
navs(SeriesFormat, { line: [() => SeriesLine], fill: [() => SeriesFill] });
class SeriesFill extends kind<SeriesRef>("ChartFill") {
  setSolidColor(colour: string): void {
    this._act("setSolidColor()", (s) => (s.series.fillColor = COLOUR(colour) as string));
  }
}
const SeriesLine = kind<SeriesRef>("ChartLineFormat");
props(SeriesLine, { color: seriesColour("lineColor") });

class SeriesCollection extends collection<ChartModel, SeriesRef, Series>(
  "ChartSeriesCollection",
  () => Series,
  (c) => c.series.map((series) => ({ chart: c, series })),
  (c, key) => {
    const series = c.series.find((s) => same(s.name, key));
    return series && { chart: c, series };
  }
) {
  getItemAt(index: number): Series {
    const missing = `ChartSeriesCollection.getItemAt(${index}): the chart has ${this._target?.series.length ?? 0} series`;
    return this._derive(
      Series,
      (c) => (c.series[index] ? { chart: c, series: c.series[index] } : undefined),
      missing
    );
  }
  add(name?: string, index?: number): Series {
    return this._create(Series, "add()", (c) => {
      const series: SeriesModel = { name: name ?? `Series${c.series.length + 1}` };
      c.series.splice(index ?? c.series.length, 0, series);
      return { chart: c, series };
    });
  }
}
