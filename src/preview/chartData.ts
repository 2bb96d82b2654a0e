import type { FakeWorkbook, SheetView } from "../testing/fakeExcel";
import { readReference } from "./references";

/**
 * What a chart of the fake shows, read as Excel reads it: the series' cells (so a re-score that
 * rewrites the data block redraws the chart), the value axis the add-in set, its title and legend.
 */

export type ChartView = SheetView["charts"][number];

export interface RadarSeries {
  name: string;
  colour: string;
  values: (number | null)[];
}

export interface RadarFigures {
  title: string;
  categories: string[];
  series: RadarSeries[];
  minimum: number;
  maximum: number;
  majorUnit: number;
  legend?: "Bottom" | "Right";
}

/** Excel's default series colours (Office theme), for series the add-in left uncoloured. */
const OFFICE_COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

export function radarFigures(book: FakeWorkbook, chart: ChartView): RadarFigures {
  const cells = (ref?: string) => (ref ? (readReference(book, ref)?.flat() ?? []) : []);
  const series = chart.series.map((s, i) => ({
    name: s.name,
    colour: s.lineColor ?? s.markerBackgroundColor ?? OFFICE_COLOURS[i % OFFICE_COLOURS.length],
    values: cells(s.values).map((v) => (typeof v === "number" ? v : null)),
  }));
  const longest = Math.max(0, ...series.map((s) => s.values.length));
  const named = cells(chart.series[0]?.xAxis).map((c) => String(c ?? ""));
  // Without category cells Excel numbers the axes 1, 2, 3…
  const categories = Array.from({ length: longest }, (_, i) => named[i] ?? String(i + 1));
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const minimum = chart.valueAxis.minimum ?? Math.min(0, ...numbers);
  const maximum = chart.valueAxis.maximum ?? Math.max(minimum + 1, Math.ceil(Math.max(...numbers)));
  const majorUnit = chart.valueAxis.majorUnit ?? (maximum - minimum) / 5;
  const legend = !chart.legend.visible
    ? undefined
    : ["Right", "Left", "Corner"].includes(chart.legend.position)
      ? "Right"
      : "Bottom";
  return { title: chart.title, categories, series, minimum, maximum, majorUnit, legend };
}
