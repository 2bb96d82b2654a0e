import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { NoAssessmentError, QuestionnaireMissingError } from "../../../src/core/workbook/errors";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import type { AssessmentApi, ChangeEvent, RescoreOutcome, Timers } from "../../../src/office/api";
import { POLL_MS, useAssessment } from "../../../src/taskpane/hooks/useAssessment";
import { medalFramework } from "../../helpers/medalFramework";
import { sampleSubmission } from "../../helpers/sampleSubmission";
import { benchmarkSummaryOf } from "../../helpers/benchmarkSummary";

/*
 * useAssessment: the taskpane's connection to the workbook through an AssessmentApi. It reads on
 * opening (never writes), creates, scores on demand and live (a local edit of an answer re-scores
 * after a quiet period, a co-author's only refreshes), writes facilitator choices in order, and
 * turns every failure into the message the pane shows.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const framework = medalFramework();
const IDS = ["Pe-1", "Pe-2", "Pl-1"];
const rowOf = (id: string) => 8 + IDS.indexOf(id);
const OUTCOME: RescoreOutcome = {
  framework,
  result: scoreAssessment(framework, { answers: [] }),
  details: { frameworkId: framework.id, organisation: "Anytown Council", date: "2026-11-22" },
  problems: [],
  levelsStale: false,
  sheets: {},
  questionnaire: {
    sheet: "Questionnaire",
    answerColumns: [3, 4],
    detailsRows: 6,
    rowAddress: (id) => (IDS.includes(id) ? `A${rowOf(id)}:H${rowOf(id)}` : undefined),
    answersFingerprint: "as scored",
    answerCell: (id, tf) =>
      IDS.includes(id) ? `${tf === "present" ? "D" : "E"}${rowOf(id)}` : undefined,
  },
  carried: [],
  historyLabels: [],
};

/** An API recording its calls; `fail` makes a call reject with that error. */
function stubApi(fail: Partial<Record<keyof AssessmentApi, Error>> = {}) {
  const calls: string[] = [];
  const fingerprint = { now: "as scored" };
  let onChange: (event: ChangeEvent) => void = () => {};
  const call = async <T,>(name: keyof AssessmentApi, text: string, value: T): Promise<T> => {
    calls.push(text);
    if (fail[name]) throw fail[name];
    return value;
  };
  const api: AssessmentApi = {
    create: () => call("create", "create", undefined),
    rescore: () => call("rescore", "rescore", OUTCOME),
    read: () => call("read", "read", OUTCOME),
    select: (sheet, address) => call("select", `select ${sheet}!${address}`, undefined),
    answer: (sheet, cell, text, row) =>
      call("answer", `answer ${sheet}!${cell}=${text} (${row})`, undefined),
    present: () => call("present", "present", { zoomed: true }),
    restoreView: () => call("restoreView", "restore", undefined),
    answersFingerprint: () => call("answersFingerprint", "fingerprint", fingerprint.now),
    watch: async (listener) => {
      onChange = listener;
      return call("watch", "watch", async () => void calls.push("unwatch"));
    },
    restartQuestionnaire: () => call("restartQuestionnaire", "restart", undefined),
    fillAnswers: (answers) => call("fillAnswers", `fill ${answers.length}`, undefined),
    openSheet: (kind) => call("openSheet", `open ${kind}`, undefined),
    importResponses: (responses) =>
      call(
        "importResponses",
        `import ${responses.map((r) => r.participant).join(", ")}`,
        undefined
      ),
    setOverride: (question, field, text, reason) =>
      call(
        "setOverride",
        `override ${question} ${field}=${text ?? "median"}${reason ? ` (${reason})` : ""}`,
        undefined
      ),
    keepCountsOnly: () => call("keepCountsOnly", "keep counts only", true),
    saveSnapshot: (label, date) => call("saveSnapshot", `snapshot ${label} ${date}`, undefined),
    addSnapshot: (snapshot) => call("addSnapshot", `add snapshot ${snapshot.label}`, undefined),
    startFromLastCycle: () =>
      call("startFromLastCycle", "start from last cycle", { from: "2025-26", carried: 3, kept: 0 }),
    loadBenchmark: (_text, fileName) =>
      call("loadBenchmark", `load benchmark ${fileName}`, benchmarkSummaryOf()),
    chooseBenchmarkSegment: (segment) =>
      call("chooseBenchmarkSegment", `compare with ${JSON.stringify(segment)}`, undefined),
    exportSubmission: (choices) =>
      call("exportSubmission", `export ${choices.org.type}`, sampleSubmission()),
    writeSubmissionSheet: () =>
      call("writeSubmissionSheet", "write submission", "Survey submission"),
  };
  return { api, calls, fingerprint, edit: (event: ChangeEvent) => onChange(event) };
}

