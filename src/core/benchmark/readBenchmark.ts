import type { Framework } from "../framework/types";
import {
  BENCHMARK_SCHEMA,
  MIN_K,
  ORG_FIELDS,
  type Benchmark,
  suppressedDistribution,
  type Distribution,
  type Segment,
  type SegmentKey,
  type TimeframeDistributions,
} from "./benchmark";
import { distributionOf } from "./distribution";
import { FormatError } from "./formatError";
import { distributionLeak, segmentLeak } from "./leaks";
import {
  frameworkProblem,
  isRecord,
  schemaObject,
  registeredFramework,
  type FrameworkLookup,
} from "./jsonChecks";

/**
 * Reads an `svmi-benchmark/1` file, as the add-in and `svmi score --benchmark` load it. The file
 * comes from a coordinator, by e-mail or a shared drive: everything is checked, including that a
 * suppressed segment carries no numbers and that each median and quartile is the one its counts
 * give, so what a council is shown is what the counts say. Throws a FormatError (one line).
 */
export function readBenchmark(
  text: string,
  fileName: string,
  lookupFramework: FrameworkLookup = registeredFramework
): Benchmark {
  const fail = (problem: string): never => {
    throw new FormatError(fileName, problem);
  };
  const read = schemaObject(text, BENCHMARK_SCHEMA);
  if ("problem" in read) return fail(read.problem);
  const data = read.data;
  const found = frameworkProblem(data.framework, lookupFramework);
  if ("problem" in found) return fail(found.problem);
  const { framework } = found;
  const k = data.k;
  if (typeof k !== "number" || !Number.isInteger(k) || k < MIN_K)
    fail(`k must be a whole number of at least ${MIN_K}`);
  if (typeof data.generatedAt !== "string" || Number.isNaN(Date.parse(data.generatedAt)))
    fail("generatedAt must be an ISO date and time");
  if (!Array.isArray(data.segments) || data.segments.length === 0)
    fail("segments must be a list, the total first");
  const segments = (data.segments as unknown[]).map((s, i) =>
    readSegment(framework, k as number, s, `segment ${i + 1}`, fail)
  );
  if (Object.keys(segments[0].key).length > 0) fail("segment 1 must be the total (key {})");
  const labels = new Set<string>();
  for (const s of segments) {
    const label = JSON.stringify(ORG_FIELDS.map((f) => s.key[f] ?? null));
    if (labels.has(label)) fail(`segment ${JSON.stringify(s.key)} is listed twice`);
    labels.add(label);
    if (s.n > segments[0].n)
      fail(`segment ${JSON.stringify(s.key)} has more organisations than the total`);
  }
  const leak = segmentLeak(segments, k as number) ?? distributionLeak(segments, k as number);
  if (leak) fail(leak);
  return {
    schema: BENCHMARK_SCHEMA,
    framework: { id: framework.id, version: framework.version },
    k: k as number,
    generatedAt: data.generatedAt as string,
    segments,
  };
}

type Fail = (problem: string) => never;

function readSegment(
  framework: Framework,
  k: number,
  value: unknown,
  where: string,
  fail: Fail
): Segment {
  if (!isRecord(value)) return fail(`${where} must be an object`);
  const key = readKey(value.key, where, fail);
  const { n, suppressed } = value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0)
    fail(`${where}: n must be a whole number`);
  if (typeof suppressed !== "boolean") return fail(`${where}: suppressed must be true or false`);
  if (suppressed) {
    if (value.themes !== undefined || value.overall !== undefined)
      fail(`${where} is suppressed but carries numbers`);
    return { key, n: n as number, suppressed };
  }
  if ((n as number) < k) fail(`${where} has n = ${n}, below k = ${k}, but is not suppressed`);
  if (!Array.isArray(value.themes) || value.themes.length !== framework.themes.length)
    fail(`${where}: themes must list the ${framework.themes.length} themes of ${framework.name}`);
  const themes = framework.themes.map((theme, i) => {
    const item = (value.themes as unknown[])[i];
    if (!isRecord(item) || item.id !== theme.id)
      fail(`${where}: theme ${i + 1} must be ${theme.id} (themes in framework order)`);
    return {
      id: theme.id,
      ...readPair(framework, k, n as number, item, `${where} theme ${theme.id}`, fail),
    };
  });
  const overall = readPair(framework, k, n as number, value.overall, `${where} overall`, fail);
  return { key, n: n as number, suppressed, themes, overall };
}

function readKey(value: unknown, where: string, fail: Fail): SegmentKey {
  if (!isRecord(value)) return fail(`${where}: key must be an object`);
  const key: SegmentKey = {};
  for (const [field, text] of Object.entries(value)) {
    if (!(ORG_FIELDS as readonly string[]).includes(field))
      fail(`${where}: key field '${field}' is not one of ${ORG_FIELDS.join(", ")}`);
    if (typeof text !== "string") fail(`${where}: key ${field} must be a text`);
    key[field as keyof SegmentKey] = text as string;
  }
  return key;
}

function readPair(
  framework: Framework,
  k: number,
  n: number,
  value: unknown,
  where: string,
  fail: Fail
): TimeframeDistributions {
  if (!isRecord(value)) return fail(`${where} must be {present, future}`);
  return {
    present: readDistribution(framework, k, n, value.present, `${where} present`, fail),
    future: readDistribution(framework, k, n, value.future, `${where} future`, fail),
  };
}

/**
 * A distribution: counted over at least k organisations, its median and quartiles those of its
 * counts; or suppressed (fewer than k have a level there), with no numbers at all.
 */
function readDistribution(
  framework: Framework,
  k: number,
  n: number,
  value: unknown,
  where: string,
  fail: Fail
): Distribution {
  if (!isRecord(value)) return fail(`${where} must be {counts, median, q1, q3}`);
  if (value.suppressed !== undefined && typeof value.suppressed !== "boolean")
    fail(`${where}: suppressed must be true or false`);
  if (value.suppressed === true) {
    if (["counts", "median", "q1", "q3"].some((field) => value[field] !== null))
      fail(`${where} is suppressed but carries numbers (counts, median, q1 and q3 must be null)`);
    return suppressedDistribution();
  }
  const counts = value.counts;
  if (
    !Array.isArray(counts) ||
    counts.length !== framework.levels.length ||
    !counts.every((c) => Number.isInteger(c) && c >= 0)
  )
    fail(`${where}: counts must be ${framework.levels.length} whole numbers, one per level`);
  const total = (counts as number[]).reduce((a, b) => a + b, 0);
  if (total > n) fail(`${where}: counts add up to ${total}, more than n = ${n}`);
  if (total < k)
    fail(
      `${where}: counts add up to ${total}, fewer than k = ${k}, but it is not suppressed (its numbers would single those organisations out)`
    );
  const expected = distributionOf([...(counts as number[])]);
  for (const field of ["median", "q1", "q3"] as const)
    if (value[field] !== expected[field])
      fail(
        `${where}: ${field} is ${JSON.stringify(value[field])}, but the counts make it ${expected[field]}`
      );
  return expected;
}
