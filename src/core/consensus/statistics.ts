import type { Level } from "../framework/levels";

/**
 * The spread of one question's answers (Present or Future) across participants, on a framework
 * of `levelCount` levels numbered 0 up.
 */

export type SpreadFlag = "single" | "agreed" | "split" | "polarised";

export interface Spread {
  /** How many participants answered at each level (one count per level of the framework). */
  counts: number[];
  n: number;
  min: Level | null;
  max: Level | null;
  /** The lower median: of an even count, the lower of the two middle values. */
  median: Level | null;
  /** Leik's ordinal dispersion, 0 (all alike) to 1 (split evenly between the two ends). */
  dispersion: number;
  flag: SpreadFlag;
}

/** Of an even count, the lower of the two middle values: always a level someone chose. */
export function lowerMedian(levels: readonly Level[]): Level | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Leik's D = 2/(m−1) · Σ_{i=1}^{m−1} min(F_i, 1 − F_i), F_i the share of answers at or below the
 * i-th of the m levels. 0 when everyone agrees; 1 when half sit at each end.
 */
export function leikDispersion(counts: readonly number[]): number {
  const m = counts.length;
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0 || m < 2) return 0;
  // In whole answers, divided once at the end: shares summed as fractions drift by an ulp, so an
  // even split came out 0.49999999999999994 (split, not polarised) and equal dispersions differed,
  // putting the queue's ties out of question order.
  let cumulative = 0;
  let sum = 0;
  for (let i = 0; i < m - 1; i++) {
    cumulative += counts[i];
    sum += Math.min(cumulative, n - cumulative);
  }
  return (2 * sum) / ((m - 1) * n);
}

/** How far apart the answers are: one answer; within one level; polarised (D ≥ 0.5); split. */
export function spreadOf(levels: readonly Level[], levelCount: number): Spread {
  const counts = Array<number>(levelCount).fill(0);
  for (const level of levels) counts[level] += 1;
  const n = levels.length;
  const min = n ? Math.min(...levels) : null;
  const max = n ? Math.max(...levels) : null;
  const dispersion = leikDispersion(counts);
  const flag: SpreadFlag =
    n <= 1 ? "single" : max! - min! <= 1 ? "agreed" : dispersion >= 0.5 ? "polarised" : "split";
  return { counts, n, min, max, median: lowerMedian(levels), dispersion, flag };
}
