import { FormatError } from "../../core/benchmark/formatError";
import { readBenchmark } from "../../core/benchmark/readBenchmark";
import { UsageError } from "../usageError";
import type { CliIo } from "./cliIo";

/**
 * --benchmark BENCH.json: read and checked before any workbook is touched. A file that is not a
 * valid svmi-benchmark/1 is one line naming it and the problem, then exit code 2.
 */

/** Far above any real benchmark (segments of ten themes are a few kilobytes each). */
const MAX_BENCHMARK_CHARS = 10 * 1024 * 1024;

export interface BenchmarkFile {
  file: string;
  text: string;
}

export async function benchmarkOption(path: string, io: CliIo): Promise<BenchmarkFile> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (text.length > MAX_BENCHMARK_CHARS)
    throw new UsageError(`${path} is larger than 10 MB; refusing to read it`);
  try {
    readBenchmark(text, path);
  } catch (error) {
    if (error instanceof FormatError) throw new UsageError(`${error.message}; nothing was written`);
    throw error;
  }
  return { file: path, text };
}
