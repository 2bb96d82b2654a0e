import { basename, dirname, extname, join } from "node:path";
import { formatResultTable } from "../../core/scoring/report";
import { scoreJson } from "../../core/scoring/scoreJson";
import { WorkbookError } from "../../core/workbook/errors";
import { NotAWorkbookError } from "../../xlsx/package/zipFile";
import { scoreAssessmentFile } from "../../xlsx/workbookFile";
import { withBenchmark } from "../../xlsx/benchmarkFile";
import type { BenchmarkFile } from "./benchmarkOption";
import type { CliIo } from "./cliIo";
import { EXIT_OK, EXIT_SOME_FAILED } from "./exitCodes";
import { readWorkbook } from "./readWorkbook";

/** svmi score IN.xlsx…: scores each workbook and writes its scored copy. */

export interface ScoreFilesOptions {
  out?: string;
  outDir?: string;
  inPlace: boolean;
  json: boolean;
  /** A benchmark to load into each workbook before it is scored (--benchmark). */
  benchmark?: BenchmarkFile;
}

/** Scores each workbook in turn; a file that fails is reported and the others still run. */
export async function scoreFiles(
  inputs: readonly string[],
  options: ScoreFilesOptions,
  io: CliIo
): Promise<number> {
  let failed = 0;
  if (options.outDir) await io.makeDir(options.outDir);
  for (const [index, input] of inputs.entries()) {
    if (inputs.length > 1) io.err(`svmi: [${index + 1}/${inputs.length}] ${input}`);
    const output = outputPath(input, options);
    try {
      const read = await readWorkbook(input, io);
      const { benchmark } = options;
      const bytes = benchmark
        ? withBenchmark(read, benchmark.text, benchmark.file, benchmark.segment)
        : read;
      const scored = scoreAssessmentFile(bytes);
      await io.writeFileAtomic(output, scored.bytes);
      const { result, problems } = scored.score;
      for (const problem of problems) {
        const where = problem.address ? `${problem.sheet}!${problem.address}: ` : "";
        io.err(`svmi: ${input}: ${where}${problem.message}`);
      }
      for (const repair of scored.repairs) io.err(`svmi: ${input}: repaired: ${repair}`);
      for (const notice of scored.notices) io.err(`svmi: ${input}: note: ${notice}`);
      if (options.json) io.out(JSON.stringify({ file: input, output, ...scoreJson(result) }));
      else io.out(`${formatResultTable(result)}\n\nWritten: ${output}\n`);
    } catch (error) {
      failed += 1;
      io.err(`svmi: ${input}${failureText(error)}`);
    }
  }
  if (inputs.length > 1) {
    io.err(
      `svmi: scored ${inputs.length - failed} of ${inputs.length} workbooks${failed ? `; ${failed} failed` : ""}`
    );
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

export function failureText(error: unknown): string {
  if (error instanceof NotAWorkbookError) return ` ${error.message}`;
  if (error instanceof WorkbookError) return `: ${error.message}`;
  // Damaged XML inside an otherwise valid zip, or a write that failed: say so, carry on.
  return `: could not be scored (${(error as Error).message ?? String(error)})`;
}

function outputPath(input: string, options: ScoreFilesOptions): string {
  if (options.inPlace) return input;
  if (options.out) return options.out;
  const stem = basename(input, extname(input));
  return join(options.outDir ?? dirname(input), `${stem}-scored.xlsx`);
}
