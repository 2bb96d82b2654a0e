import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { getFramework } from "../../../src/core/framework/registry";
import { officeAssessmentApi, type Timers } from "../../../src/office/api";
import { ALL_CAPABILITIES } from "../../../src/office/requirements";
import { POLL_MS, useAssessment } from "../../../src/taskpane/hooks/useAssessment";
import { createFakeExcel, FakeWorkbook } from "../../../src/testing/fakeExcel";

/*
 * Live mode on Excel on the web, where picking an answer from its dropdown raises no change
 * event: the fake's pickFromListOnTheWeb writes without one, and the pane must still follow.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
beforeEach(() => (root = createRoot(document.createElement("div"))));
afterEach(() => act(() => root.unmount()));

it("scores a dropdown pick that raised no onChanged, found by the poll", async () => {
  const book = new FakeWorkbook();
  const api = officeAssessmentApi(
    createFakeExcel(book) as unknown as typeof Excel,
    ALL_CAPABILITIES
  );
  await api.create({ frameworkId: "public", organisation: "Anytown", date: "2026-11-22" });
  await api.rescore();

  const polls: (() => void)[] = [];
  const timers: Timers = {
    set: (callback, ms) => (ms === POLL_MS ? polls.push(callback) : setTimeout(callback, ms)),
    clear: () => undefined,
  };
  const hook: { current?: ReturnType<typeof useAssessment> } = {};
  const Harness = () => ((hook.current = useAssessment(api, timers)), null);
  await act(async () => root.render(<Harness />));
  expect(hook.current!.state.phase).toBe("ready");

  const a1 = getFramework("public").question("A1")!;
  const cell = hook.current!.state.outcome!.questionnaire.answerCell("A1", "present")!;
  await book.pickFromListOnTheWeb("Questionnaire", cell, a1.options[2].text);
  // No event came: nothing ran. The poll finds the changed answers and re-scores.
  expect(hook.current!.state.runs).toBe(0);
  await act(async () => {
    polls.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
  expect(hook.current!.state.runs).toBe(1);
  const row = hook.current!.state.outcome!.result.questions.find((q) => q.id === "A1")!;
  expect(row.present.level).toBe(a1.options[2].level);
  // Once scored, the poll finds nothing new: no endless re-scoring.
  await act(async () => {
    polls.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
  expect(hook.current!.state.runs).toBe(1);
  expect(polls).toHaveLength(1); // and it keeps polling
});
