import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { AnswerInput } from "../../../src/core/scoring/types";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { ResultsSummary } from "../../../src/taskpane/components/ResultsSummary";
import { getFramework } from "../../../src/core/framework/registry";
import type { Framework } from "../../../src/core/framework/types";
import { medalFramework } from "../../helpers/medalFramework";

/*
 * ResultsSummary: the organisation, the overall Present Performance and Future Target with their
 * means (marked provisional while a theme has no level), how many answers are still to give, and
 * a table of each theme's present and future levels.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const framework = medalFramework();

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

function render(answers: AnswerInput[], organisation?: string) {
  const result = scoreAssessment(framework, { organisation, answers });
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ResultsSummary framework={framework} result={result} />
      </FluentProvider>
    )
  );
  const text = (selector: string) => container.querySelector(selector)?.textContent;
  const rows = [...container.querySelectorAll("tbody tr")].map((tr) =>
    [...tr.children].map((cell) => cell.textContent)
  );
  return { text, rows };
}

describe("ResultsSummary", () => {
  it("says Provisional, and over what, while a theme has no level; and what is left to answer", () => {
    // People: Silver (1) now, Gold (2) in future; Planning unanswered in both.
    const { text, rows } = render(
      [
        { question: "Pe-1", present: "Done in some teams", future: "Done everywhere" },
        { question: "Pe-2", present: "Done in some teams", future: "Done everywhere" },
      ],
      "Anytown Council"
    );
    expect(text("h2")).toBe("Anytown Council");
    expect(container.textContent).toContain(
      "Present PerformanceProvisionalmean 1.0 of the 1 theme scored so far; final once both are"
    );
    expect(container.textContent).toContain("Future TargetProvisionalmean 2.0 of the 1 theme");
    // Each level cell says which it is, for the narrow layout where the headers are hidden.
    expect(rows).toEqual([
      ["People People and skills", "PresentSilver", "FutureGold"],
      ["Pl.2 Planning", "Present1 to answer", "Future1 to answer"],
    ]);
  });

  it("counts an answer that is not an option apart from the unanswered", () => {
    const { rows } = render([
      { question: "Pe-1", present: "Maybe", future: "Done everywhere" },
      { question: "Pe-2", present: "Done in some teams", future: "Done everywhere" },
    ]);
    expect(rows[0]).toEqual(["People People and skills", "Present1 to fix", "FutureGold"]);
  });

  it("shows the level once every theme has one, and no mean before any theme has a level", () => {
    const done = render([
      { question: "Pe-1", present: "Done everywhere", future: "Done everywhere" },
      { question: "Pe-2", present: "Done everywhere", future: "Done everywhere" },
      { question: "Pl-1", present: "Nothing in place yet", future: "Done everywhere" },
    ]);
    expect(done.text("h2")).toBe("Results"); // no organisation given
    // Gold (2) and Bronze (0): the mean 1.0 is Silver, though no theme is at Silver.
    expect(container.textContent).toContain("Present PerformanceSilvermean 1.0");
    const empty = render([]);
    expect(container.textContent).toContain(
      "Present PerformanceNot scored yetFuture TargetNot scored yet"
    );
    expect(empty.rows).toEqual([
      ["People People and skills", "Present2 to answer", "Future2 to answer"],
      ["Pl.2 Planning", "Present1 to answer", "Future1 to answer"],
    ]);
  });

  it("says, under the organisation, what a framework that is not official is derived from", () => {
    const show = (shown: Framework) => {
      const result = scoreAssessment(shown, { organisation: "Anytown Council", answers: [] });
      act(() =>
        root.render(
          <FluentProvider theme={webLightTheme}>
            <ResultsSummary framework={shown} result={result} />
          </FluentProvider>
        )
      );
      return container.querySelector("h2 + p")?.textContent;
    };
    const adoption = getFramework("svm-adoption");
    expect(show(adoption)).toBe(`Social Value Model adoption: ${adoption.provenance}`);
    expect(show(adoption)).toMatch(/2023 practitioner report.*not an official framework/);
    // The SVMI is shown as before: the level summary straight under the organisation.
    expect(show(getFramework("public"))).toBeUndefined();
    expect(container.textContent).not.toContain("Derived");
  });
});
