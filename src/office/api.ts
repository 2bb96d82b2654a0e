import type { AssessmentDetails } from "../core/workbook/details";
import { ensureFramework, getFramework, isFrameworkId } from "../core/framework/registry";
import { ensureBuiltInFrameworks } from "./frameworkData";
import { TABLE_NAME } from "../core/workbook/names";
import { NoAssessmentError, QuestionnaireMissingError } from "../core/workbook/errors";
import type { AnswerToWrite } from "../core/workbook/answerWrites";
import {
  createAssessment,
  fillAnswers,
  readAnswersFingerprint,
  rescore,
  restartQuestionnaire,
  type RescoreOutcome,
} from "./rescore";
import { openSheet, type OpenableSheet } from "./openSheet";
import type { WorkbookExistence } from "./workbookExistence";
import type { ChangeEvent } from "./live/changeFilter";
import { presentResults, restoreView, type ProjectorState } from "./projectorView";
import type { Capabilities } from "./requirements";
import { importResponses, keepCountsOnly, setOverride } from "./responses";
import type { ParticipantResponses } from "../core/workbook/planResponsesImport";
import type { Timeframe } from "../core/scoring/types";
import type { AssessmentSnapshot } from "../core/history/snapshot";
import { addSnapshot, saveSnapshot, startFromLastCycle } from "./history";
import type { ExportChoices } from "./benchmark";
import type { SegmentKey } from "../core/benchmark/benchmark";
import type { Submission } from "../core/benchmark/submission";
import type { BenchmarkSummary } from "../core/workbook/carriedBenchmark";

// The taskpane's one door into this folder: what it calls, and the types and helpers it uses.
export type { RescoreOutcome } from "./rescore";
export type { SheetsSummary } from "../core/workbook/sheetsSummary";
export type { AnswerToWrite } from "../core/workbook/answerWrites";
export type { OpenableSheet } from "./openSheet";
export type { WorkbookProblem } from "../core/workbook/errors";
export { classifyChange, type ChangeEvent } from "./live/changeFilter";
export { LiveScheduler, REAL_TIMERS, retryDelay, type Timers } from "./live/liveScheduler";
export { describeHostError, type HostProblem } from "./hostErrors";
export type { ParticipantResponses, ResponseRowInput } from "../core/workbook/planResponsesImport";
export type { ParticipantFile } from "../xlsx/readParticipant";
export type { AssessmentFile } from "../xlsx/readAssessmentFile";
export type { AssessmentSnapshot } from "../core/history/snapshot";
export type { ExportChoices } from "./benchmark";
export type { Submission } from "../core/benchmark/submission";
export type { BenchmarkSummary } from "../core/workbook/carriedBenchmark";

/**
 * The benchmark and national-survey operations (office/benchmark.ts), loaded when first used, in
 * the chunk of the pane's Benchmark section (benchmark.js): out of the pane's first load.
 */
const benchmarkOperations = () => import(/* webpackChunkName: "benchmark" */ "./benchmark");

/**
 * The reader of participants' .xlsx files (the CLI's own, src/xlsx/readParticipant.ts), loaded
 * when first needed: its own chunk (participant-reader.js), out of the pane's first load. It reads
 * the bytes in the browser; nothing is uploaded. Throws an error whose message names the file.
 */
export async function loadParticipantReader() {
  // A participant's file may record any framework: each is known, so a wrong one is named.
  const [reader] = await Promise.all([
    import(/* webpackChunkName: "participant-reader" */ "../xlsx/readParticipant"),
    ensureBuiltInFrameworks(),
  ]);
  return reader.readParticipantFile;
}

/**
 * The reader of last year's workbook (src/xlsx/readAssessmentFile.ts), loaded when first needed
 * in its own chunk (assessment-reader.js); it reads the bytes in the browser, nothing is uploaded.
 */
export async function loadAssessmentReader() {
  const [reader] = await Promise.all([
    import(/* webpackChunkName: "assessment-reader" */ "../xlsx/readAssessmentFile"),
    ensureBuiltInFrameworks(),
  ]);
  return reader.readAssessmentFile;
}

/** True when a run failed because the workbook holds no assessment (the pane offers New assessment). */
export function isNoAssessment(error: unknown): boolean {
  return error instanceof NoAssessmentError;
}

/**
 * True when a run failed because the questionnaire (its sheet or table) was deleted from a
 * workbook that records an assessment: Excel cannot undo that, so the pane offers
 * restartQuestionnaire().
 */
export function isQuestionnaireMissing(error: unknown): boolean {
  return error instanceof QuestionnaireMissingError;
}

