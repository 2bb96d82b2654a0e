import {
  findSegment,
  isCounted,
  segmentName,
  type Benchmark,
  type CountedDistribution,
  type Distribution,
  type Segment,
  type SegmentKey,
} from "../../benchmark/benchmark";
import type { Level } from "../../framework/levels";
import { levelsInUse } from "../../framework/levels";
import { levelLabel, type Framework } from "../../framework/types";
import type { ScoreResult } from "../../scoring/types";
import { HEADER_FILL, HEADER_TEXT } from "../palette";
import {
  area,
  chartRows,
  styled,
  type CellValue,
  type ChartSpec,
  type SheetSpec,
  type StyledArea,
} from "../sheetSpec";
import { sheetTitle } from "./sheetTitles";

/**
 * The Benchmark sheet: where this council stands among its peers (one segment of a benchmark),
 * theme by theme, on its Present levels. Per theme, the peers' spread over the levels in percent,
 * this council's level marked in words ("◆ " and its label, not by colour alone), the peers'
 * median, and a sentence that says it plainly; below, a 100% stacked bar of the same spread. A
 * suppressed segment shows no peer numbers at all, only why.
 */

export const BENCHMARK_SHEET_NAME = "Benchmark";
export const BENCHMARK_CHART_NAME = "SVMI_BenchmarkBars";

/** This council's level, marked in the table. */
export const OWN_LEVEL_MARK = "◆";

const TABLE_ROW = 6;
const CHART_ROWS = 20;

export function benchmarkSheet(
  framework: Framework,
  result: ScoreResult,
  benchmark: Benchmark,
  segmentKey: SegmentKey = {}
): SheetSpec {
  const segment = segmentFor(framework, benchmark, segmentKey);
  const shown = levelsInUse(framework);
  const peers = segmentName(segment.key);
  const numbers = !segment.suppressed && segment.themes && segment.overall;
  const rows = [
    ...result.themes.map((theme, i) => ({
      name: theme.name,
      own: theme.present.level,
      peers: numbers ? segment.themes![i].present : undefined,
    })),
    {
      name: "Overall",
      own: result.overall.present.level,
      peers: numbers ? segment.overall!.present : undefined,
    },
  ];
  const levelColumn = (level: Level) => 2 + shown.findIndex((l) => l.level === level);
  const medianColumn = 2 + shown.length;
  const sentenceColumn = medianColumn + 1;
  const hidden = suppressedText(segment, benchmark.k);

  const values: CellValue[][] = [
    [sheetTitle(framework, "benchmark")],
    ["Organisation", result.organisation],
    ["Peers", capitalise(peers), numbers ? `n = ${segment.n}` : hidden],
    // One cell, free to run on to the right: split over two, the first was cut off by the second.
    [
      "Benchmark",
      `${framework.name}, version ${framework.version}, made ${benchmark.generatedAt.slice(0, 10)}; segments of fewer than ${benchmark.k} organisations are not shown`,
    ],
    [
      "Percentages are of the peers with a level in each theme (those not scored there are not counted); the median is the lower median.",
    ],
    [],
    [
      "Theme",
      "This council (Present)",
      ...shown.map((l) => `${l.label} %`),
      "Peers' median",
      "Where we stand",
    ],
    ...rows.map((row) => {
      const counted = row.peers && isCounted(row.peers) ? row.peers : undefined;
      return [
        row.name,
        row.own === null ? "not scored yet" : `${OWN_LEVEL_MARK} ${levelLabel(framework, row.own)}`,
        ...shown.map((l) => (counted ? percentAt(counted, l.level) : null)),
        counted ? levelLabel(framework, counted.median) : null,
        counted
          ? standing(framework, row.own, counted, peers)
          : row.peers
            ? // A shown segment, but too few of it have a level in this theme to show theirs.
              `fewer than ${benchmark.k} organisations have a level here: no numbers are shown`
            : hidden,
      ];
    }),
  ];

  const styles: StyledArea[] = [
    styled(area(0, 0), { bold: true, fontSize: 18 }),
    styled(area(1, 0, 3, 1), { bold: true }),
    styled(area(4, 0), { italic: true }),
    styled(area(TABLE_ROW, 0, 1, sentenceColumn + 1), {
      bold: true,
      fill: HEADER_FILL,
      fontColor: HEADER_TEXT,
      wrap: true,
    }),
    styled(area(TABLE_ROW + 1, 2, rows.length, shown.length), { numberFormat: "0.0" }),
    // The median's label may be long ("Incomplete/Non Compliant"): it wraps, not overflows.
    styled(area(TABLE_ROW + 1, medianColumn, rows.length, 2), { wrap: true }),
    styled(area(TABLE_ROW + rows.length, 0, 1, sentenceColumn + 1), { bold: true }),
  ];
  rows.forEach((row, i) => {
    if (row.own === null) return;
    const { fill, text } = framework.levels[row.own];
    styles.push(styled(area(TABLE_ROW + 1 + i, 1), { fill, fontColor: text, bold: true }));
    // The peers' share at this council's own level, in bold beside the others.
    if (row.peers && levelColumn(row.own) >= 2)
      styles.push(styled(area(TABLE_ROW + 1 + i, levelColumn(row.own)), { bold: true }));
  });

  const tableEnd = TABLE_ROW + rows.length + 1;
  const sheet: SheetSpec = {
    name: BENCHMARK_SHEET_NAME,
    values,
    styles,
    columnWidths: [220, 150, ...shown.map(() => 80), 170, 460],
    freezeRows: TABLE_ROW + 1,
    print: {
      landscape: true,
      fitToWidth: true,
      // The table, and the chart below it when there is one; never the chart's data block.
      area: area(0, 0, numbers ? tableEnd + 1 + CHART_ROWS : values.length, sentenceColumn + 1),
    },
  };
  if (!numbers) return sheet;

  // The chart's data block sits right of the table, out of the printed area (as on Results).
  const dataColumn = sentenceColumn + 2;
  const chart = barChart(result, segment, shown, dataColumn, tableEnd + 1);
  chartRows(chart).forEach((row, i) => {
    const target = (values[TABLE_ROW + i] ??= []);
    while (target.length < dataColumn) target.push(null);
    target.push(...row);
  });
  return {
    ...sheet,
    columnWidths: [...sheet.columnWidths, 20, 220, ...shown.map(() => 60)],
    chart,
  };
}

