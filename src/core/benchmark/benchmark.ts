import type { Level } from "../framework/levels";

/**
 * The `svmi-benchmark/1` format: many organisations' submissions aggregated, by segment, so that
 * no organisation's levels can be read out of it (docs/formats/svmi-benchmark-1.md).
 */

export const BENCHMARK_SCHEMA = "svmi-benchmark/1";

/** The fields of a submission's org a benchmark can be split by. */
export const ORG_FIELDS = ["type", "region"] as const;
export type OrgField = (typeof ORG_FIELDS)[number];

/** Which organisations a segment holds: {} for everyone, {type: "district"} for one split's value. */
export type SegmentKey = Partial<Record<OrgField, string>>;

/**
 * The levels of one theme (or overall) in one timeframe across a segment. Unscored levels (null)
 * are not counted: counts sum to the organisations scored there, and the levels below are of those.
 */
export interface Distribution {
  /** Organisations at each level; index = level, one entry per level of the framework. */
  counts: number[];
  /** Nearest-rank levels (see distribution.ts): the lower median and the quartiles; null if none. */
  median: Level | null;
  q1: Level | null;
  q3: Level | null;
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

/** A segment as a sentence names it: "all organisations", "district organisations in region SE". */
export function segmentName(key: SegmentKey): string {
  if (key.type === undefined && key.region === undefined) return "all organisations";
  const who = key.type === undefined ? "organisations" : `${key.type} organisations`;
  return key.region === undefined ? who : `${who} in region ${key.region}`;
}

/** A segment as a short label for a CSV or a list: "all", "type=district", "region=SE". */
export function segmentLabel(key: SegmentKey): string {
  const parts = ORG_FIELDS.filter((f) => key[f] !== undefined).map((f) => `${f}=${key[f]}`);
  return parts.length ? parts.join("; ") : "all";
}