/**
 * Timers fired by the test: the quiet period ends when it says so. The live poll's timer is kept
 * apart (count() leaves it out; firePoll() fires it alone).
 */
function manualTimers() {
  let waiting = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    set: (callback, ms) => (waiting.set(++next, { callback, ms }), next),
    clear: (handle) => void waiting.delete(handle as number),
  };
  const fireWhere = (which: (ms: number) => boolean) =>
    act(async () => {
      const due = [...waiting].filter(([, t]) => which(t.ms));
      for (const [handle] of due) waiting.delete(handle);
      due.forEach(([, t]) => t.callback());
    });
  const fire = () => fireWhere((ms) => ms !== POLL_MS);
  const firePoll = () => fireWhere((ms) => ms === POLL_MS);
  const count = () => [...waiting.values()].filter((t) => t.ms !== POLL_MS).length;
  return { timers, fire, firePoll, count };
}

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("div");
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));
// Excel errors are logged for support; not here.
beforeAll(() => jest.spyOn(console, "warn").mockImplementation(() => undefined));
afterAll(() => jest.restoreAllMocks());

async function mount(api: AssessmentApi, timers?: Timers) {
  const hook: { current?: ReturnType<typeof useAssessment> } = {};
  const Harness = () => {
    hook.current = useAssessment(api, timers);
    return null;
  };
  await act(async () => root.render(<Harness />));
  return () => hook.current!;
}