/**
 * Per theme, the peers' median Present level in the segment, for the Results radar to draw beside
 * this council's; null for a theme with no peer scored, and for every theme of a suppressed segment.
 */
export function peerMedianSeries(
  framework: Framework,
  benchmark: Benchmark,
  segmentKey: SegmentKey = {}
): (Level | null)[] {
  const segment = segmentFor(framework, benchmark, segmentKey);
  return framework.themes.map((theme) =>
    segment.suppressed
      ? null
      : (segment.themes?.find((t) => t.id === theme.id)?.present.median ?? null)
  );
}

/** The segment to show; a benchmark of another framework, or a key it lacks, is a caller's error. */
function segmentFor(framework: Framework, benchmark: Benchmark, key: SegmentKey): Segment {
  if (benchmark.framework.id !== framework.id || benchmark.framework.version !== framework.version)
    throw new Error(
      `The benchmark is of ${benchmark.framework.id} ${benchmark.framework.version}, this assessment of ${framework.id} ${framework.version}.`
    );
  const segment = findSegment(benchmark, key);
  if (!segment) throw new Error(`The benchmark has no segment of ${segmentName(key)}.`);
  return segment;
}

/** What a suppressed segment says instead of numbers; "" for one that is shown. */
function suppressedText(segment: Segment, k: number): string {
  if (!segment.suppressed) return "";
  return segment.n < k
    ? `fewer than ${k} organisations: no numbers are shown`
    : `not shown, so that a group of fewer than ${k} organisations cannot be worked out from the others by subtraction`;
}

/** The peers at a level, in percent to one decimal; null when no peer has a level here. */
function percentAt(peers: Distribution, level: Level): number | null {
  if (!isCounted(peers)) return null;
  const scored = peers.counts.reduce((a, b) => a + b, 0);
  return scored === 0 ? null : Math.round((peers.counts[level] / scored) * 1000) / 10;
}

/** "Mature: 41% of district councils (n = 37) are at Mature or above". */
function standing(
  framework: Framework,
  own: Level | null,
  peers: CountedDistribution,
  segment: string
): string {
  const scored = peers.counts.reduce((a, b) => a + b, 0);
  if (scored === 0) return `No peer among ${segment} has a level here yet.`;
  if (own === null)
    return `Not scored yet; the median of ${segment} (n = ${scored}) is ${levelLabel(framework, peers.median)}.`;
  const atOrAbove = peers.counts.slice(own).reduce((a, b) => a + b, 0);
  const label = levelLabel(framework, own);
  return `${label}: ${Math.round((atOrAbove / scored) * 100)}% of ${segment} (n = ${scored}) are at ${label} or above`;
}

function barChart(
  result: ScoreResult,
  segment: Segment,
  shown: readonly { level: Level; label: string; fill: string }[],
  dataColumn: number,
  chartRow: number
): ChartSpec {
  const themes = segment.themes!;
  return {
    type: "stackedBar100",
    name: BENCHMARK_CHART_NAME,
    title: `Peers by level, theme by theme (${segmentName(segment.key)}, n = ${segment.n})`,
    data: area(TABLE_ROW, dataColumn, result.themes.length + 1, shown.length + 1),
    // This council's level in each bar's label: the chart marks where we stand, not only the table.
    categories: result.themes.map((t) => `${t.name} (◆ ${t.present.label ?? "not scored"})`),
    series: shown.map((level) => ({
      name: level.label,
      colour: level.fill,
      values: themes.map((t) => percentAt(t.present, level.level)),
    })),
    minimum: 0,
    maximum: 100,
    majorUnit: 25,
    anchor: area(chartRow, 0, CHART_ROWS, 6),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
