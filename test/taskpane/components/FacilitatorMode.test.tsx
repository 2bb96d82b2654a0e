import * as React from "react";
import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ScoreResult, Timeframe } from "../../../src/core/scoring/types";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import FacilitatorMode, {
  type FacilitatorPosition,
} from "../../../src/taskpane/components/FacilitatorMode";
import { medalFramework } from "../../helpers/medalFramework";

/*
 * FacilitatorMode: one theme at a time for a workshop: a sticky header (theme n of N, Present or
 * Future, Previous/Next and the theme list with what is left), the level legend on demand, each
 * question's options (a settled choice is handed to onAnswer and shows at once), what holds the
 * theme back, and keys (T, Alt+arrows, Ctrl+Page Up/Down; plain Page Up/Down scroll).
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

/** The App's part: it keeps the position, so the view can be hidden and shown again. */
const Holder: React.FC<{
  result: ScoreResult;
  onAnswer: Answer;
  selected: string[];
  spoken: string[];
  invalid?: Set<string>;
  active?: boolean;
}> = ({ result, onAnswer, selected, spoken, invalid = new Set(), active = true }) => {
  const [position, setPosition] = React.useState<FacilitatorPosition>({
    themeIndex: 0,
    timeframe: "present",
  });
  return (
    <FacilitatorMode
      framework={framework}
      result={result}
      position={position}
      onPosition={setPosition}
      invalid={invalid}
      active={active}
      onAnswer={onAnswer}
      onSelectQuestion={(id) => selected.push(id)}
      announce={(m) => spoken.push(m)}
    />
  );
};

function render(
  onAnswer: Answer = async () => {},
  result: ScoreResult = RESULT,
  extra: { invalid?: Set<string>; active?: boolean } = {}
) {
  const selected: string[] = [];
  const spoken: string[] = [];
  const show = (next: ScoreResult, more = extra) =>
    act(() =>
      root.render(
        <FluentProvider theme={webLightTheme}>
          <Holder result={next} onAnswer={onAnswer} selected={selected} spoken={spoken} {...more} />
        </FluentProvider>
      )
    );
  show(result);
  return { selected, spoken, show };
}

const heading = () => container.querySelector("#facilitator-theme")?.textContent;
const group = (label: string) => container.querySelector(`[aria-label="${label}"]`)!;
const chosen = (label: string) =>
  group(label).querySelector<HTMLInputElement>("input:checked")?.value;
const option = (label: string, text: string) =>
  group(label).querySelector<HTMLInputElement>(`input[value="${text}"]`)!;
const button = (name: string) =>
  [...container.querySelectorAll("button")].find(
    (b) => b.getAttribute("aria-label") === name || b.textContent === name
  )!;
const key = (init: KeyboardEventInit, target: EventTarget = window) =>
  act(() => void target.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, ...init })));

