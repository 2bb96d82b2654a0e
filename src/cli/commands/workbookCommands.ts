import { basename, dirname, extname, join } from "node:path";
import type { ScoreResult } from "../../core/scoring/types";
import { checkDetails, type AssessmentDetails } from "../../core/workbook/details";
import { scoreJson } from "../../core/scoring/scoreJson";
import { exampleAssessment, SURREY } from "../../core/examples/workedExamples";
import { getFramework } from "../../core/framework/registry";
import type { Framework } from "../../core/framework/loadFramework";
import { formatResultTable } from "../../core/scoring/report";
import { WorkbookError } from "../../core/workbook/scoreWorkbook";
import {
  addAssessmentToWorkbook,
  filledAnswers,
  newAssessmentWorkbook,
  scoreAssessmentFile,
} from "../../xlsx/workbookFile";
import { LIMITS, NotAWorkbookError } from "../../xlsx/package/zipFile";
import type { CliIo } from "./index";
import { UsageError } from "../usageError";

/** The commands that read and write .xlsx workbooks: template, score IN.xlsx…, demo. */

export const EXIT_SOME_FAILED = 1;

export async function writeTemplate(
  framework: Framework,
  input: { organisation?: string; date?: string; facilitator?: string },
  out: string,
  force: boolean,
  io: CliIo,
  into?: string
): Promise<void> {
  const checked = checkDetails({
    frameworkId: framework.id,
    organisation: input.organisation ?? "",
    date: input.date ?? today(),
    facilitator: input.facilitator,
  });
  // A blank template may leave the organisation for whoever fills it in.
  const details: AssessmentDetails = checked.ok
    ? checked.details
    : { frameworkId: framework.id, organisation: "", date: input.date ?? today() };
  if (!checked.ok && (checked.errors.date || (input.organisation && checked.errors.organisation)))
    throw new UsageError(Object.values(checked.errors).join(" "));
  const inPlace = into !== undefined && out === into;
  if (!force && !inPlace && (await io.exists(out)))
    throw new UsageError(`${out} already exists; choose another --out or add --force`);
  const bytes =
    into === undefined
      ? newAssessmentWorkbook(framework, details)
      : addAssessmentToWorkbook(await readWorkbook(into, io), framework, details);
  await io.writeFileAtomic(out, bytes);
}

export interface ScoreFilesOptions {
  out?: string;
  outDir?: string;
  inPlace: boolean;
  json: boolean;
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
      const bytes = await readWorkbook(input, io);
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
  return failed ? EXIT_SOME_FAILED : 0;
}

async function readWorkbook(path: string, io: CliIo): Promise<Uint8Array> {
  if (/\.(xls|csv|ods|numbers)$/i.test(path)) {
    const kind = extname(path).slice(1).toLowerCase();
    throw new NotAWorkbookError(
      `is a .${kind} file; the SVMI reads .xlsx workbooks (open it in Excel or LibreOffice and save as .xlsx)`
    );
  }
  try {
    return await io.readBytes(path, LIMITS.fileBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new NotAWorkbookError("does not exist");
    if (code === "EACCES") throw new NotAWorkbookError("cannot be read (permission denied)");
    throw new NotAWorkbookError((error as Error).message);
  }
}

function failureText(error: unknown): string {
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

/**
 * The README's main command: the Surrey County Council worked example filled into a workbook,
 * then scored, with the theme table printed.
 */
export async function writeDemo(
  dir: string,
  io: CliIo
): Promise<{ filled: string; scored: string; framework: Framework; result: ScoreResult }> {
  const framework = getFramework(SURREY.framework);
  const example = exampleAssessment(framework, SURREY);
  const answers = filledAnswers(example.answers);
  const details = {
    frameworkId: framework.id,
    organisation: example.organisation ?? "",
    date: today(),
  };
  await io.makeDir(dir);
  const filled = join(dir, "surrey-example.xlsx");
  const scored = join(dir, "surrey-example-scored.xlsx");
  const bytes = newAssessmentWorkbook(framework, details, answers);
  await io.writeFileAtomic(filled, bytes);
  const result = scoreAssessmentFile(bytes);
  await io.writeFileAtomic(scored, result.bytes);
  return { filled, scored, framework, result: result.score.result };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
