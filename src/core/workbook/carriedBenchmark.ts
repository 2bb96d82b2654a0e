import {
  findSegment,
  segmentLabel,
  segmentName,
  type Benchmark,
  type SegmentKey,
} from "../benchmark/benchmark";
import { FormatError } from "../benchmark/formatError";
import { readBenchmark } from "../benchmark/readBenchmark";
import type { Framework } from "../framework/types";
import { textFromCells } from "./bankCells";
import type { WorkbookProblem } from "./errors";
import { peerMedianSeries } from "./layouts/benchmark";
import { BENCHMARK_RECORD } from "./names";
import { SERIES_COLOURS } from "./palette";
import type { ChartSeries } from "./sheetSpec";
import type { Grid } from "./snapshot";

/**
 * A benchmark (svmi-benchmark/1) loaded into a workbook: carried on its lists sheet
 * (BENCHMARK_RECORD) like a question bank, so every re-score, in the add-in or `svmi score`,
 * draws the Benchmark sheet with the council's current levels (planLoadBenchmark.ts writes it).
 * It is checked again each time it is read: the cells may have been edited since it was loaded.
 */

/** How a carried benchmark names itself in messages, in place of a file name. */
const CARRIED = "The benchmark this workbook carries (on its lists sheet)";

/**
 * The segment the Benchmark sheet compares with, when it is not everyone: on the same row, after
 * the benchmark's pieces and one empty cell (where reading the benchmark's text stops), this
 * label and the segment's key as JSON. A workbook without it (or loaded before it existed)
 * compares with everyone.
 */
export const BENCHMARK_SEGMENT_LABEL = "svmi.benchmark.segment";

/** A segment the pane offers to compare with. */
export interface SegmentChoice {
  key: SegmentKey;
  /** "type=district council": unique in the benchmark. */
  label: string;
  /** "district councils", as the sheet's sentences name it. */
  name: string;
  n: number;
  suppressed: boolean;
}

/** What the pane shows of the loaded benchmark. */
export interface BenchmarkSummary {
  /** Organisations in the segment shown. */
  n: number;
  k: number;
  generatedAt: string;
  /** The segment shown has fewer than k organisations (or is hidden by subtraction): no numbers. */
  suppressed: boolean;
  /** The segment shown (everyone unless one was chosen). */
  segment: SegmentChoice;
  /** Every segment of the benchmark, everyone first, as the file lists them. */
  segments: SegmentChoice[];
}

/**
 * The benchmark the lists sheet carries, when it is one of this framework and version, and the
 * segment chosen to compare with; else the problem to list (a damaged one, or one of another
 * framework), and no Benchmark sheet. A chosen segment that is damaged or not in the benchmark is
 * listed too, and everyone is compared with instead.
 */
export function readCarriedBenchmark(
  framework: Framework,
  lists: Grid
): { benchmark?: Benchmark; segment?: SegmentKey; problems: WorkbookProblem[] } {
  const text = textFromCells(lists, BENCHMARK_RECORD.label);
  if (text === undefined) return { problems: [] };
  let benchmark: Benchmark;
  try {
    benchmark = readBenchmark(text, CARRIED);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return {
      problems: [
        {
          message: `${CARRIED} is damaged (${error.problem}), so its peers are not shown: load the benchmark file again.`,
        },
      ],
    };
  }
  const mismatch = frameworkMismatch(framework, benchmark);
  if (mismatch)
    return {
      problems: [
        {
          message: `${CARRIED} is of ${mismatch}, so its peers are not shown: load a benchmark of ${framework.id} ${framework.version}.`,
        },
      ],
    };
  return { benchmark, ...carriedSegment(benchmark, lists) };
}

function carriedSegment(
  benchmark: Benchmark,
  lists: Grid
): { segment: SegmentKey; problems: WorkbookProblem[] } {
  const text = textFromCells(lists, BENCHMARK_SEGMENT_LABEL);
  if (text === undefined) return { segment: {}, problems: [] };
  const key = segmentKeyOf(text);
  const problem =
    key === undefined
      ? `The segment this workbook's benchmark compares with is damaged (${text})`
      : missingSegment(benchmark, key) && `${CARRIED} ${missingSegment(benchmark, key)}`;
  if (!problem) return { segment: key!, problems: [] };
  return {
    segment: {},
    problems: [{ message: `${problem}, so it compares with all organisations: choose again.` }],
  };
}

/** A key as the record holds it: {"type": …} and/or {"region": …}; undefined when it is not. */
function segmentKeyOf(text: string): SegmentKey | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  const known = entries.every(
    ([field, v]) => (field === "type" || field === "region") && typeof v === "string"
  );
  return known ? (value as SegmentKey) : undefined;
}

/** The segment the Benchmark sheet shows (everyone unless chosen), as the pane tells of it. */
export function benchmarkSummary(benchmark: Benchmark, key: SegmentKey = {}): BenchmarkSummary {
  const choice = (s: Benchmark["segments"][number]): SegmentChoice => ({
    key: s.key,
    label: segmentLabel(s.key),
    name: segmentName(s.key),
    n: s.n,
    suppressed: s.suppressed,
  });
  const segment = choice(findSegment(benchmark, key) ?? benchmark.segments[0]);
  return {
    n: segment.n,
    k: benchmark.k,
    generatedAt: benchmark.generatedAt,
    suppressed: segment.suppressed,
    segment,
    segments: benchmark.segments.map(choice),
  };
}

/**
 * The Results radar's series for the peers' median Present in the segment compared with ("Peer
 * median (n = 37)"); none when the segment is suppressed or no theme has a peers' median (none
 * scored, or too few to show: a suppressed distribution has none).
 */
export function peerMedianOverlay(
  framework: Framework,
  benchmark: Benchmark,
  key: SegmentKey = {}
): ChartSeries | undefined {
  const { n, suppressed } = benchmarkSummary(benchmark, key);
  const values = peerMedianSeries(framework, benchmark, key);
  if (suppressed || values.every((v) => v === null)) return undefined;
  return { name: `Peer median (n = ${n})`, colour: SERIES_COLOURS.peers, values };
}

/** Why this key is not a segment of the benchmark, listing those there are; undefined if it is. */
export function missingSegment(benchmark: Benchmark, key: SegmentKey): string | undefined {
  if (findSegment(benchmark, key)) return undefined;
  const there = benchmark.segments.map((s) => segmentLabel(s.key)).join(", ");
  return `has no segment ${segmentLabel(key)}; its segments are ${there}`;
}

export function frameworkMismatch(framework: Framework, benchmark: Benchmark): string | undefined {
  const { id, version } = benchmark.framework;
  if (id === framework.id && version === framework.version) return undefined;
  return `${id} ${version}, but this assessment is of ${framework.id} ${framework.version}`;
}
