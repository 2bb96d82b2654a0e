import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { APP_TITLE } from "../../../src/taskpane/components/App";
import type { AssessmentApi } from "../../../src/office/api";
import { NoAssessmentError, QuestionnaireMissingError } from "../../../src/core/workbook/errors";
import type { RescoreOutcome } from "../../../src/office/api";
import { exampleAssessment, SURREY } from "../../../src/core/examples/workedExamples";
import { getFramework } from "../../../src/core/framework/registry";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { sampleSubmission } from "../../helpers/sampleSubmission";
import { benchmarkSummaryOf } from "../../helpers/benchmarkSummary";

// Tell React this environment flushes updates through act(), as a test renderer would.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** An API whose workbook starts empty and, once created, holds Surrey's answers. */
function stubApi({ missing = false }: { missing?: boolean } = {}) {
  let created = false;
  const framework = getFramework("public");
  const ids = framework.themes.flatMap((t) => t.questions.map((q) => q.id));
  const rowOf = (id: string) => 8 + ids.indexOf(id);
  const outcome = (): RescoreOutcome => ({
    framework,
    levelsStale: false,
    result: scoreAssessment(framework, exampleAssessment(framework, SURREY)),
    details: { frameworkId: "public", organisation: "Surrey County Council", date: "2026-11-22" },
    sheets: {
      actionPlan: { name: "Action Plan", actions: 23 },
      tracker: { name: "Action Tracker", rows: 25, open: 23 },
    },
    problems: [
      {
        message: "A3 present: 'Maybe' is not one of the options",
        sheet: "Questionnaire",
        address: "D10",
      },
    ],
    questionnaire: {
      sheet: "Questionnaire",
      answerColumns: [3, 4],
      detailsRows: 6,
      rowAddress: (id) => `A${rowOf(id)}:H${rowOf(id)}`,
      answerCell: (id, timeframe) => `${timeframe === "present" ? "D" : "E"}${rowOf(id)}`,
      answersFingerprint: "as scored",
    },
    carried: [],
    historyLabels: [],
  });
  const api: AssessmentApi & { calls: string[] } = {
    calls: [],
    create: async (_details, options) => {
      api.calls.push(options?.replace ? "create replacing" : "create");
      created = true;
    },
    rescore: async () => {
      api.calls.push("rescore");
      return outcome();
    },
    read: async () => {
      api.calls.push("read");
      if (missing) throw new QuestionnaireMissingError("The questionnaire is missing");
      if (!created)
        throw new NoAssessmentError(
          "This workbook holds no SVMI assessment yet. Start one with New assessment in the add-in, or with svmi template --into FILE.xlsx."
        );
      return outcome();
    },
    select: async (sheet, address) => void api.calls.push(`select ${sheet}!${address}`),
    answer: async (sheet, cell, text, row) =>
      void api.calls.push(`answer ${sheet}!${cell}=${text} select ${row}`),
    present: async () => {
      api.calls.push("present");
      return { zoomed: false };
    },
    restoreView: async () => void api.calls.push("restore"),
    answersFingerprint: async () => "as scored",
    watch: async () => {
      api.calls.push("watch");
      return async () => void api.calls.push("unwatch");
    },
    restartQuestionnaire: async () => {
      api.calls.push("restart");
      missing = false;
      created = true;
    },
    fillAnswers: async (answers) => void api.calls.push(`fill ${answers.length}`),
    openSheet: async (kind) => void api.calls.push(`open ${kind}`),
    importResponses: async (responses) =>
      void api.calls.push(`import ${responses.map((r) => r.participant).join(", ")}`),
    setOverride: async (question, field, text) =>
      void api.calls.push(`override ${question} ${field}=${text ?? "median"}`),
    keepCountsOnly: async () => {
      api.calls.push("keep counts only");
      return true;
    },
    saveSnapshot: async (label, date) => void api.calls.push(`snapshot ${label} ${date}`),
    addSnapshot: async (snapshot) => void api.calls.push(`add snapshot ${snapshot.label}`),
    startFromLastCycle: async () => {
      api.calls.push("start from last cycle");
      return { from: "2025-26", carried: 3, kept: 0 };
    },
    loadBenchmark: async (_text, fileName) => {
      api.calls.push(`load benchmark ${fileName}`);
      return benchmarkSummaryOf();
    },
    chooseBenchmarkSegment: async (segment) =>
      void api.calls.push(`compare with ${JSON.stringify(segment)}`),
    exportSubmission: async (choices) => {
      api.calls.push(`export ${choices.org.type}`);
      return sampleSubmission();
    },
    writeSubmissionSheet: async () => {
      api.calls.push("write submission");
      return "Survey submission";
    },
  };
  return api;
}

