import { getFramework } from "../framework/registry";
import type { Framework } from "../framework/types";
import {
  BENCHMARK_SCHEMA,
  DEFAULT_K,
  MIN_K,
  type Benchmark,
  type OrgField,
  type Segment,
  type SegmentKey,
} from "./benchmark";
import type { Submission } from "./submission";
import { suppressedInSplit } from "./suppression";
import { counted, numbersOf, tallyOf, type Tally } from "./tally";

/** Submissions (each already read by readSubmission, one organisation each) into a benchmark. */

export interface AggregateOptions {
  /** The smallest segment published with its numbers: DEFAULT_K unless given, never below MIN_K. */
  k?: number;
  /** The splits: a segment per value of each field, after the total. */
  by?: readonly OrgField[];
  /** The submissions' framework; found in the registry when not given. */
  framework?: Framework;
  /** ISO date and time; now unless given. */
  generatedAt?: string;
}

export function aggregate(
  submissions: readonly Submission[],
  options: AggregateOptions = {}
): Benchmark {
  const k = options.k ?? DEFAULT_K;
  if (!Number.isInteger(k) || k < MIN_K)
    throw new RangeError(
      `k must be a whole number of at least ${MIN_K}, so that no segment is small enough to single an organisation out (it is ${k})`
    );
  const first = submissions[0]?.framework;
  if (!options.framework && !first)
    throw new Error("There are no submissions, so no framework to aggregate them by.");
  const framework = options.framework ?? getFramework(first.id);
  for (const s of submissions)
    if (s.framework.id !== framework.id || s.framework.version !== framework.version)
      throw new Error(
        `All submissions must answer ${framework.id} ${framework.version}; one answers ${s.framework.id} ${s.framework.version}.`
      );

  const segment = (
    key: SegmentKey,
    members: readonly Submission[],
    suppressed: boolean,
    tally: Tally,
    hidden: readonly boolean[]
  ): Segment =>
    suppressed
      ? { key, n: members.length, suppressed }
      : { key, n: members.length, suppressed, ...numbersOf(framework, tally, hidden) };

  // A distribution that fewer than k organisations have a level in is as telling as a segment of
  // fewer than k: in the total it is hidden, and within a split the subtraction rule applies to
  // it as to the segments (suppression.ts).
  const total = tallyOf(framework, submissions);
  const segments = [
    segment(
      {},
      submissions,
      submissions.length < k,
      total,
      total.map((counts) => counted(counts) < k)
    ),
  ];
  for (const field of [...new Set(options.by ?? [])]) {
    const groups = new Map<string, Submission[]>();
    for (const s of submissions) {
      const value = s.org[field];
      let group = groups.get(value);
      if (!group) groups.set(value, (group = []));
      group.push(s);
    }
    // Sorted by character code, not by locale: the same order on every machine.
    const values = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const hidden = suppressedInSplit(
      values.map((v) => groups.get(v)!.length),
      k
    );
    const tallies = values.map((v) => tallyOf(framework, groups.get(v)!));
    // Per distribution (index into a tally), which segments of the split hide it.
    const hiddenAt = total.map((_, at) =>
      suppressedInSplit(
        tallies.map((t) => counted(t[at])),
        k,
        hidden
      )
    );
    values.forEach((value, i) =>
      segments.push(
        segment(
          { [field]: value },
          groups.get(value)!,
          hidden[i],
          tallies[i],
          hiddenAt.map((flags) => flags[i])
        )
      )
    );
  }
  return {
    schema: BENCHMARK_SCHEMA,
    framework: { id: framework.id, version: framework.version },
    k,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    segments,
  };
}
