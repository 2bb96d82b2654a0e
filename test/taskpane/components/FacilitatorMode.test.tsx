import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ScoreResult, Timeframe } from "../../../src/core/scoring/types";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { FacilitatorMode } from "../../../src/taskpane/components/FacilitatorMode";
import { medalFramework } from "../../helpers/medalFramework";

/*
 * FacilitatorMode: one theme at a time for a workshop: what the levels mean, each question's
 * options as labelled choices for Present or Future (a choice is handed to onAnswer and shows at
 * once), progress, what holds the theme back, and keys to move (T, Page Up/Down, Alt+arrows).
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Medal: People (Pe-1 Bronze..Gold, Pe-2 Silver..Gold) and Pl.2 (Pl-1 Bronze..Gold).
const framework = medalFramework();
const RESULT = scoreAssessment(framework, {
  answers: [
    { question: "Pe-1", present: "Done in some teams", future: "Done everywhere" },
    { question: "Pe-2", present: "Done in some teams", future: "Done everywhere" },
    { question: "Pl-1", present: null, future: "Done in some teams" },
  ],
});

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

type Answer = (id: string, timeframe: Timeframe, text: string) => Promise<void>;

function render(onAnswer: Answer = async () => {}, result: ScoreResult = RESULT) {
  const selected: string[] = [];
  const show = (next: ScoreResult) =>
    act(() =>
      root.render(
        <FluentProvider theme={webLightTheme}>
          <FacilitatorMode
            framework={framework}
            result={next}
            onAnswer={onAnswer}
            onSelectQuestion={(id) => selected.push(id)}
          />
        </FluentProvider>
      )
    );
  show(result);
  return { selected, show };
}

const heading = () => container.querySelector("#facilitator-theme")?.textContent;
const group = (label: string) => container.querySelector(`[aria-label="${label}"]`)!;
const chosen = (label: string) =>
  group(label).querySelector<HTMLInputElement>("input:checked")?.value;
const option = (label: string, text: string) =>
  group(label).querySelector<HTMLInputElement>(`input[value="${text}"]`)!;
const button = (text: string) =>
  [...container.querySelectorAll("button")].find((b) => b.textContent === text)!;
const key = (init: KeyboardEventInit, target: EventTarget = window) =>
  act(() => void target.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, ...init })));

describe("FacilitatorMode", () => {
  it("shows the first theme: its levels, what the levels mean, options in level names and progress", () => {
    render();
    expect(heading()).toBe("Theme People of 2: People and skills");
    expect(container.textContent).toContain("Present: Silver Future: Gold");
    const meanings = [...container.querySelectorAll("dt")].map(
      (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`
    );
    expect(meanings).toEqual([
      "Bronze: Starting out.",
      "Silver: Under way in parts of the organisation.",
      "Gold: Everywhere, and checked.",
    ]);
    // 2 present and 3 future answers of 6; only People has both levels.
    expect(container.textContent).toContain("5 of 6 answers given; 1 of 2 themes complete");
    const labels = [...group("Pe-2 Present").querySelectorAll("label")].map((l) => l.textContent);
    expect(labels).toEqual(["Silver: Done in some teams", "Gold: Done everywhere"]);
    expect(chosen("Pe-1 Present")).toBe("Done in some teams");
    expect(container.textContent).toContain("People People and skills: held at Silver by");
    expect(container.textContent).not.toContain("Overall");
  });

  it("hands a choice to onAnswer and shows it at once, until the sheet's answers come back", async () => {
    let written = () => {};
    const answers: string[] = [];
    const { show } = render(async (id, timeframe, text) => {
      answers.push(`${id} ${timeframe} ${text}`);
      await new Promise<void>((resolve) => (written = resolve));
    });
    await act(async () => option("Pe-1 Present", "Done everywhere").click());
    expect(answers).toEqual(["Pe-1 present Done everywhere"]);
    expect(chosen("Pe-1 Present")).toBe("Done everywhere");
    // A score arriving while the choice is still being written does not pull it back.
    show({ ...RESULT });
    expect(chosen("Pe-1 Present")).toBe("Done everywhere");
    // Once written, what shows is the score: here the sheet still says Silver.
    await act(async () => written());
    expect(chosen("Pe-1 Present")).toBe("Done in some teams");
  });

  it("moves between themes by button and keys, and T switches Present and Future", () => {
    render();
    expect(button("Previous theme").disabled).toBe(true);
    key({ key: "PageDown" });
    expect(heading()).toBe("Theme Pl.2 of 2: Planning");
    expect(button("Next theme").disabled).toBe(true);
    key({ key: "ArrowRight", altKey: true }); // already the last theme
    expect(heading()).toBe("Theme Pl.2 of 2: Planning");
    expect(chosen("Pl-1 Present")).toBeUndefined(); // unanswered
    key({ key: "t" });
    expect(chosen("Pl-1 Future")).toBe("Done in some teams");
    key({ key: "T" });
    expect(group("Pl-1 Present")).not.toBeNull();
    key({ key: "ArrowLeft", altKey: true });
    expect(heading()).toBe("Theme People of 2: People and skills");
    act(() => button("Next theme").click());
    expect(heading()).toBe("Theme Pl.2 of 2: Planning");
    key({ key: "PageUp" });
    expect(heading()).toBe("Theme People of 2: People and skills");
  });

  it("does not switch Present and Future on a T typed into the theme list", () => {
    render();
    const list = container.querySelector("select")!;
    key({ key: "t" }, list);
    expect(container.querySelector('[aria-label="Pe-1 Present"]')).not.toBeNull();
  });

  it("selects a question holding the theme back", () => {
    const { selected } = render();
    act(() =>
      container
        .querySelector<HTMLButtonElement>('[aria-label="Select question Pe-2 in the sheet"]')!
        .click()
    );
    expect(selected).toEqual(["Pe-2"]);
  });
});
