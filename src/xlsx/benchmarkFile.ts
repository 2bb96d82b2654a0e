import type { SegmentKey } from "../core/benchmark/benchmark";
import { planLoadBenchmark } from "../core/workbook/planLoadBenchmark";
import { LISTS_HEAD_ROWS } from "../core/workbook/snapshot";
import { belowRow, editCells } from "./parts/sheetCells";
import { XlsxPackage } from "./package/xlsxPackage";
import { readSnapshot } from "./readSnapshot";

/**
 * Loads a benchmark into a workbook (svmi score --benchmark): its text goes onto the lists
 * sheet's version row (BENCHMARK_RECORD), where the next re-score finds it and draws the
 * Benchmark sheet, compared with the segment given (everyone unless given). Only those cells change; every other part stays as it came. Throws a
 * FormatError (a bad file) or a WorkbookError (another framework's, or no assessment), each
 * naming the file.
 */
export function withBenchmark(
  bytes: Uint8Array,
  text: string,
  fileName: string,
  segment?: SegmentKey
): Uint8Array {
  const pkg = XlsxPackage.open(bytes);
  const { snapshot } = readSnapshot(pkg);
  const { cells } = planLoadBenchmark(snapshot, text, fileName, segment);
  const lists = pkg.sheets().find((s) => s.name === cells.sheet)!;
  pkg.editXmlHead(lists.path, belowRow(LISTS_HEAD_ROWS), (part) =>
    editCells(
      part,
      cells.values.map((value, i) => ({ row: cells.row, column: cells.column + i, text: value }))
    )
  );
  return pkg.toBytes();
}
