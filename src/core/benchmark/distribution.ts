import type { Level } from "../framework/levels";
import type { CountedDistribution } from "./benchmark";

/**
 * Counts per level, and the median and quartiles as levels. The rule is nearest rank: of the m
 * scored levels sorted lowest first, the quantile p is the one at rank ceil(p·m), counting from 1.
 * For p = 1/2 that is the lower median (of an even count, the lower of the two middle values, as
 * the consensus uses), and the quartiles follow the same "lower" rule: q1 at rank ceil(m/4), q3 at
 * rank ceil(3m/4). Each is a level some organisation is at, never a level between two.
 */

/** The level at nearest rank ceil(p·m) of the levels counted; null when none are. */
export function rankLevel(counts: readonly number[], p: number): Level | null {
  const m = counts.reduce((a, b) => a + b, 0);
  if (m === 0) return null;
  // p·m is exact for p = 1/4, 1/2, 3/4 (binary fractions), so ceil never rounds a whole rank up.
  const rank = Math.max(1, Math.ceil(p * m));
  let cumulative = 0;
  for (let level = 0; level < counts.length; level++) {
    cumulative += counts[level];
    if (cumulative >= rank) return level;
  }
  return null;
}

/** The distribution of these counts (one per level, index = level). */
export function distributionOf(counts: number[]): CountedDistribution {
  return {
    counts,
    median: rankLevel(counts, 1 / 2),
    q1: rankLevel(counts, 1 / 4),
    q3: rankLevel(counts, 3 / 4),
  };
}