describe("FacilitatorMode", () => {
  it("shows the theme: n of N, its levels, a one-line legend, options with their level", () => {
    render();
    expect(heading()).toBe("Theme 1 of 2: People People and skills");
    expect(container.textContent).toContain("Present Silver");
    expect(container.textContent).toContain("Future Gold");
    // The legend is one line until opened, in the framework's own names and number.
    const legend = container.querySelector("details")!;
    expect(legend.open).toBe(false);
    expect(legend.querySelector("summary")!.textContent).toBe("What the 3 levels mean");
    const meanings = [...container.querySelectorAll("dt")].map(
      (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`
    );
    expect(meanings).toEqual([
      "Bronze: Starting out.",
      "Silver: Under way in parts of the organisation.",
      "Gold: Everywhere, and checked.",
    ]);
    const labels = [...group("Pe-2 Present").querySelectorAll("label")].map((l) => l.textContent);
    expect(labels).toEqual(["Done in some teamsSilver", "Done everywhereGold"]);
    expect(chosen("Pe-1 Present")).toBe("Done in some teams");
    // The theme list says what is left in each theme for the timeframe being answered, first.
    const list = [...container.querySelectorAll("select option")].map((o) => o.textContent);
    expect(list).toEqual(["✓ · People People and skills", "1 left · Pl.2 Planning"]);
    expect(container.textContent).toContain("People People and skills: held at Silver by");
  });

  it("a click hands the choice to onAnswer and shows it at once, until the sheet's answers come back", async () => {
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

  it("arrow keys browse without writing; Space, Tab out or a rest settle once", async () => {
    jest.useFakeTimers();
    try {
      const answers: string[] = [];
      render(async (id, timeframe, text) => void answers.push(`${id} ${timeframe} ${text}`));
      const radios = group("Pe-1 Present");
      const arrowTo = async (text: string) => {
        await act(async () => {
          radios.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
          option("Pe-1 Present", text).click();
        });
      };
      await arrowTo("Done everywhere");
      await arrowTo("Nothing in place yet");
      await arrowTo("Done everywhere");
      expect(answers).toEqual([]);
      expect(chosen("Pe-1 Present")).toBe("Done everywhere");
      // Space settles what the arrows reached: one write.
      await act(async () =>
        radios.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }))
      );
      expect(answers).toEqual(["Pe-1 present Done everywhere"]);
      // Browsing back to the sheet's own answer and resting writes nothing.
      await arrowTo("Done in some teams");
      await act(async () => void jest.advanceTimersByTime(5000));
      expect(answers).toEqual(["Pe-1 present Done everywhere"]);
      // A rest on another option writes it.
      await arrowTo("Nothing in place yet");
      await act(async () => void jest.advanceTimersByTime(5000));
      expect(answers).toEqual([
        "Pe-1 present Done everywhere",
        "Pe-1 present Nothing in place yet",
      ]);
      // Leaving the group settles at once.
      const pe2 = group("Pe-2 Present");
      await act(async () => {
        pe2.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
        option("Pe-2 Present", "Done everywhere").click();
      });
      await act(async () => {
        option("Pe-2 Present", "Done everywhere").dispatchEvent(
          new FocusEvent("focusout", { bubbles: true, relatedTarget: document.body })
        );
      });
      expect(answers[2]).toBe("Pe-2 present Done everywhere");
    } finally {
      jest.useRealTimers();
    }
  });

  it("moves between themes by button and keys, announces it, and T switches Present and Future", () => {
    const { spoken } = render();
    expect(button("Previous theme").disabled).toBe(true);
    key({ key: "PageDown" }); // scrolls the pane; never changes the theme
    expect(heading()).toBe("Theme 1 of 2: People People and skills");
    key({ key: "PageDown", ctrlKey: true });
    expect(heading()).toBe("Theme 2 of 2: Pl.2 Planning");
    expect(spoken).toContain("Theme 2 of 2: Pl.2 Planning.");
    expect(document.activeElement?.id).toBe("facilitator-theme");
    expect(button("Next theme").disabled).toBe(true);
    key({ key: "ArrowRight", altKey: true }); // already the last theme
    expect(heading()).toBe("Theme 2 of 2: Pl.2 Planning");
    key({ key: "t" });
    expect(group("Pl-1 Future")).not.toBeNull();
    expect(spoken).toContain("Answering Future: in 2 to 3 years.");
    expect(button("FUTURE — in 2–3 years").getAttribute("aria-pressed")).toBe("true");
    key({ key: "T" });
    expect(group("Pl-1 Present")).not.toBeNull();
    key({ key: "ArrowLeft", altKey: true });
    expect(heading()).toBe("Theme 1 of 2: People People and skills");
    act(() => button("Next theme").click());
    expect(heading()).toBe("Theme 2 of 2: Pl.2 Planning");
    key({ key: "PageUp", ctrlKey: true });
    expect(heading()).toBe("Theme 1 of 2: People People and skills");
  });

  it("listens to keys only while shown", () => {
    const { show } = render();
    show(RESULT, { active: false });
    key({ key: "PageDown", ctrlKey: true });
    key({ key: "t" });
    expect(heading()).toBe("Theme 1 of 2: People People and skills");
    expect(group("Pe-1 Present")).not.toBeNull();
  });

  it("does not switch Present and Future on a T typed into the theme list", () => {
    render();
    key({ key: "t" }, container.querySelector("select")!);
    expect(container.querySelector('[aria-label="Pe-1 Present"]')).not.toBeNull();
  });

  it("flags a question whose sheet answer is not an option", () => {
    render(async () => {}, RESULT, { invalid: new Set(["Pe-2@present"]) });
    const wrapper = (label: string) => group(label).closest('[role="group"]')!;
    expect(wrapper("Pe-2 Present").textContent).toContain("not one of these options");
    expect(wrapper("Pe-1 Present").textContent).not.toContain("not one of these");
  });

  it("selects a question holding the theme back", () => {
    const { selected } = render();
    act(() =>
      container
        .querySelector<HTMLButtonElement>('[aria-label^="Select question Pe-2 in the sheet"]')!
        .click()
    );
    expect(selected).toEqual(["Pe-2"]);
  });
});
