import type { Level } from "../framework/levels";
import { ORG_FIELDS, type SegmentKey } from "./segmentKey";

export { segmentName } from "./segmentName";

/**
 * The `svmi-benchmark/1` format: many organisations' submissions aggregated, by segment, so that
 * no organisation's levels can be read out of it (docs/formats/svmi-benchmark-1.md).
 */

export const BENCHMARK_SCHEMA = "svmi-benchmark/1";

export { ORG_FIELDS, type OrgField, type SegmentKey } from "./segmentKey";

/**
 * The levels of one theme (or overall) in one timeframe across a segment. Unscored levels (null)
 * are not counted: counts sum to the organisations scored there, and the levels below are of those.
 * A distribution counted over fewer than k organisations is suppressed (SuppressedDistribution).
 */
export interface CountedDistribution {
  /** Organisations at each level; index = level, one entry per level of the framework. */
  counts: number[];
  /** Nearest-rank levels (see distribution.ts): the lower median and the quartiles; null if none. */
  median: Level | null;
  q1: Level | null;
  q3: Level | null;
}

/**
 * A distribution of a published segment that fewer than k of its organisations have a level in
 * (or that would give such a one away by subtraction): its numbers would single them out, as a
 * small segment's would, so it carries none. The same fields, all null, so a reader that takes
 * `counts` finds no numbers rather than a missing field.
 */
export interface SuppressedDistribution {
  counts: null;
  median: null;
  q1: null;
  q3: null;
  suppressed: true;
}

export type Distribution = CountedDistribution | SuppressedDistribution;

export function suppressedDistribution(): SuppressedDistribution {
  return { counts: null, median: null, q1: null, q3: null, suppressed: true };
}

export function isCounted(d: Distribution): d is CountedDistribution {
  return d.counts !== null;
}

export interface TimeframeDistributions {
  present: Distribution;
  future: Distribution;
}

export interface Segment {
  key: SegmentKey;
  /** Organisations (submissions) in the segment. */
  n: number;
  /** A suppressed segment carries no themes and no overall. */
  suppressed: boolean;
  themes?: ({ id: string } & TimeframeDistributions)[];
  overall?: TimeframeDistributions;
}

export interface Benchmark {
  schema: typeof BENCHMARK_SCHEMA;
  framework: { id: string; version: string };
  /** The smallest segment published with its numbers. */
  k: number;
  /** ISO date and time. */
  generatedAt: string;
  /** Everyone first (key {}), then each split's segments, in the order the splits were asked for. */
  segments: Segment[];
}

/** The default k, and the least allowed: below 3 a segment's numbers tell too much of each member. */
export const DEFAULT_K = 5;
export const MIN_K = 3;

/** The segment with exactly this key (the total for {} or none given). */
export function findSegment(benchmark: Benchmark, key: SegmentKey = {}): Segment | undefined {
  const fields = (k: SegmentKey) =>
    ORG_FIELDS.filter((f) => k[f] !== undefined)
      .map((f) => `${f}=${k[f]}`)
      .join("\n");
  const wanted = fields(key);
  return benchmark.segments.find((s) => fields(s.key) === wanted);
}

/** A segment as a short label for a CSV or a list: "all", "type=district", "region=SE". */
export function segmentLabel(key: SegmentKey): string {
  const parts = ORG_FIELDS.filter((f) => key[f] !== undefined).map((f) => `${f}=${key[f]}`);
  return parts.length ? parts.join("; ") : "all";
}
