import type { AssessmentDetails } from "../core/workbook/details";
import { getFramework, isFrameworkId } from "../core/framework/registry";
import { TABLE_NAME } from "../core/workbook/names";
import { NoAssessmentError } from "../core/workbook/errors";
import { createAssessment, readAnswersFingerprint, rescore, type RescoreOutcome } from "./rescore";
import type { WorkbookExistence } from "./workbookExistence";
import type { ChangeEvent } from "./live/changeFilter";
import { presentResults, restoreView, type ProjectorState } from "./projectorView";
import type { Capabilities } from "./requirements";

// The taskpane's one door into this folder: what it calls, and the types and helpers it uses.
export type { RescoreOutcome } from "./rescore";
export type { WorkbookProblem } from "../core/workbook/errors";
export { classifyChange, type ChangeEvent } from "./live/changeFilter";
export { LiveScheduler, REAL_TIMERS, retryDelay, type Timers } from "./live/liveScheduler";
export { describeHostError, type HostProblem } from "./hostErrors";

/** True when a run failed because the workbook holds no assessment (the pane offers New assessment). */
export function isNoAssessment(error: unknown): boolean {
  return error instanceof NoAssessmentError;
}

/** Everything the taskpane asks of Excel. Components receive this, never Office.js itself. */
export interface AssessmentApi {
  create(details: AssessmentDetails): Promise<void>;
  /** Full re-score: reads answers, writes levels, Results, Action Plan and chart. */
  rescore(): Promise<RescoreOutcome>;
  /** Scores without writing (a co-author's edit, or a first look at an opened workbook). */
  read(): Promise<RescoreOutcome>;
  select(sheet: string, address: string): Promise<void>;
  /** Writes a choice made in the taskpane into its answer cell and selects the question's row. */
  answer(sheet: string, cell: string, text: string, row: string): Promise<void>;
  /** Results on screen for the projector (no gridlines or headings, zoomed to fit). */
  present(): Promise<{ zoomed: boolean }>;
  /** Undoes present(). */
  restoreView(): Promise<void>;
  /**
   * The answers' fingerprint now (compared with the last outcome's): Excel on the web does not
   * raise onChanged for a value picked from a dropdown, so live mode polls this while visible.
   */
  answersFingerprint(): Promise<string | undefined>;
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
    create: (details) =>
      run(async (context) => {
        if (!isFrameworkId(details.frameworkId))
          throw new Error(`Unknown framework '${details.frameworkId}'`);
        await createAssessment(context, getFramework(details.frameworkId), details, caps);
      }),
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
    answer: (sheet, cell, text, row) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.getRange(cell).values = [[text]];
        worksheet.activate();
        worksheet.getRange(row).select();
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
