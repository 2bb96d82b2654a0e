import * as React from "react";
import type { AssessmentDetails } from "../../core/workbook/details";
import type { AnswerInput } from "../../core/scoring/types";
import type { SegmentKey } from "../../core/benchmark/benchmark";
import {
  classifyChange,
  describeHostError,
  isNoAssessment,
  isQuestionnaireMissing,
  LiveScheduler,
  REAL_TIMERS,
  retryDelay,
  type AssessmentApi,
  type AssessmentSnapshot,
  type ExportChoices,
  type OpenableSheet,
  type ParticipantResponses,
  type RescoreOutcome,
  type Submission,
  type Timers,
} from "../../office/api";

/**
 * How often live mode compares the answers' fingerprint while the pane is visible: Excel on the
 * web raises no change event for a value picked from a dropdown (office-js #3888, #4066).
 */
export const POLL_MS = 2000;

/** The shortest wait before looking again at level cells a co-author's edit left out of date. */
const STALE_WAIT_MS = 1500;

/** Runs that failed for a passing reason (a cell being edited, Excel busy) are tried this often. */
const MAX_RETRIES = 8;

/** The sentence to show for any failure: Excel's by its code, ours as it is. */
const messageOf = (error: unknown) => describeHostError(error).message;

/**
 * loading: the first look; new: no assessment (the first run); recover: the questionnaire was
 * deleted (Excel cannot undo that: the pane offers to start it again); ready: scored.
 */
export type Phase = "loading" | "new" | "recover" | "ready";

export interface AssessmentState {
  phase: Phase;
  outcome?: RescoreOutcome;
  error?: string;
  busy: boolean;
  live: boolean;
  /** How many full re-scores ran (counted by the tests). */
  runs: number;
  /** Edits were seen since the last score and not yet scored (Live off, or a write to retry). */
  stale: boolean;
  /** Counts questionnaires made here: listening starts again on each new one's sheet. */
  generation: number;
}

/**
 * The taskpane's one connection to the workbook. Every run (manual score, live re-score, refresh
 * after a co-author's edit) goes through one LiveScheduler, so runs never overlap.
 */