/** Everything the taskpane asks of Excel. Components receive this, never Office.js itself. */
export interface AssessmentApi {
  /**
   * New assessment. A workbook that already holds one is refused, unless `replace` (the user
   * confirmed): then its questionnaire is kept as a sheet of the user's ("Questionnaire
   * (replaced)"), and Results, Action Plan and Action Tracker stay, redrawn for the new framework
   * by the next re-score (the tracker keeps its rows; old ones become "No longer required").
   */
  create(details: AssessmentDetails, options?: { replace?: boolean }): Promise<void>;
  /**
   * A fresh Questionnaire for the framework and details the workbook records, after the old one's
   * sheet or table was deleted (isQuestionnaireMissing); every other sheet stays.
   */
  restartQuestionnaire(): Promise<void>;
  /**
   * Writes option texts into the questionnaire's Present and Future cells, in one batch whatever
   * their number (null clears a cell, a missing field leaves it). Refused, with nothing written,
   * when a question has no row in the table.
   */
  fillAnswers(answers: readonly AnswerToWrite[]): Promise<void>;
  /** Shows one of our sheets (found by its marker or table, not its name) with A1 selected. */
  openSheet(kind: OpenableSheet): Promise<void>;
  /** Full re-score: reads answers, writes levels, Results, Action Plan and chart. */
  rescore(): Promise<RescoreOutcome>;
  /** Scores without writing (a co-author's edit, or a first look at an opened workbook). */
  read(): Promise<RescoreOutcome>;
  select(sheet: string, address: string): Promise<void>;
  /**
   * Writes a choice made in the taskpane into its answer cell and selects the question's row;
   * with `select: false` it only writes (the projector keeps showing Results).
   */
  answer(
    sheet: string,
    cell: string,
    text: string,
    row: string,
    options?: { select?: boolean; confirm?: { sheet: string; address: string } }
  ): Promise<void>;
  /** Results on screen for the projector (no gridlines or headings, zoomed to fit). */
  present(): Promise<{ zoomed: boolean }>;
  /** Undoes present(). */
  restoreView(): Promise<void>;
  /**
   * The answers' fingerprint now (compared with the last outcome's): Excel on the web does not
   * raise onChanged for a value picked from a dropdown, so live mode polls this while visible.
   */
  answersFingerprint(): Promise<string | undefined>;
  /**
   * Writes participants' answers into the Responses table (a new Responses sheet when there is
   * none): a participant imported again has their rows replaced, new ones are added at the end,
   * the body rewritten in one batch. The Consensus sheet's overrides and reasons are not touched.
   * Score next to draw the Consensus sheet and write the agreed answers.
   */
  importResponses(responses: readonly ParticipantResponses[]): Promise<void>;
  /**
   * The facilitator's agreed answer for one question's Present or Future, on the Consensus sheet
   * (an option's text); null clears it, so the median is agreed. With a reason, writes it too.
   * Score next to write it into the Questionnaire.
   */
  setOverride(
    question: string,
    field: Timeframe,
    optionText: string | null,
    reason?: string
  ): Promise<void>;
  /**
   * Deletes the Responses sheet (the per-person rows) before the workbook is shared; the
   * Consensus sheet and its counts stay as drawn. Resolves to whether there was one.
   */
  keepCountsOnly(): Promise<boolean>;
  /**
   * Saves the current answers (and the levels they score) as a snapshot in the History table,
   * making the History sheet when there is none. A label already there is refused unless
   * `force`. Score next to draw the Progress sheet.
   */
  saveSnapshot(label: string, date: string, options?: { force?: boolean }): Promise<void>;
  /** Adds a snapshot taken from another workbook (last year's) to the History table. */
  addSnapshot(snapshot: AssessmentSnapshot, options?: { force?: boolean }): Promise<void>;
  /**
   * Fills this cycle's blank answers from the last snapshot, marking them "carried, not
   * re-confirmed" until chosen again. Score next.
   */
  startFromLastCycle(): Promise<{ from: string; carried: number; kept: number }>;
  /**
   * Loads a benchmark file (svmi-benchmark/1, read in the pane) onto the lists sheet, in one
   * batch after the read; refused, naming the file, when it is not valid or of another framework.
   * Score next to draw the Benchmark sheet.
   */
  loadBenchmark(text: string, fileName: string): Promise<BenchmarkSummary>;
  /**
   * Chooses the segment of the carried benchmark the Benchmark sheet compares with ({} for
   * everyone); refused when the workbook carries no benchmark or it has no such segment. Score
   * next to redraw the sheet.
   */
  chooseBenchmarkSegment(segment: SegmentKey): Promise<void>;
  /** The assessment as scored now, as a submission for the national survey (nothing written). */
  exportSubmission(choices: ExportChoices): Promise<Submission>;
  /** Writes a submission as a new sheet for the user to save and send; resolves to its name. */
  writeSubmissionSheet(submission: Submission): Promise<string>;
  /** Starts listening to edits on the questionnaire sheet; resolves to a function that stops. */
  watch(onChange: (event: ChangeEvent) => void): Promise<() => Promise<void>>;
}

