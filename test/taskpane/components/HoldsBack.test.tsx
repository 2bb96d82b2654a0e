import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Timeframe } from "../../../src/core/scoring/types";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { HoldsBack } from "../../../src/taskpane/components/HoldsBack";
import { medalFramework } from "../../helpers/medalFramework";

/*
 * HoldsBack: for each theme, the core's message (in the framework's own level names) and the
 * questions holding it back, each a button that selects its row; and, for all themes, how far the
 * overall level is from the next.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Medal levels: Bronze 0, Silver 1, Gold 2 (the top). Present: People at Silver (both questions
// at Silver), Planning unanswered. Future: People at Gold, Planning at Silver; mean 1.5.
const framework = medalFramework();
const result = scoreAssessment(framework, {
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

function render(timeframe: Timeframe, theme?: string) {
  const selected: string[] = [];
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <HoldsBack
          framework={framework}
          result={result}
          timeframe={timeframe}
          theme={theme}
          onSelectQuestion={(id) => selected.push(id)}
        />
      </FluentProvider>
    )
  );
  const items = [...container.querySelectorAll("li")].map((li) => ({
    message: li.querySelector("span")!.textContent,
    buttons: [...li.querySelectorAll("button")].map((b) => b.textContent),
  }));
  return { selected, items, section: container.querySelector("details")! };
}

describe("HoldsBack", () => {
  it("lists each theme's message and the questions holding it, under its own heading", () => {
    const { items, section } = render("present");
    expect(section.querySelector("summary h2")?.textContent).toBe("What holds us back (Present)");
    expect(section.open).toBe(false); // opens on demand
    expect(section.querySelector("p")?.textContent).toBe(
      "Overall: Provisional: no overall level until you answer every question of theme Pl.2."
    );
    expect(items).toEqual([
      { message: "People People and skills: held at Silver by", buttons: ["Pe-1", "Pe-2"] },
      { message: "Pl.2 Planning: no level until these are answered:", buttons: ["Pl-1"] },
    ]);
  });

  it("says how far the overall is from the next level, and when a theme is at the top", () => {
    const { items, section } = render("future");
    expect(section.querySelector("p")?.textContent).toBe(
      "Overall: 0.5 short of Gold: raise the one theme below Gold one level."
    );
    expect(items).toEqual([
      { message: "People People and skills: Gold, nothing holds it back.", buttons: [] },
      { message: "Pl.2 Planning: held at Silver by", buttons: ["Pl-1"] },
    ]);
    expect(container.textContent).not.toMatch(/Follower|Mature|Leader|Innovator/);
  });

  it("shows one theme alone, open, without the overall, in facilitator mode", () => {
    const { items, section } = render("future", "Pl.2");
    expect(section.querySelector("summary h2")?.textContent).toBe(
      "What holds this theme back (Future)"
    );
    expect(section.open).toBe(true);
    expect(section.querySelector("p")).toBeNull();
    expect(items).toEqual([{ message: "Pl.2 Planning: held at Silver by", buttons: ["Pl-1"] }]);
  });

  it("is hidden until something is answered", () => {
    render("present", "Pl.2"); // Pl-1 has no present answer
    expect(container.querySelector("details")).toBeNull();
  });

  it("selects a question's row from its chip, whose tooltip is the question", () => {
    const { selected } = render("present");
    const button = container.querySelector<HTMLButtonElement>(
      '[aria-label^="Select question Pe-2 in the sheet"]'
    )!;
    expect(button.title).toBe("Is there a named lead?");
    act(() => button.click());
    expect(selected).toEqual(["Pe-2"]);
  });
});
