import {
  buildSubmission,
  labelProblem,
  MODES,
  type Mode,
  type Submission,
  unscoredThemes,
} from "../core/benchmark/submission";
import { ensureFramework, getFramework, isFrameworkId } from "../core/framework/registry";
import type { SegmentKey } from "../core/benchmark/benchmark";
import { benchmarkSummary, type BenchmarkSummary } from "../core/workbook/carriedBenchmark";
import {
  planBenchmarkSegment,
  planLoadBenchmark,
  type ListsCells,
} from "../core/workbook/planLoadBenchmark";
import { WorkbookError } from "../core/workbook/errors";
import { submissionSheet, SUBMISSION_SHEET_NAME } from "../core/workbook/layouts/submission";
import { freeSheetName } from "../core/workbook/names";
import { readSnapshot } from "./readSnapshot";
import { renderSheet } from "./renderSheet";
import type { RescoreOutcome } from "./rescore";
import type { Capabilities } from "./requirements";

/**
 * Benchmarks in the open workbook: a benchmark file loaded onto the lists sheet (the pane then
 * re-scores, which draws the Benchmark sheet), and this assessment exported for the national
 * survey, as a sheet the user saves (file downloads do not work in Excel for Mac).
 */

/** What the user chooses to send; the time and the number of respondents are added. */
export interface ExportChoices {
  period: string;
  org: { type: string; region: string };
  mode: Mode;
  /** Include the organisation's name. */
  named: boolean;
}

/** Checks the benchmark file and writes it onto the lists sheet: one read, one write. */
export async function loadBenchmark(
  context: Excel.RequestContext,
  text: string,
  fileName: string
): Promise<BenchmarkSummary> {
  const { snapshot } = await readSnapshot(context);
  const { benchmark, cells } = planLoadBenchmark(snapshot, text, fileName);
  await writeCells(context, cells);
  return benchmarkSummary(benchmark);
}

/**
 * Chooses the segment the Benchmark sheet compares with (one of the carried benchmark's): one
 * read, one write of the record on the lists sheet. Score next to redraw the sheet.
 */
export async function chooseBenchmarkSegment(
  context: Excel.RequestContext,
  segment: SegmentKey
): Promise<void> {
  const { snapshot } = await readSnapshot(context);
  await writeCells(context, planBenchmarkSegment(snapshot, segment));
}

async function writeCells(context: Excel.RequestContext, cells: ListsCells): Promise<void> {
  context.workbook.worksheets
    .getItem(cells.sheet)
    .getRangeByIndexes(cells.row, cells.column, 1, cells.values.length).values = [cells.values];
  await context.sync();
}

/**
 * The submission of the assessment as scored (`scored`), with what the user chose: every label
 * checked as `svmi export` checks it, and the name only when chosen (refused when there is none).
 */
export function submissionOf(
  scored: RescoreOutcome,
  choices: ExportChoices,
  now: Date
): Submission {
  for (const [what, value] of [
    ["The survey period", choices.period],
    ["The organisation type", choices.org.type],
    ["The region", choices.org.region],
  ] as const) {
    const problem = labelProblem(what, value);
    if (problem) throw new WorkbookError(`${problem}.`);
  }
  if (!MODES.includes(choices.mode))
    throw new WorkbookError(`The mode must be one of ${MODES.join(", ")}.`);
  if (choices.named && !scored.result.organisation.trim())
    throw new WorkbookError(
      "The assessment names no organisation: type it in the Questionnaire's details, or send it anonymously."
    );
  const participants = scored.consensus?.participants.length ?? 0;
  return buildSubmission(scored.framework, scored.result, {
    period: choices.period.trim(),
    // To the second: the time of sending needs no more, and says no more.
    submittedAt: now.toISOString().replace(/\.\d+Z$/, "Z"),
    org: { type: choices.org.type.trim(), region: choices.org.region.trim() },
    mode: choices.mode,
    ...(participants > 0 ? { respondents: participants } : {}),
    named: choices.named,
  });
}

/**
 * Writes the submission as a new sheet ("Survey submission", or "Survey submission (SVMI 2)"
 * beside an earlier one: nothing of the user's is replaced) and shows it. Returns its name.
 */
export async function writeSubmissionSheet(
  context: Excel.RequestContext,
  caps: Capabilities,
  submission: Submission
): Promise<string> {
  const { id } = submission.framework;
  // The pane blocks this already; a blank submission would only be left out by the coordinator.
  if (unscoredThemes(submission).length === submission.themes.length)
    throw new WorkbookError("No theme is scored yet, so there is nothing to send.");
  if (!isFrameworkId(id)) throw new WorkbookError(`The framework '${id}' is not known here.`);
  await ensureFramework(id);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const name = freeSheetName(SUBMISSION_SHEET_NAME, taken);
  const sheet = context.workbook.worksheets.add(name);
  renderSheet(sheet, submissionSheet(getFramework(id), submission, name), caps);
  sheet.activate();
  await context.sync();
  return name;
}
