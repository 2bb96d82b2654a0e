import { existsSync, statSync } from "fs";
import { PROGRAMS, run, type RunResult } from "./programs";

/**
 * Converts a workbook with Gnumeric's ssconvert. For .xlsx it writes with the "xlsx2" exporter,
 * ISO/IEC 29500 (what Excel 2010 and later read); the older "xlsx" one is ECMA-376 1st edition.
 * The input format is found from the file itself.
 */
export function convertWithGnumeric(input: string, output: string): RunResult & { wrote: boolean } {
  const args = output.endsWith(".xlsx")
    ? ["--export-type=Gnumeric_Excel:xlsx2", input, output]
    : [input, output];
  const result = run(PROGRAMS.gnumeric, args, { timeoutMs: 120_000 });
  return { ...result, wrote: existsSync(output) && statSync(output).size > 0 };
}

/**
 * Lines of ssconvert's stderr that report a failure. It also prints notes about what it cannot
 * carry over (e.g. "Unexpected element 'tableParts'": Gnumeric has no Excel tables); those are
 * facts about Gnumeric, not faults in the file, and are not counted.
 */
export function gnumericComplaints(stderr: string): string[] {
  return stderr.split("\n").filter((line) => /\b(error|critical)\b/i.test(line));
}
