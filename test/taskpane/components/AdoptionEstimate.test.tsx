import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { exampleAssessment, SURREY } from "../../../src/core/examples/workedExamples";
import { estimateAdoption } from "../../../src/core/crosswalk/estimateAdoption";
import { getFramework } from "../../../src/core/framework/registry";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { AdoptionEstimate } from "../../../src/taskpane/components/AdoptionEstimate";

/*
 * A public assessment's Results view offers its provisional Social Value Model adoption profile
 * (the crosswalk), made when the section is opened, every line marked "estimated — confirm by
 * answering".
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

it("lists each characteristic's estimate once opened, each marked estimated", async () => {
  const framework = getFramework("public");
  const result = scoreAssessment(framework, exampleAssessment(framework, SURREY));
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <AdoptionEstimate result={result} />
      </FluentProvider>
    )
  );
  expect(container.querySelectorAll("li")).toHaveLength(0); // nothing made until opened
  const details = container.querySelector("details")!;
  await act(async () => {
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
  });
  for (let i = 0; i < 20 && container.querySelectorAll("li").length === 0; i++)
    await act(() => new Promise((r) => setTimeout(r, 5)));
  const lines = [...container.querySelectorAll("li")].map((li) => li.textContent);
  const expected = estimateAdoption(result).characteristics.map(
    (c) =>
      `${c.name}: ${c.levelLabel ?? "no estimate yet"} (from ${c.from.join(", ")}), estimated — confirm by answering`
  );
  expect(lines).toEqual(expected);
  expect(lines).toHaveLength(8);
});