/** The real thing: each call is one Excel.run; the caller's queue keeps runs from overlapping. */
export function officeAssessmentApi(excel: typeof Excel, caps: Capabilities): AssessmentApi {
  let projector: ProjectorState | undefined;
  // Every batch waits while the user is typing in a cell, instead of failing
  // (InvalidOperationInCellEditMode): clicking the pane does not end the edit. Where Excel
  // supports it (1.20), a run is one undo step: Ctrl+Z after a live re-score takes back the
  // whole redraw at once, and the next Ctrl+Z the user's own typing. Elsewhere each sync of a
  // run is its own undo step, so undoing a re-score takes two (see README).
  const options: Excel.RunOptions = caps.undoGroup
    ? { delayForCellEdit: true, mergeUndoGroup: true }
    : { delayForCellEdit: true };
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    excel.run(options, batch);
  // What existed at the last run: the next read asks for exactly that in one batch. If
  // something went meanwhile (a sheet deleted), readSnapshot reads what exists now.
  let known: WorkbookExistence | undefined;
  const scored = (write: boolean): Promise<RescoreOutcome> =>
    run((context) =>
      rescore(context, caps, { write, known, onExistence: (existence) => (known = existence) })
    );
  return {
    create: async (details, { replace = false } = {}) => {
      if (!isFrameworkId(details.frameworkId))
        throw new Error(`Unknown framework '${details.frameworkId}'`);
      await ensureFramework(details.frameworkId);
      const framework = getFramework(details.frameworkId);
      // Sheets are renamed, added and deleted: the next read asks afresh what exists.
      known = undefined;
      await run((context) => createAssessment(context, framework, details, caps, { replace }));
    },
    restartQuestionnaire: async () => {
      known = undefined;
      await run((context) => restartQuestionnaire(context, caps));
    },
    fillAnswers: (answers) => run((context) => fillAnswers(context, answers)),
    importResponses: async (responses) => {
      known = undefined; // a sheet and a table may come
      await run((context) => importResponses(context, caps, responses));
    },
    setOverride: (question, field, optionText, reason) =>
      run((context) => setOverride(context, question, field, optionText, reason)),
    keepCountsOnly: async () => {
      known = undefined; // a sheet and a table go
      return run((context) => keepCountsOnly(context));
    },
    openSheet: (kind) => run((context) => openSheet(context, kind)),
    saveSnapshot: async (label, date, { force = false } = {}) => {
      known = undefined; // the History sheet and table may come
      await run((context) => saveSnapshot(context, caps, label, date, { force }));
    },
    addSnapshot: async (snapshot, { force = false } = {}) => {
      known = undefined;
      await run((context) => addSnapshot(context, caps, snapshot, { force }));
    },
    startFromLastCycle: () => run((context) => startFromLastCycle(context)),
    loadBenchmark: async (text, fileName) => {
      const { loadBenchmark } = await benchmarkOperations();
      return run((context) => loadBenchmark(context, text, fileName));
    },
    chooseBenchmarkSegment: async (segment) => {
      const { chooseBenchmarkSegment } = await benchmarkOperations();
      await run((context) => chooseBenchmarkSegment(context, segment));
    },
    exportSubmission: async (choices) => {
      const { submissionOf } = await benchmarkOperations();
      return submissionOf(await scored(false), choices, new Date());
    },
    writeSubmissionSheet: async (submission) => {
      const { writeSubmissionSheet } = await benchmarkOperations();
      known = undefined; // a sheet comes
      return run((context) => writeSubmissionSheet(context, caps, submission));
    },
    rescore: () => scored(true),
    read: () => scored(false),
    answersFingerprint: () => run((context) => readAnswersFingerprint(context)),
    select: (sheet, address) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      }),
    answer: (sheet, cell, text, row, { select = true, confirm } = {}) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.getRange(cell).values = [[text]];
        // A carried answer chosen again is confirmed: its mark goes, in the same batch.
        if (confirm)
          context.workbook.worksheets.getItem(confirm.sheet).getRange(confirm.address).values = [
            [""],
          ];
        if (select) {
          worksheet.activate();
          worksheet.getRange(row).select();
        }
        await context.sync();
      }),
    present: async () => {
      const state = await run((context) => presentResults(context, caps));
      projector = state;
      return { zoomed: state.zoomed };
    },
    restoreView: async () => {
      const state = projector;
      projector = undefined;
      if (state) await run((context) => restoreView(context, caps, state));
    },
    watch: async (onChange) => {
      const registration = await run(async (context) => {
        const sheet = context.workbook.tables.getItem(TABLE_NAME).worksheet;
        const handler = sheet.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
          onChange({
            address: args.address,
            source: args.source,
            triggerSource: (args as { triggerSource?: string }).triggerSource,
          });
        });
        await context.sync();
        return handler;
      });
      // Handlers are removed through the context that added them.
      return () =>
        excel.run(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        });
    },
  };
}
