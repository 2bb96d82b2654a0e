import { getFramework } from "../framework/registry";
import type { Framework } from "../framework/types";
import { toCsv, type CsvValue } from "../text/csv";
import { isCounted, segmentLabel, type Benchmark, type Distribution } from "./benchmark";

/**
 * A benchmark as CSV, for analysts: one row per segment, theme (or "overall") and timeframe, with
 * the organisations at each level and the median level. A suppressed segment has one row that says
 * so, with no numbers but its n; a suppressed distribution of a shown segment (fewer than k of
 * its organisations have a level there) has its row, with "suppressed" where its counts would be.
 * The segment labels hold other people's text (their type and region), which toCsv keeps from
 * being read as a formula.
 */
export function benchmarkCsv(
  benchmark: Benchmark,
  framework: Framework = getFramework(benchmark.framework.id)
): string {
  const levels = framework.levels.map((l) => `${l.level} ${l.label}`);
  const rows: CsvValue[][] = [["segment", "n", "theme", "field", ...levels, "median"]];
  for (const segment of benchmark.segments) {
    const label = segmentLabel(segment.key);
    if (segment.suppressed || !segment.themes || !segment.overall) {
      rows.push([label, segment.n, "", "suppressed"]);
      continue;
    }
    const row = (theme: string, field: string, d: Distribution): CsvValue[] =>
      isCounted(d)
        ? [label, segment.n, theme, field, ...d.counts, d.median]
        : [label, segment.n, theme, field, "suppressed"];
    for (const theme of segment.themes)
      rows.push(row(theme.id, "present", theme.present), row(theme.id, "future", theme.future));
    rows.push(
      row("overall", "present", segment.overall.present),
      row("overall", "future", segment.overall.future)
    );
  }
  return toCsv(rows);
}
