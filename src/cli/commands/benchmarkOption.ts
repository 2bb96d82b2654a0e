import { ORG_FIELDS, type Benchmark, type SegmentKey } from "../../core/benchmark/benchmark";
import { FormatError } from "../../core/benchmark/formatError";
import { readBenchmark } from "../../core/benchmark/readBenchmark";
import { missingSegment } from "../../core/workbook/carriedBenchmark";
import { UsageError } from "../usageError";
import type { CliIo } from "./cliIo";

/**
 * --benchmark BENCH.json [--segment type=district]: read and checked before any workbook is
 * touched. A file that is not a valid svmi-benchmark/1, or a segment it lacks, is one line naming
 * it and the problem, then exit code 2.
 */

/** Far above any real benchmark (segments of ten themes are a few kilobytes each). */
const MAX_BENCHMARK_CHARS = 10 * 1024 * 1024;

export interface BenchmarkFile {
  file: string;
  text: string;
  /** The segment the Benchmark sheet compares with (--segment; everyone when not given). */
  segment?: SegmentKey;
}

export async function benchmarkOption(
  path: string,
  io: CliIo,
  segment?: string
): Promise<BenchmarkFile> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (text.length > MAX_BENCHMARK_CHARS)
    throw new UsageError(`${path} is larger than 10 MB; refusing to read it`);
  let benchmark: Benchmark;
  try {
    benchmark = readBenchmark(text, path);
  } catch (error) {
    if (error instanceof FormatError) throw new UsageError(`${error.message}; nothing was written`);
    throw error;
  }
  if (segment === undefined) return { file: path, text };
  return { file: path, text, segment: segmentOption(segment, benchmark, path) };
}

/**
 * --segment all, type=VALUE or region=VALUE (as the CSV labels segments): one of the benchmark's,
 * else bad usage listing those it has.
 */
export function segmentOption(value: string, benchmark: Benchmark, file: string): SegmentKey {
  const at = value.indexOf("=");
  const field = value.slice(0, at).trim();
  let key: SegmentKey;
  if (value.trim() === "all") key = {};
  else if (at > 0 && (ORG_FIELDS as readonly string[]).includes(field))
    key = { [field]: value.slice(at + 1) };
  else throw new UsageError(`--segment must be all, type=VALUE or region=VALUE (it is '${value}')`);
  const missing = missingSegment(benchmark, key);
  if (missing) throw new UsageError(`--segment ${value}: ${file} ${missing}`);
  return key;
}