describe("App", () => {
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const render = async (api: AssessmentApi) => {
    await act(async () =>
      root.render(
        <FluentProvider theme={webLightTheme}>
          <App api={api} today="2026-11-22" />
        </FluentProvider>
      )
    );
  };
  const button = (text: string) =>
    [...container.querySelectorAll("button")].find((b) =>
      b.textContent?.includes(text)
    ) as HTMLButtonElement;

  test("offers New assessment on a workbook without one, and checks the form", async () => {
    const api = stubApi();
    await render(api);
    expect(container.querySelector("h1")?.textContent).toBe(APP_TITLE);
    expect(container.textContent).toContain("New assessment");
    // What the add-in is, and what Create will add to the workbook.
    expect(container.textContent).toContain("Create adds a Questionnaire sheet");
    await act(async () => button("Create questionnaire").click());
    expect(container.textContent).toContain("Enter the organisation's name.");
    expect(api.calls).toEqual(["read"]);
  });

  test("after creating, scores once, shows levels and problems, and selects a problem's cell", async () => {
    const api = stubApi();
    await render(api);
    const organisation = [...container.querySelectorAll("label")].find((l) =>
      l.textContent?.startsWith("Organisation")
    )!;
    const input = document.getElementById(organisation.htmlFor) as HTMLInputElement;
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setValue.call(input, "Surrey County Council");
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await act(async () => button("Create questionnaire").click());
    expect(api.calls.slice(0, 3)).toEqual(["read", "create", "rescore"]);
    expect(container.textContent).toContain("Present PerformanceMaturemean 2.4");
    expect(container.textContent).toContain("Future TargetLeadermean 3.2");
    expect(container.textContent).toContain(
      "C Measurement: Themes, Outcomes and MeasuresPresentMatureFutureInnovator"
    );
    // The next step is said, and has focus.
    expect(document.activeElement?.textContent).toContain("Questionnaire created. Next:");
    // The status strip: the answer that is not an option, apart from the unanswered.
    const status = container.querySelector('[aria-label="Status"]')!.textContent;
    expect(status).toContain("1 answer needs fixing");
    expect(status).toContain("All answered");
    expect(status).toContain("Up to date");
    // The sheets the scoring keeps, with what they hold.
    expect(container.textContent).toContain("Open Action Plan (23 actions from present to future)");
    expect(container.textContent).toContain("Open Action Tracker (25 rows, 23 still to do)");
    await act(async () => button("Open Action Tracker").click());
    expect(api.calls).toContain("open tracker");
    await act(async () => button("Select D10").click());
    expect(api.calls).toContain("select Questionnaire!D10");
    expect(api.calls).toContain("watch"); // live mode is on by default once an assessment exists
  });

  test("facilitator mode writes choices to their cells and moves by keyboard", async () => {
    const api = stubApi();
    await render(api);
    await act(async () => {
      const organisation = [...container.querySelectorAll("label")].find((l) =>
        l.textContent?.startsWith("Organisation")
      )!;
      const input = document.getElementById(organisation.htmlFor) as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, "X");
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await act(async () => button("Create questionnaire").click());
    const tab = (text: string) =>
      [...container.querySelectorAll('[role="tab"]')].find((t) =>
        t.textContent?.startsWith(text)
      ) as HTMLElement;
    await act(async () => tab("Facilitator mode").click());
    const heading = () => container.querySelector("#facilitator-theme")?.textContent;
    expect(heading()).toBe("Theme 1 of 10: A Policy & Scope");
    // Surrey's present answer to A1 is shown as chosen.
    const a1 = container.querySelector('[aria-label="A1 Present"]')!;
    const checked = () => (a1.querySelector("input:checked") as HTMLInputElement | null)?.value;
    const framework = getFramework("public");
    const a1Options = framework.themes[0].questions[0].options;
    const surreyA1 = scoreAssessment(framework, exampleAssessment(framework, SURREY)).questions[0];
    expect(checked()).toBe(a1Options.find((o) => o.level === surreyA1.present.level)!.text);
    // Choosing another option writes its cell and selects the row, then scores.
    const first = a1.querySelectorAll("input")[0] as HTMLInputElement;
    await act(async () => first.click());
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    expect(api.calls).toContain(`answer Questionnaire!D8=${a1Options[0].text} select A8:H8`);
    expect(api.calls[api.calls.length - 1]).toBe("rescore");
    // T switches to Future; Alt+Right goes to the next theme.
    const section = window;
    await act(async () =>
      section.dispatchEvent(new KeyboardEvent("keydown", { key: "t", bubbles: true }))
    );
    expect(container.querySelector('[aria-label="A1 Future"]')).not.toBeNull();
    await act(async () =>
      section.dispatchEvent(
        new KeyboardEvent("keydown", { key: "ArrowRight", altKey: true, bubbles: true })
      )
    );
    expect(heading()).toBe("Theme 2 of 10: B Internal Management");
    // Results and back: the facilitator is still on theme B.
    await act(async () => tab("Results").click());
    await act(async () => tab("Facilitator mode").click());
    expect(heading()).toBe("Theme 2 of 10: B Internal Management");
    // Surrey's future B is Innovator (nothing holds it back); its present is Leader.
    expect(container.textContent).toContain("Innovator, nothing holds it back.");
    await act(async () =>
      section.dispatchEvent(new KeyboardEvent("keydown", { key: "T", bubbles: true }))
    );
    // What holds the theme back: each question selects its row.
    const holder = [...container.querySelectorAll("button")].find((b) =>
      b.getAttribute("aria-label")?.startsWith("Select question B")
    )!;
    await act(async () => holder.click());
    expect(api.calls.some((c) => /^select Questionnaire!A\d+:H\d+$/.test(c))).toBe(true);
  });
});

describe("App: recovery, starting again and the worked example", () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });
  const render = (api: AssessmentApi) =>
    act(async () => root.render(<App api={api} today="2026-11-22" />));
  const button = (text: string) =>
    [...container.querySelectorAll("button")].find((b) =>
      b.textContent?.includes(text)
    ) as HTMLButtonElement;
  const moreButton = () =>
    container.querySelector<HTMLButtonElement>('button[aria-label="More options"]')!;
  const typeOrganisation = (text: string) =>
    act(async () => {
      const label = [...container.querySelectorAll("label")].find((l) =>
        l.textContent?.startsWith("Organisation")
      )!;
      const input = document.getElementById(label.htmlFor) as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, text);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    });

  test("a deleted questionnaire: says what happened and starts it again", async () => {
    const api = stubApi({ missing: true });
    await render(api);
    expect(container.textContent).toContain("The Questionnaire sheet is missing");
    expect(container.textContent).toContain("Excel cannot undo deleting a sheet");
    await act(async () => button("Start the questionnaire again").click());
    expect(api.calls).toEqual(["read", "restart", "rescore", "watch"]);
    expect(container.querySelector('[aria-label="Levels by theme"]')).not.toBeNull();
  });

  test("the worked example: one click creates, fills and scores", async () => {
    const api = stubApi();
    await render(api);
    await act(async () => button("Try the worked example").click());
    expect(api.calls.slice(0, 4)).toEqual(["read", "create", "fill 60", "rescore"]);
    expect(document.activeElement?.textContent).toContain("The worked example is filled in");
  });

  test("start a new assessment: behind More and a confirmation, and it can be called off", async () => {
    const api = stubApi();
    await render(api);
    await typeOrganisation("Anytown");
    await act(async () => button("Create questionnaire").click());
    await act(async () => moreButton().click());
    await act(async () => button("Start a new assessment / change framework").click());
    expect(container.textContent).toContain("Nothing is deleted");
    await act(async () => button("Cancel").click());
    expect(container.textContent).not.toContain("Nothing is deleted");
    await act(async () => button("Start a new assessment / change framework").click());
    await act(async () => button("Yes, start a new assessment").click());
    // The form, with a way back; no introduction this time.
    expect(container.textContent).not.toContain("Create adds a Questionnaire sheet");
    await act(async () => button("Cancel: keep the current assessment").click());
    expect(container.querySelector('[aria-label="Levels by theme"]')).not.toBeNull();
    await act(async () => moreButton().click());
    await act(async () => button("Start a new assessment / change framework").click());
    await act(async () => button("Yes, start a new assessment").click());
    await typeOrganisation("Anytown");
    await act(async () => button("Create questionnaire").click());
    expect(api.calls).toContain("create replacing");
    expect(document.activeElement?.textContent).toContain("Questionnaire created. Next:");
  });
});

describe("the pane's footer", () => {
  it("links the help, privacy and support pages beside it", async () => {
    const container = document.createElement("div");
    const footerRoot = createRoot(container);
    await act(async () => footerRoot.render(<App api={stubApi()} missingFeatures={[]} />));
    const links = [...container.querySelectorAll("footer a")].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["help.html", "privacy.html", "support.html"]);
    await act(async () => footerRoot.unmount());
  });
});
