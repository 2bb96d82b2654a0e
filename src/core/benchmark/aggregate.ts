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
  type TimeframeDistributions,
} from "./benchmark";
import { distributionOf } from "./distribution";
import type { LevelPair, Submission } from "./submission";
import { suppressedInSplit } from "./suppression";

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
    suppressed: boolean
  ): Segment =>
    suppressed
      ? { key, n: members.length, suppressed }
      : { key, n: members.length, suppressed, ...segmentNumbers(framework, members) };

  const segments = [segment({}, submissions, submissions.length < k)];
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
    values.forEach((value, i) =>
      segments.push(segment({ [field]: value }, groups.get(value)!, hidden[i]))
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

/** The themes' and the overall distributions of a segment's members. */
function segmentNumbers(
  framework: Framework,
  members: readonly Submission[]
): Pick<Segment, "themes" | "overall"> {
  const levelCount = framework.levels.length;
  const tally = () => ({
    present: Array<number>(levelCount).fill(0),
    future: Array<number>(levelCount).fill(0),
  });
  const themes = framework.themes.map(tally);
  const overall = tally();
  const add = (into: ReturnType<typeof tally>, pair: LevelPair) => {
    // Unscored (null) levels are left out of the counts, and so of the median and quartiles.
    if (pair.present !== null) into.present[pair.present] += 1;
    if (pair.future !== null) into.future[pair.future] += 1;
  };
  for (const s of members) {
    framework.themes.forEach((theme, i) => {
      // readSubmission returns themes in framework order; look up only when another order is given.
      const pair =
        s.themes[i]?.id === theme.id ? s.themes[i] : s.themes.find((t) => t.id === theme.id);
      if (pair) add(themes[i], pair);
    });
    add(overall, s.overall);
  }
  const both = (t: { present: number[]; future: number[] }): TimeframeDistributions => ({
    present: distributionOf(t.present),
    future: distributionOf(t.future),
  });
  return {
    themes: framework.themes.map((theme, i) => ({ id: theme.id, ...both(themes[i]) })),
    overall: both(overall),
  };
}
