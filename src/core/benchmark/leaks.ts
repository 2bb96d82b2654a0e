import { ORG_FIELDS, isCounted, type Distribution, type Segment } from "./benchmark";
import { suppressedInSplit } from "./suppression";
import { counted } from "./tally";

/**
 * What readBenchmark checks across segments: numbers a file publishes that the suppression rules
 * (suppression.ts) hide, because what is hidden could be worked out by subtracting the published
 * segments of a split from the total. Each returns the problem, or undefined.
 */

/** A segment published although the subtraction rule suppresses it. */
export function segmentLeak(segments: readonly Segment[], k: number): string | undefined {
  for (const field of ORG_FIELDS) {
    const split = splitOf(segments, field);
    const flags = suppressedInSplit(
      split.map((s) => s.n),
      k
    );
    const shown = split.find((s, i) => flags[i] && !s.suppressed);
    if (shown)
      return `segment ${JSON.stringify(shown.key)} must be suppressed too: with it published, the suppressed ${field} segments could be worked out by subtraction from the total`;
  }
  return undefined;
}

/**
 * A distribution published in a split although the total's counts minus the split's published
 * ones leave between 1 and k − 1 organisations: their levels (of the suppressed segments or
 * distributions, together) could be read by subtraction. Only the total's published counts can
 * be subtracted from; when its own distribution is suppressed, each of the split's has fewer
 * than k and is refused as such.
 */
export function distributionLeak(segments: readonly Segment[], k: number): string | undefined {
  const total = segments[0];
  if (total.suppressed) return undefined;
  const all = distributionsOf(total);
  for (const field of ORG_FIELDS) {
    const split = splitOf(segments, field).filter((s) => !s.suppressed);
    for (const [at, [where, whole]] of all.entries()) {
      if (!isCounted(whole) || split.length === 0) continue;
      const shown = split.flatMap((s) => {
        const d = distributionsOf(s)[at][1];
        return isCounted(d) ? [{ s, m: counted(d.counts) }] : [];
      });
      const left = counted(whole.counts) - shown.reduce((sum, x) => sum + x.m, 0);
      if (left < 0)
        return `the ${field} segments count more organisations at ${where} than the total does`;
      if (left > 0 && left < k && shown.length > 0) {
        const smallest = shown.reduce((a, b) => (b.m < a.m ? b : a));
        return `segment ${JSON.stringify(smallest.s.key)} ${where} must be suppressed too: with it published, the ${left} other organisation${left === 1 ? "" : "s"} with a level there could be worked out by subtraction from the total`;
      }
    }
  }
  return undefined;
}

function splitOf(segments: readonly Segment[], field: string): Segment[] {
  return segments.filter((s) => Object.keys(s.key).join() === field);
}

/** A published segment's distributions, named, in the order of a tally (tally.ts). */
function distributionsOf(segment: Segment): [string, Distribution][] {
  return [
    ...segment.themes!.flatMap((t): [string, Distribution][] => [
      [`theme ${t.id} present`, t.present],
      [`theme ${t.id} future`, t.future],
    ]),
    ["overall present", segment.overall!.present],
    ["overall future", segment.overall!.future],
  ];
}
