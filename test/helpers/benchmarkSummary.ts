import type { BenchmarkSummary, SegmentChoice } from "../../src/core/workbook/carriedBenchmark";

/**
 * What the pane is told of a carried benchmark, for tests of the pane: 37 organisations in all,
 * 30 district councils shown, 7 county councils suppressed (k = 5), compared with everyone
 * unless another segment is chosen.
 */
export const SEGMENT_CHOICES: SegmentChoice[] = [
  { key: {}, label: "all", name: "all organisations", n: 37, suppressed: false },
  {
    key: { type: "county council" },
    label: "type=county council",
    name: "county councils",
    n: 7,
    suppressed: true,
  },
  {
    key: { type: "district council" },
    label: "type=district council",
    name: "district councils",
    n: 30,
    suppressed: false,
  },
];

export function benchmarkSummaryOf(
  segment: SegmentChoice = SEGMENT_CHOICES[0],
  { k = 5, segments = SEGMENT_CHOICES } = {}
): BenchmarkSummary {
  return {
    n: segment.n,
    k,
    generatedAt: "2026-12-01T09:00:00Z",
    suppressed: segment.suppressed,
    segment,
    segments,
  };
}
