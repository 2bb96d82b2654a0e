import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookProblem } from "../../../src/office/api";
import { ProblemList } from "../../../src/taskpane/components/ProblemList";

/*
 * ProblemList: the problems of the last score, each with a button that selects its cell in the
 * sheet when it has one; nothing at all when there are none.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

function render(problems: WorkbookProblem[]) {
  const selected: string[] = [];
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <ProblemList
          problems={problems}
          onSelect={(sheet, address) => selected.push(`${sheet}!${address}`)}
        />
      </FluentProvider>
    )
  );
  return selected;
}

describe("ProblemList", () => {
  it("shows nothing when there are no problems", () => {
    render([]);
    expect(container.querySelector("section")).toBeNull();
    expect(container.textContent).toBe("");
  });

  it("lists every problem, with a button for each that has a cell", () => {
    const selected = render([
      {
        message: "A3 present: 'Maybe' is not one of the options",
        sheet: "Our answers",
        address: "D10",
      },
      { message: "The name SVMI_Results pointed at 'Questionnaire'; a new one was made." },
      { message: "C2: the future is below the present", sheet: "Our answers", address: "E15" },
    ]);
    expect(container.querySelector("h2")?.textContent).toBe("Problems to fix (3)");
    const items = [...container.querySelectorAll("li")];
    expect(items.map((li) => li.querySelector("button")?.textContent ?? null)).toEqual([
      "Select D10",
      null,
      "Select E15",
    ]);
    expect(items[1].textContent).toBe(
      "The name SVMI_Results pointed at 'Questionnaire'; a new one was made."
    );
    const e15 = [...container.querySelectorAll("button")].find(
      (b) => b.textContent === "Select E15"
    )!;
    act(() => e15.click());
    expect(selected).toEqual(["Our answers!E15"]);
  });
});
