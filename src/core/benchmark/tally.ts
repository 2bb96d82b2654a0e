import type { Framework } from "../framework/types";
import { suppressedDistribution, type Segment } from "./benchmark";
import { distributionOf } from "./distribution";
import type { LevelPair, Submission } from "./submission";

/**
 * A segment's levels counted, before aggregate decides what of them to publish: one array of
 * counts per level for each distribution, in a fixed order (each theme's Present then Future, in
 * framework order, then the overall Present and Future), so the same distribution of every
 * segment of a split can be compared by its index.
 */
export type Tally = number[][];

export function tallyOf(framework: Framework, members: readonly Submission[]): Tally {
  const levels = framework.levels.length;
  const tally: Tally = Array.from({ length: 2 * framework.themes.length + 2 }, () =>
    Array<number>(levels).fill(0)
  );
  const add = (at: number, pair: LevelPair) => {
    // Unscored (null) levels are left out of the counts, and so of the median and quartiles.
    if (pair.present !== null) tally[at][pair.present] += 1;
    if (pair.future !== null) tally[at + 1][pair.future] += 1;
  };
  for (const s of members) {
    framework.themes.forEach((theme, i) => {
      // readSubmission returns themes in framework order; look up only when another order is given.
      const pair =
        s.themes[i]?.id === theme.id ? s.themes[i] : s.themes.find((t) => t.id === theme.id);
      if (pair) add(2 * i, pair);
    });
    add(2 * framework.themes.length, s.overall);
  }
  return tally;
}

/** How many organisations have a level in one distribution's counts. */
export function counted(counts: readonly number[]): number {
  return counts.reduce((a, b) => a + b, 0);
}

/** A published segment's themes and overall from its tally; those `hidden` carry no numbers. */
export function numbersOf(
  framework: Framework,
  tally: Tally,
  hidden: readonly boolean[]
): Pick<Segment, "themes" | "overall"> {
  const at = (i: number) => (hidden[i] ? suppressedDistribution() : distributionOf(tally[i]));
  const overall = 2 * framework.themes.length;
  return {
    themes: framework.themes.map((theme, i) => ({
      id: theme.id,
      present: at(2 * i),
      future: at(2 * i + 1),
    })),
    overall: { present: at(overall), future: at(overall + 1) },
  };
}
