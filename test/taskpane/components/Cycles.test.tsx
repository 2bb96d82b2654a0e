import * as React from "react";
import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { getFramework } from "../../../src/core/framework/registry";
import type { AssessmentFile, AssessmentSnapshot } from "../../../src/office/api";
import Cycles, {
  cycleLabel,
  nextCycleLabel,
  type AssessmentReader,
} from "../../../src/taskpane/components/Cycles";

/*
 * Year on year in the pane's More panel: the snapshot's label offered from the assessment date
 * and refused when the History has it, the date checked, last year's workbook read in the pane
 * (a file of another framework refused, naming it) and added under a label, and Start from last
 * cycle offered once there is a snapshot.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PUBLIC = getFramework("public");
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

function render(props: Partial<React.ComponentProps<typeof Cycles>> = {}) {
  const calls: string[] = [];
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Cycles
          framework={PUBLIC}
          assessedOn="2026-11-22"
          today="2026-12-01"
          labels={[]}
          onSave={async (label, date) => {
            calls.push(`save ${label} ${date}`);
            return true;
          }}
          onAdd={async (snapshot) => {
            calls.push(`add ${snapshot.label}`);
            return true;
          }}
          onStartFromLast={async () => {
            calls.push("start");
            return true;
          }}
          {...props}
        />
      </FluentProvider>
    )
  );
  return calls;
}

const field = (label: string) =>
  [...container.querySelectorAll<HTMLInputElement>("input")].find(
    (i) => i.labels?.[0]?.textContent === label
  )!;
const button = (name: string) =>
  [...container.querySelectorAll<HTMLButtonElement>("button")].find((b) => b.textContent === name);

/** Types into a Fluent Input as a person does (React listens for input events). */
function type(input: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  act(() => {
    setter.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function choose(name: string) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([new Uint8Array([1]) as unknown as BlobPart], name);
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  for (let i = 0; i < 20; i++) await act(() => new Promise((r) => setTimeout(r, 5)));
}

describe("Cycles", () => {
  it.each([
    ["2025-26", "2026-27"],
    ["2025", "2026"],
    ["Spring review", ""],
  ])("offers after %s the next label %s", (label, next) => {
    expect(nextCycleLabel(label)).toBe(next);
  });

  it.each([
    ["2026-11-22", "2026-27"],
    ["1999-04-01", "1999-00"],
    ["", ""],
  ])("names the cycle of %s %s", (date, label) => {
    expect(cycleLabel(date)).toBe(label);
  });

  it("saves under the label offered, and refuses one the History holds", async () => {
    const calls = render({ labels: ["2025-26"] });
    expect(field("Snapshot label").value).toBe("2026-27");
    await act(async () => button("Save this cycle's snapshot")!.click());
    expect(calls).toEqual(["save 2026-27 2026-12-01"]);
    expect(container.textContent).toContain("Saved '2026-27'.");
    // The label just used is offered no more: the next cycle's is, with no error shown.
    expect(field("Snapshot label").value).toBe("2027-28");
    expect(container.textContent).not.toContain("already holds");
    type(field("Snapshot label"), "2025-26");
    expect(container.textContent).toContain("The History already holds '2025-26'");
    expect(button("Save this cycle's snapshot")!.disabled).toBe(true);
    type(field("Snapshot label"), "2026-27");
    for (const bad of ["1 Dec 2026", "2025-02-30"]) {
      type(field("Taken on"), bad);
      expect(container.textContent).toContain("Write a calendar date as yyyy-mm-dd");
      expect(button("Save this cycle's snapshot")!.disabled).toBe(true);
    }
  });

  it("adds last year's workbook under the label chosen; a file of another framework is refused", async () => {
    const snapshotAs = (label: string) => ({ label }) as AssessmentSnapshot;
    const read = (framework = PUBLIC): AssessmentFile => ({
      framework,
      details: {
        frameworkId: framework.id,
        organisation: "Surrey County Council",
        date: "2025-06-01",
      },
      suggestedLabel: "2025",
      date: "2025-06-01",
      snapshotAs,
    });
    const reader: AssessmentReader = (_bytes, name) =>
      name === "biz.xlsx" ? read(getFramework("business")) : read();
    const calls = render({ loadReader: async () => reader, labels: ["2024-25"] });
    await choose("biz.xlsx");
    expect(container.textContent).toContain("biz.xlsx answers SVMI for business");
    await choose("surrey-2025.xlsx");
    expect(container.textContent).toContain(
      "surrey-2025.xlsx: Surrey County Council, assessed 2025-06-01."
    );
    expect(field("Label for its snapshot").value).toBe("2025");
    type(field("Label for its snapshot"), "2024-25");
    expect(button("Add it to the History")!.disabled).toBe(true);
    type(field("Label for its snapshot"), "2025-26");
    await act(async () => button("Add it to the History")!.click());
    expect(calls).toEqual(["add 2025-26"]);
  });

  it("offers Start from last cycle only once the History holds a snapshot", async () => {
    render();
    expect(button("Start from last cycle")).toBeUndefined();
    const calls = render({ labels: ["2025-26"] });
    await act(async () => button("Start from last cycle")!.click());
    expect(calls).toEqual(["start"]);
    expect(container.textContent).toContain("Carried into the blank answers");
  });
});
