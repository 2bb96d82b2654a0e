import { findSegment, type Benchmark } from "../benchmark/benchmark";
import { FormatError } from "../benchmark/formatError";
import { readBenchmark } from "../benchmark/readBenchmark";
import type { Framework } from "../framework/types";
import { recordCells, textFromCells } from "./bankCells";
import { WorkbookError, type WorkbookProblem } from "./errors";
import { peerMedianSeries } from "./layouts/benchmark";
import { BENCHMARK_RECORD } from "./names";
import { SERIES_COLOURS } from "./palette";
import { frameworkOf, recordFromListsSheet } from "./readers/workbookRecord";
import type { ChartSeries } from "./sheetSpec";
import type { Grid, WorkbookSnapshot } from "./snapshot";

/**
 * A benchmark (svmi-benchmark/1) loaded into a workbook: carried on its lists sheet
 * (BENCHMARK_RECORD) like a question bank, so every re-score, in the add-in or `svmi score`,
 * draws the Benchmark sheet with the council's current levels. It is checked again each time it
 * is read: the cells may have been edited since it was loaded.
 */

/** How a carried benchmark names itself in messages, in place of a file name. */
const CARRIED = "The benchmark this workbook carries (on its lists sheet)";

/** What the pane shows of the loaded benchmark. */
export interface BenchmarkSummary {
  /** Organisations in the segment shown (everyone). */
  n: number;
  k: number;
  generatedAt: string;
  /** The segment shown has fewer than k organisations: no numbers. */
  suppressed: boolean;
}

/** Cells to write on the lists sheet: row `row` from column `column`. */
export interface ListsCells {
  sheet: string;
  row: number;
  column: number;
  values: string[];
}

/**
 * Loading a benchmark file into a workbook: checked (readBenchmark: a FormatError naming the
 * file), of the assessment's framework and version (else a WorkbookError naming the file), and
 * the lists sheet's cells that carry it. The benchmark is stored as read, without the file's
 * spacing; cells of an older, longer one are emptied.
 */
export function planLoadBenchmark(
  workbook: WorkbookSnapshot,
  text: string,
  fileName: string
): { benchmark: Benchmark; cells: ListsCells } {
  const benchmark = readBenchmark(text, fileName);
  const lists = workbook.lists;
  // No lists sheet, or one that records no framework: there is no assessment to compare with.
  const framework = frameworkOf(recordFromListsSheet(lists?.top ?? []));
  const mismatch = frameworkMismatch(framework, benchmark);
  if (mismatch) throw new WorkbookError(`${fileName}: is a benchmark of ${mismatch}`);
  const values = recordCells(BENCHMARK_RECORD.label, JSON.stringify(benchmark));
  const before = lists!.top[BENCHMARK_RECORD.row]?.length ?? 0;
  const width = Math.max(values.length, before - BENCHMARK_RECORD.column);
  return {
    benchmark,
    cells: {
      sheet: lists!.sheet,
      row: BENCHMARK_RECORD.row,
      column: BENCHMARK_RECORD.column,
      values: Array.from({ length: width }, (_, i) => values[i] ?? ""),
    },
  };
}

/**
 * The benchmark the lists sheet carries, when it is one of this framework and version; else
 * the problem to list (a damaged one, or one of another framework), and no Benchmark sheet.
 */
export function readCarriedBenchmark(
  framework: Framework,
  lists: Grid
): { benchmark?: Benchmark; problems: WorkbookProblem[] } {
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
          message: `${CARRIED} is damaged (${error.problem}), so no Benchmark sheet was drawn: load the benchmark file again.`,
        },
      ],
    };
  }
  const mismatch = frameworkMismatch(framework, benchmark);
  if (mismatch)
    return {
      problems: [
        {
          message: `${CARRIED} is of ${mismatch}, so no Benchmark sheet was drawn: load a benchmark of ${framework.id} ${framework.version}.`,
        },
      ],
    };
  return { benchmark, problems: [] };
}

/** The segment the Benchmark sheet shows (everyone), as the pane tells of it. */
export function benchmarkSummary(benchmark: Benchmark): BenchmarkSummary {
  const segment = findSegment(benchmark)!;
  return {
    n: segment.n,
    k: benchmark.k,
    generatedAt: benchmark.generatedAt,
    suppressed: segment.suppressed,
  };
}

/**
 * The Results radar's series for the peers' median Present ("Peer median (n = 37)"); none when
 * the segment is suppressed or no theme has a peer scored.
 */
export function peerMedianOverlay(
  framework: Framework,
  benchmark: Benchmark
): ChartSeries | undefined {
  const { n, suppressed } = benchmarkSummary(benchmark);
  const values = peerMedianSeries(framework, benchmark);
  if (suppressed || values.every((v) => v === null)) return undefined;
  return { name: `Peer median (n = ${n})`, colour: SERIES_COLOURS.peers, values };
}

function frameworkMismatch(framework: Framework, benchmark: Benchmark): string | undefined {
  const { id, version } = benchmark.framework;
  if (id === framework.id && version === framework.version) return undefined;
  return `${id} ${version}, but this assessment is of ${framework.id} ${framework.version}`;
}