export function useAssessment(api: AssessmentApi, timers?: Timers) {
  const [state, setState] = React.useState<AssessmentState>({
    phase: "loading",
    busy: false,
    live: true,
    runs: 0,
    stale: false,
    generation: 0,
  });
  const outcomeRef = React.useRef<RescoreOutcome>();
  const needsWrite = React.useRef(false);
  /** Whether the last run that was to write did (false while one failed and is pending). */
  const written = React.useRef(true);
  const update = (patch: Partial<AssessmentState>) => setState((s) => ({ ...s, ...patch }));

  // A failed run for a passing reason is tried again after a growing wait; a write that failed
  // stays pending, so the next run (retry, edit or Score now) writes.
  const retries = React.useRef(0);
  // After a co-author's edit this pane only refreshes; if their client has no add-in, nobody
  // re-scores. So a refresh that finds the level cells out of date looks again after a short
  // random wait (their add-in may be writing) and, if they still are, writes (a redraw is
  // idempotent, so two panes doing it agree).
  const refreshLook = React.useRef<"none" | "first" | "second">("none");
  const scheduler = React.useMemo(() => {
    const clock = timers ?? REAL_TIMERS;
    const live: LiveScheduler = new LiveScheduler(async () => {
      const write = needsWrite.current;
      needsWrite.current = false;
      try {
        const outcome = write ? await api.rescore() : await api.read();
        outcomeRef.current = outcome;
        if (write) written.current = true;
        retries.current = 0;
        const look = refreshLook.current;
        refreshLook.current = "none";
        if (!write && outcome.levelsStale && look === "first") {
          refreshLook.current = "second";
          clock.set(() => void live.enqueue(), STALE_WAIT_MS + Math.random() * STALE_WAIT_MS * 2);
        } else if (!write && outcome.levelsStale && look === "second") {
          needsWrite.current = true;
          void live.enqueue();
        }
        setState((s) => ({
          ...s,
          phase: "ready",
          outcome,
          error: undefined,
          runs: s.runs + (write ? 1 : 0),
          stale: write ? false : s.stale,
        }));
      } catch (error) {
        if (isQuestionnaireMissing(error)) {
          update({ phase: "recover", error: undefined });
          return;
        }
        if (write) {
          needsWrite.current = true;
          written.current = false;
        }
        const problem = describeHostError(error);
        update({ error: problem.message, ...(write ? { stale: true } : {}) });
        if (problem.transient && retries.current < MAX_RETRIES) {
          clock.set(() => void live.enqueue(), retryDelay(retries.current));
          retries.current += 1;
        }
      }
    }, clock);
    return live;
  }, [api, timers]);

  const scoreNow = React.useCallback(() => {
    needsWrite.current = true;
    return scheduler.enqueue();
  }, [scheduler]);

  // First look: does this workbook hold an assessment? Read only; nothing is written on opening.
  React.useEffect(() => {
    api.read().then(
      (outcome) => {
        outcomeRef.current = outcome;
        update({ phase: "ready", outcome });
      },
      (error: Error) =>
        update(
          isNoAssessment(error)
            ? { phase: "new" }
            : isQuestionnaireMissing(error)
              ? { phase: "recover" }
              : { phase: "ready", error: messageOf(error) }
        )
    );
  }, [api]);

  // Listen while an assessment exists (also once a first failed read is followed by a good
  // score: hence the outcome's presence among the dependencies). Live on: edits are scored.
  // Live off: they only mark the results out of date, so they are never silently stale.
  const scored = state.outcome !== undefined;
  const liveRef = React.useRef(state.live);
  liveRef.current = state.live;
  React.useEffect(() => {
    if (state.phase !== "ready" || !scored) return;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    api
      .watch((event) => {
        const verdict = classifyChange(
          event,
          outcomeRef.current?.questionnaire.answerColumns ?? [],
          outcomeRef.current?.questionnaire.detailsRows ?? 0
        );
        if (verdict === "ignore") return;
        if (!liveRef.current) {
          if (verdict === "rescore") update({ stale: true });
          return;
        }
        if (verdict === "rescore") needsWrite.current = true;
        else if (refreshLook.current === "none") refreshLook.current = "first";
        scheduler.edited();
      })
      .then(
        (remove) => (cancelled ? void remove() : (stop = remove)),
        (error: Error) => update({ error: `Live mode could not start: ${messageOf(error)}` })
      );
    // The poll: one small read every POLL_MS while visible and idle; a changed fingerprint is an
    // edit no event told us of, and is scored like one.
    const clock = timers ?? REAL_TIMERS;
    let pollHandle: unknown;
    const poll = async () => {
      const visible = typeof document === "undefined" || document.visibilityState !== "hidden";
      if (visible && scheduler.idle) {
        try {
          const now = await api.answersFingerprint();
          const known = outcomeRef.current?.questionnaire.answersFingerprint;
          if (!cancelled && now !== undefined && known !== undefined && now !== known) {
            if (!liveRef.current) update({ stale: true });
            else {
              needsWrite.current = true;
              void scheduler.enqueue();
            }
          }
        } catch {
          // Nothing to say: the next run reports what is wrong.
        }
      }
      if (!cancelled) pollHandle = clock.set(() => void poll(), POLL_MS);
    };
    pollHandle = clock.set(() => void poll(), POLL_MS);
    return () => {
      cancelled = true;
      clock.clear(pollHandle);
      scheduler.cancel();
      void stop?.();
    };
  }, [api, scheduler, state.phase, scored, state.generation, timers]);

  /** Runs a step with the pane busy; its failure is the message shown. True when it worked. */
  const whileBusy = async (step: () => Promise<boolean>): Promise<boolean> => {
    update({ busy: true, error: undefined });
    try {
      return await step();
    } catch (error) {
      update({ error: messageOf(error) });
      return false;
    } finally {
      update({ busy: false });
    }
  };
  /** Makes or remakes the questionnaire, then scores (listening starts again on its sheet). */
  const building = (step: () => Promise<void>) =>
    whileBusy(async () => {
      await step();
      setState((s) => ({ ...s, generation: s.generation + 1 }));
      await scoreNow();
      return true;
    });
  const create = (details: AssessmentDetails, options?: { replace?: boolean }) =>
    building(() => api.create(details, options));
  /** A new assessment holding a worked example's answers, to try the add-in on. */
  const createExample = (details: AssessmentDetails, answers: readonly AnswerInput[]) =>
    building(async () => {
      await api.create(details);
      await api.fillAnswers(answers);
    });
  const restart = () => building(() => api.restartQuestionnaire());

  /**
   * A choice made in facilitator mode: written to its answer cell (the sheet stays the one source
   * of truth), then scored like any edit. Writes are chained so they land in the order chosen.
   */
  const answerChain = React.useRef(Promise.resolve());
  const answer = (
    questionId: string,
    timeframe: "present" | "future",
    text: string,
    options?: { select?: boolean }
  ) => {
    const where = outcomeRef.current?.questionnaire;
    const cell = where?.answerCell(questionId, timeframe);
    const row = where?.rowAddress(questionId);
    if (!where || !cell || !row) {
      update({ error: `${questionId} is not in the questionnaire table; add its row back first.` });
      return Promise.resolve();
    }
    // A carried answer chosen (again, or another) is confirmed: its mark goes in the same write.
    const carried = outcomeRef.current?.carried.find(
      (c) => c.question === questionId && c.field === timeframe
    );
    const confirm = carried && { sheet: carried.listsSheet, address: carried.mark };
    answerChain.current = answerChain.current
      .then(() =>
        api.answer(where.sheet, cell, text, row, { ...options, ...(confirm ? { confirm } : {}) })
      )
      .then(() => scoreNow())
      .catch((error: Error) => update({ error: messageOf(error) }));
    return answerChain.current;
  };

  /**
   * Participants' answers into the Responses table, then scored (the Consensus sheet drawn, the
   * agreed answers written); true when the import was written.
   */
  const importResponses = (responses: readonly ParticipantResponses[]) =>
    whileBusy(async () => {
      await api.importResponses(responses);
      await scoreNow();
      return true;
    });

  /**
   * The facilitator's agreed answer (null: the median) written to the Consensus sheet, then
   * scored, which writes it into the Questionnaire. Chained with the answers given here, so
   * writes land in the order chosen.
   */
  const setOverride = (
    questionId: string,
    field: "present" | "future",
    text: string | null,
    reason?: string
  ) => {
    answerChain.current = answerChain.current
      .then(() => api.setOverride(questionId, field, text, reason))
      .then(() => scoreNow())
      .catch((error: Error) => update({ error: messageOf(error) }));
    return answerChain.current;
  };

  /**
   * Deletes the per-person rows (the Responses sheet) once the Consensus sheet is up to date
   * with them: scored first, and nothing is deleted if that score failed. True when deleted.
   */
  const keepCountsOnly = () =>
    whileBusy(async () => {
      await scoreNow();
      if (!written.current) return false; // the score's error is shown
      const removed = await api.keepCountsOnly();
      await scoreNow();
      return removed;
    });

  /** This cycle's snapshot saved to the History, then scored (Progress drawn); true when saved. */
  const saveSnapshot = (label: string, date: string) =>
    whileBusy(async () => {
      await api.saveSnapshot(label, date);
      await scoreNow();
      return true;
    });
  /** Last year's workbook, read in the pane, added to the History as a snapshot, then scored. */
  const addSnapshot = (snapshot: AssessmentSnapshot) =>
    whileBusy(async () => {
      await api.addSnapshot(snapshot);
      await scoreNow();
      return true;
    });
  /** This cycle's blank answers filled from the last snapshot (marked carried), then scored. */
  const startFromLastCycle = () =>
    whileBusy(async () => {
      await api.startFromLastCycle();
      await scoreNow();
      return true;
    });

  /**
   * A benchmark file (its text, read in the pane) loaded onto the lists sheet, then scored (the
   * Benchmark sheet drawn). Resolves to the problem, naming the file, when it was refused.
   */
  const loadBenchmark = async (text: string, fileName: string): Promise<string | undefined> => {
    let problem: string | undefined;
    await whileBusy(async () => {
      try {
        await api.loadBenchmark(text, fileName);
      } catch (error) {
        problem = messageOf(error);
        return false;
      }
      await scoreNow();
      return true;
    });
    return problem;
  };
  /**
   * The segment of the carried benchmark to compare with, written to the workbook, then scored
   * (the Benchmark sheet redrawn). Resolves to the problem when it was refused.
   */
  const chooseBenchmarkSegment = async (segment: SegmentKey): Promise<string | undefined> => {
    let problem: string | undefined;
    await whileBusy(async () => {
      try {
        await api.chooseBenchmarkSegment(segment);
      } catch (error) {
        problem = messageOf(error);
        return false;
      }
      await scoreNow();
      return true;
    });
    return problem;
  };
  /** The submission of the assessment as scored now, or why there is none (nothing written). */
  const exportSubmission = (
    choices: ExportChoices
  ): Promise<{ submission: Submission } | { problem: string }> =>
    api.exportSubmission(choices).then(
      (submission) => ({ submission }),
      (error: unknown) => ({ problem: messageOf(error) })
    );
  /** The submission written as a new sheet; resolves to its name (undefined when it failed). */
  const writeSubmissionSheet = async (submission: Submission) => {
    let sheet: string | undefined;
    await whileBusy(async () => {
      sheet = await api.writeSubmissionSheet(submission);
      return true;
    });
    return sheet;
  };

  return {
    state,
    create,
    loadBenchmark,
    chooseBenchmarkSegment,
    exportSubmission,
    writeSubmissionSheet,
    saveSnapshot,
    addSnapshot,
    startFromLastCycle,
    importResponses,
    setOverride,
    keepCountsOnly,
    createExample,
    restart,
    scoreNow,
    answer,
    present: () =>
      api.present().then(
        (shown) => shown,
        (error: Error) => {
          update({ error: messageOf(error) });
          return undefined;
        }
      ),
    restoreView: () =>
      api.restoreView().catch((error: Error) => update({ error: messageOf(error) })),
    /** Switching Live back on catches up with the edits made while it was off. */
    setLive: (live: boolean) => {
      update({ live });
      if (live && state.stale) void scoreNow();
    },
    openSheet: (kind: OpenableSheet) =>
      api.openSheet(kind).catch((error: Error) => update({ error: messageOf(error) })),
    select: (sheet: string, address: string) =>
      api.select(sheet, address).catch((error: Error) => update({ error: messageOf(error) })),
  };
}
