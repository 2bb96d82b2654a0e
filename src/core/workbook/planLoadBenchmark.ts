import { findSegment, type Benchmark, type SegmentKey } from "../benchmark/benchmark";
import { readBenchmark } from "../benchmark/readBenchmark";
import { recordCells } from "./bankCells";
import {
  BENCHMARK_SEGMENT_LABEL,
  frameworkMismatch,
  missingSegment,
  readCarriedBenchmark,
} from "./carriedBenchmark";
import { WorkbookError } from "./errors";
import { BENCHMARK_RECORD } from "./names";
import { frameworkOf, recordFromListsSheet } from "./readers/workbookRecord";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * Writing a benchmark onto a workbook's lists sheet (BENCHMARK_RECORD; carriedBenchmark.ts reads
 * it back): loading a file, and choosing the segment to compare with. Apart from the reading so
 * that the pane's first load (which reads a carried benchmark at every score) holds none of it.
 */

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
 * the lists sheet's cells that carry it, with the segment to compare with (everyone unless given;
 * one the benchmark lacks is a WorkbookError listing those it has). The benchmark is stored as
 * read, without the file's spacing; cells of an older, longer one are emptied.
 */
export function planLoadBenchmark(
  workbook: WorkbookSnapshot,
  text: string,
  fileName: string,
  segment: SegmentKey = {}
): { benchmark: Benchmark; cells: ListsCells } {
  const benchmark = readBenchmark(text, fileName);
  // No lists sheet, or one that records no framework: there is no assessment to compare with.
  const framework = frameworkOf(recordFromListsSheet(workbook.lists?.top ?? []));
  const mismatch = frameworkMismatch(framework, benchmark);
  if (mismatch) throw new WorkbookError(`${fileName}: is a benchmark of ${mismatch}`);
  const missing = missingSegment(benchmark, segment);
  if (missing) throw new WorkbookError(`${fileName}: ${missing}`);
  return { benchmark, cells: recordCellsFor(workbook, benchmark, segment) };
}

/**
 * Choosing the segment the Benchmark sheet compares with, in a workbook that carries a benchmark:
 * the record's cells rewritten with it. Score next to redraw the sheet.
 */
export function planBenchmarkSegment(workbook: WorkbookSnapshot, segment: SegmentKey): ListsCells {
  const framework = frameworkOf(recordFromListsSheet(workbook.lists?.top ?? []));
  const { benchmark, problems } = readCarriedBenchmark(framework, workbook.lists?.top ?? []);
  if (!benchmark)
    throw new WorkbookError(
      problems[0]?.message ?? "This workbook carries no benchmark: load one first."
    );
  const missing = missingSegment(benchmark, segment);
  if (missing) throw new WorkbookError(`The benchmark this workbook carries ${missing}`);
  return recordCellsFor(workbook, benchmark, segment);
}

function recordCellsFor(
  workbook: WorkbookSnapshot,
  benchmark: Benchmark,
  segment: SegmentKey
): ListsCells {
  const lists = workbook.lists!;
  const values = [
    ...recordCells(BENCHMARK_RECORD.label, JSON.stringify(benchmark)),
    ...(findSegment(benchmark, segment) === benchmark.segments[0]
      ? []
      : ["", BENCHMARK_SEGMENT_LABEL, JSON.stringify(segment)]),
  ];
  const before = lists.top[BENCHMARK_RECORD.row]?.length ?? 0;
  const width = Math.max(values.length, before - BENCHMARK_RECORD.column);
  return {
    sheet: lists.sheet,
    row: BENCHMARK_RECORD.row,
    column: BENCHMARK_RECORD.column,
    values: Array.from({ length: width }, (_, i) => values[i] ?? ""),
  };
}