describe("useAssessment", () => {
  it("reads on opening, without writing, and starts live mode", async () => {
    const { api, calls } = stubApi();
    const hook = await mount(api);
    expect(hook().state).toMatchObject({ phase: "ready", outcome: OUTCOME, runs: 0, live: true });
    expect(calls).toEqual(["read", "watch"]);
  });

  it("offers New assessment on a workbook without one, and shows any other failure", async () => {
    const none = stubApi({ read: new NoAssessmentError("holds no SVMI assessment") });
    const fresh = await mount(none.api);
    expect(fresh().state.phase).toBe("new");
    expect(fresh().state.error).toBeUndefined();
    expect(none.calls).toEqual(["read"]);
    const broken = stubApi({ read: new Error("The questionnaire is missing") });
    expect((await mount(broken.api))().state).toMatchObject({
      phase: "ready",
      error: "The questionnaire is missing",
    });
    expect(broken.calls).toEqual(["read"]); // nothing to watch
  });

  it("starts live mode once a score succeeds after a failed first read (found in review)", async () => {
    const { api, calls } = stubApi();
    const read = api.read;
    api.read = async () => {
      calls.push("read");
      throw new Error("The questionnaire is missing");
    };
    const hook = await mount(api);
    expect(calls).toEqual(["read"]);
    api.read = read;
    await act(() => hook().scoreNow());
    expect(calls).toEqual(["read", "rescore", "watch"]);
  });

  it("keeps a write pending when Excel is busy, says so, and tries again after a wait", async () => {
    const { api, calls } = stubApi();
    const { timers, fire, count } = manualTimers();
    const hook = await mount(api, timers);
    let failures = 1;
    const rescore = api.rescore;
    api.rescore = async () => {
      if (failures-- > 0) {
        calls.push("rescore (busy)");
        throw Object.assign(new Error("localised"), { code: "InvalidOperationInCellEditMode" });
      }
      return rescore();
    };
    await act(() => hook().scoreNow());
    expect(hook().state.error).toMatch(/Finish editing the cell/);
    expect(hook().state.runs).toBe(0);
    expect(count()).toBe(1); // the retry waits
    await fire();
    expect(calls.filter((c) => c.startsWith("rescore"))).toEqual(["rescore (busy)", "rescore"]);
    expect(hook().state).toMatchObject({ runs: 1, error: undefined });
  });

  it("does not retry a failure that will not pass, but still writes on the next run", async () => {
    const { api, calls } = stubApi();
    const { timers, count } = manualTimers();
    const hook = await mount(api, timers);
    const rescore = api.rescore;
    api.rescore = async () => {
      calls.push("rescore (protected)");
      throw Object.assign(new Error("x"), { code: "AccessDenied" });
    };
    await act(() => hook().scoreNow());
    expect(hook().state.error).toMatch(/protected/);
    expect(count()).toBe(0);
    api.rescore = rescore;
    await act(() => hook().scoreNow());
    expect(hook().state.runs).toBe(1);
  });

  it("live: scores an answer no event told of, found by the poll (a dropdown pick on the web)", async () => {
    const { api, calls, fingerprint } = stubApi();
    const { timers, firePoll } = manualTimers();
    const hook = await mount(api, timers);
    await firePoll();
    expect(calls).toEqual(["read", "watch", "fingerprint"]); // unchanged: nothing to do
    fingerprint.now = "after a pick";
    await firePoll();
    expect(calls.slice(3)).toEqual(["fingerprint", "rescore"]);
    expect(hook().state.runs).toBe(1);
  });

  it("writes after a co-author's edit nobody re-scored: level cells still stale after a second look", async () => {
    const { api, calls, edit } = stubApi();
    const { timers, fire } = manualTimers();
    const hook = await mount(api, timers);
    api.read = async () => (calls.push("read"), { ...OUTCOME, levelsStale: true });
    edit({ address: "D8", source: "Remote" });
    await fire(); // the quiet period: a refresh (read) finds the levels out of date
    expect(calls.slice(2)).toEqual(["read"]);
    await fire(); // the random wait: a second look, still out of date, so this pane writes
    expect(calls.slice(2)).toEqual(["read", "read", "rescore"]);
    expect(hook().state.runs).toBe(1);
  });

  it("does not write when the co-author's own add-in scored meanwhile", async () => {
    const { api, calls, edit } = stubApi();
    const { timers, fire } = manualTimers();
    await mount(api, timers);
    let stale = true;
    api.read = async () => (calls.push("read"), { ...OUTCOME, levelsStale: stale });
    edit({ address: "D8", source: "Remote" });
    await fire();
    stale = false; // their add-in wrote the levels
    await fire();
    expect(calls.slice(2)).toEqual(["read", "read"]);
  });

  it("creates, then scores once; a failure is shown and the form is free again", async () => {
    const { api, calls } = stubApi({ read: new NoAssessmentError("none yet") });
    const hook = await mount(api);
    await act(() => hook().create(OUTCOME.details));
    expect(calls.slice(0, 3)).toEqual(["read", "create", "rescore"]);
    expect(hook().state).toMatchObject({ phase: "ready", runs: 1, busy: false });
    const failing = stubApi({
      read: new NoAssessmentError("none yet"),
      create: new Error("This workbook already holds an SVMI assessment"),
    });
    const other = await mount(failing.api);
    await act(() => other().create(OUTCOME.details));
    expect(failing.calls).toEqual(["read", "create"]);
    expect(other().state).toMatchObject({
      phase: "new",
      busy: false,
      error: "This workbook already holds an SVMI assessment",
    });
  });

  it("live: re-scores after a burst of answer edits, refreshes for a co-author, ignores the rest", async () => {
    const { api, calls, edit } = stubApi();
    const { timers, fire, count } = manualTimers();
    const hook = await mount(api, timers);
    edit({ address: "F8", source: "Local" }); // a level cell: the add-in's own column
    expect(count()).toBe(0);
    edit({ address: "D8", source: "Local" });
    edit({ address: "E9", source: "Local" });
    expect(count()).toBe(1); // the second edit restarted the quiet period
    await fire();
    expect(calls.slice(2)).toEqual(["rescore"]);
    expect(hook().state.runs).toBe(1);
    edit({ address: "D8:E8", source: "Remote" });
    await fire();
    expect(calls.slice(3)).toEqual(["read"]);
    expect(hook().state.runs).toBe(1);
    // Live off: edits are still heard, and only mark the results out of date.
    await act(async () => hook().setLive(false));
    expect(calls.at(-1)).toBe("read");
    await act(async () => edit({ address: "D8", source: "Local" }));
    await fire();
    expect(calls.at(-1)).toBe("read");
    expect(hook().state.stale).toBe(true);
    // Back on: it catches up at once with one re-score.
    await act(async () => hook().setLive(true));
    expect(calls.at(-1)).toBe("rescore");
    expect(hook().state).toMatchObject({ stale: false, runs: 2 });
  });

  it("live off: an answer found by the poll marks the results out of date, nothing is scored", async () => {
    const { api, calls, fingerprint } = stubApi();
    const { timers, firePoll } = manualTimers();
    const hook = await mount(api, timers);
    await act(async () => hook().setLive(false));
    fingerprint.now = "edited";
    await firePoll();
    expect(calls.filter((c) => c === "rescore")).toEqual([]);
    expect(hook().state.stale).toBe(true);
  });

  it("a deleted questionnaire leads to recovery, and starting again scores and listens anew", async () => {
    const { api, calls } = stubApi({
      read: new QuestionnaireMissingError("The questionnaire is missing"),
    });
    const hook = await mount(api);
    expect(hook().state.phase).toBe("recover");
    expect(hook().state.error).toBeUndefined();
    expect(calls).toEqual(["read"]);
    await act(async () => void (await hook().restart()));
    expect(calls).toEqual(["read", "restart", "rescore", "watch"]);
    expect(hook().state).toMatchObject({ phase: "ready", runs: 1 });
  });

  it("the worked example: creates, fills the answers in one call, then scores", async () => {
    const { api, calls } = stubApi({ read: new NoAssessmentError("none yet") });
    const hook = await mount(api);
    const done = await act(() =>
      hook().createExample(OUTCOME.details, [{ question: "Pe-1", present: "x", future: "y" }])
    );
    expect(done).toBe(true);
    expect(calls.slice(0, 4)).toEqual(["read", "create", "fill 1", "rescore"]);
  });

  it("replacing an assessment listens on the new questionnaire's sheet", async () => {
    const { api, calls } = stubApi();
    const hook = await mount(api);
    await act(() => hook().create(OUTCOME.details, { replace: true }));
    expect(calls).toEqual(["read", "watch", "create", "rescore", "unwatch", "watch"]);
  });

  it("writes facilitator choices in the order chosen, each followed by a score", async () => {
    const { api, calls } = stubApi();
    const hook = await mount(api);
    await act(async () => {
      void hook().answer("Pe-1", "present", "Done everywhere");
      await hook().answer("Pl-1", "future", "Done in some teams");
    });
    expect(calls.slice(2)).toEqual([
      "answer Questionnaire!D8=Done everywhere (A8:H8)",
      "rescore",
      "answer Questionnaire!E10=Done in some teams (A10:H10)",
      "rescore",
    ]);
    await act(() => hook().answer("X9", "present", "Done everywhere"));
    expect(hook().state.error).toBe(
      "X9 is not in the questionnaire table; add its row back first."
    );
    expect(calls).toHaveLength(6);
  });

  it("turns failures of scoring, presenting and selecting into the message shown", async () => {
    const { api } = stubApi({
      rescore: new Error("The questionnaire is missing"),
      present: new Error("Score the assessment first"),
      select: new Error("ItemNotFound"),
    });
    const hook = await mount(api);
    await act(() => hook().scoreNow());
    expect(hook().state).toMatchObject({ outcome: OUTCOME, runs: 0 });
    expect(hook().state.error).toBe("The questionnaire is missing");
    let shown: unknown = "not yet";
    await act(async () => void (shown = await hook().present()));
    expect(shown).toBeUndefined();
    expect(hook().state.error).toBe("Score the assessment first");
    await act(() => hook().select("Gone", "A1"));
    expect(hook().state.error).toBe("ItemNotFound");
  });

  it("clears the message after a run that succeeds", async () => {
    const { api, calls } = stubApi();
    const hook = await mount(api);
    await act(() => hook().answer("X9", "present", "Done everywhere"));
    expect(hook().state.error).toBeDefined();
    await act(() => hook().scoreNow());
    expect(calls.at(-1)).toBe("rescore");
    expect(hook().state.error).toBeUndefined();
    expect(hook().state.runs).toBe(1);
    expect(await hook().present()).toEqual({ zoomed: true });
  });

  it("imports participants' answers, then scores; an override is written, then scored, in order", async () => {
    const { api, calls } = stubApi();
    const hook = await mount(api);
    let written: boolean | undefined;
    await act(async () => {
      written = await hook().importResponses([{ participant: "Ana", rows: [] }]);
    });
    expect(written).toBe(true);
    await act(async () => {
      void hook().setOverride("Pe-1", "present", "Done everywhere", "seen");
      await hook().setOverride("Pe-1", "future", null);
    });
    expect(calls.slice(2)).toEqual([
      "import Ana",
      "rescore",
      "override Pe-1 present=Done everywhere (seen)",
      "rescore",
      "override Pe-1 future=median",
      "rescore",
    ]);
    expect(hook().state.busy).toBe(false);
  });

  it("keeps counts only after a score that worked, and scores again; not after one that failed", async () => {
    const { api, calls } = stubApi();
    const hook = await mount(api);
    let removed: boolean | undefined;
    await act(async () => void (removed = await hook().keepCountsOnly()));
    expect(removed).toBe(true);
    expect(calls.slice(2)).toEqual(["rescore", "keep counts only", "rescore"]);
    const failing = stubApi({ rescore: Object.assign(new Error("x"), { code: "AccessDenied" }) });
    const other = await mount(failing.api);
    await act(async () => void (removed = await other().keepCountsOnly()));
    expect(removed).toBe(false);
    expect(failing.calls).not.toContain("keep counts only");
    expect(other().state.error).toMatch(/protected/);
  });

  it("says why an import failed, and that nothing was written", async () => {
    const { api } = stubApi({
      importResponses: new Error("The Responses table has no Question column"),
    });
    const hook = await mount(api);
    let written: boolean | undefined;
    await act(async () => void (written = await hook().importResponses([])));
    expect(written).toBe(false);
    expect(hook().state.error).toBe("The Responses table has no Question column");
  });
});
