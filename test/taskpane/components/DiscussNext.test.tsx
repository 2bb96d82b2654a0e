import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { getFramework } from "../../../src/core/framework/registry";
import type { Level } from "../../../src/core/framework/levels";
import type { Timeframe } from "../../../src/core/scoring/types";
import {
  buildConsensus,
  decisiveEffect,
  type Consensus,
} from "../../../src/core/consensus/consensus";
import type { Response } from "../../../src/core/consensus/responses";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import FacilitatorMode from "../../../src/taskpane/components/FacilitatorMode";

/*
 * Discuss next in facilitator mode: the participants' disagreements one at a time, decisive
 * first; the spread hidden until Reveal is on; the decisive effect in words; Accept the median
 * and a chosen option handed to onOverride; Previous/Next along the queue.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const framework = getFramework("public");
const top = (id: string) => Math.max(...framework.question(id)!.options.map((o) => o.level));

/** Everyone at each question's top option, both ways, except what `differ` says. */
function response(name: string, differ: Record<string, [Level, Level]>): Response {
  const answers = new Map<string, Record<Timeframe, Level | null>>();
  for (const theme of framework.themes)
    for (const q of theme.questions) answers.set(q.id, { present: top(q.id), future: top(q.id) });
  for (const [id, [present, future]] of Object.entries(differ))
    answers.set(id, { present, future });
  return { participant: name, source: `${name}.xlsx`, answers };
}

// A1 present 1, 3, 4 (decisive: at the agreed 3 theme A is Leader, at the lowest Follower); B1
// future one level apart for one participant: in the queue, after A1.
const CONSENSUS: Consensus = buildConsensus(framework, [
  response("Ana", { A1: [1, 4], B1: [top("B1"), top("B1") - 1] }),
  response("Ben", { A1: [3, 4] }),
  response("Cy", { A1: [4, 4] }),
]);

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

type Override = [string, Timeframe, string | null, string | undefined];

function render(consensus: Consensus = CONSENSUS) {
  const overrides: Override[] = [];
  const spoken: string[] = [];
  const result = scoreAssessment(framework, { answers: consensus.answers });
  const show = (next: Consensus) =>
    act(() =>
      root.render(
        <FluentProvider theme={webLightTheme}>
          <FacilitatorMode
            framework={framework}
            result={result}
            position={{ themeIndex: 0, timeframe: "present" }}
            onPosition={() => {}}
            invalid={new Set()}
            active
            onAnswer={async () => {}}
            onSelectQuestion={() => {}}
            announce={(m) => spoken.push(m)}
            consensus={next}
            onOverride={async (q, f, text, reason) => void overrides.push([q, f, text, reason])}
          />
        </FluentProvider>
      )
    );
  show(consensus);
  return { overrides, spoken, show };
}

const switchNamed = (label: RegExp) =>
  [...container.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find((i) =>
    label.test(i.labels?.[0]?.textContent ?? "")
  )!;
const button = (text: string) =>
  [...container.querySelectorAll("button")].find((b) => b.textContent === text)!;
const heading = () => container.querySelector("#discuss-title")?.textContent;
const click = (el: Element) => act(() => void (el as HTMLElement).click());

describe("Discuss next", () => {
  it("is offered only with participants' answers, and walks the queue decisive first", () => {
    expect(CONSENSUS.queue[0]).toMatchObject({ question: "A1", field: "present", decisive: true });
    const { spoken } = render();
    const toggle = switchNamed(/^Discuss next/);
    expect(toggle.labels![0].textContent).toBe(
      `Discuss next (${CONSENSUS.queue.length} to talk about, of 3 participants)`
    );
    click(toggle);
    expect(heading()).toBe(`Discuss 1 of ${CONSENSUS.queue.length}: A1 Present`);
    expect(container.textContent).toContain("3 of 3 participants answered.");
    expect(spoken).toContain("Discuss next: the participants' disagreements, one at a time.");
    // The themes' view and its keys are away meanwhile.
    expect(container.querySelector("#facilitator-theme")).toBeNull();
  });

  it("hides the spread until Reveal is on, then shows it per level in words and figures", () => {
    render();
    click(switchNamed(/^Discuss next/));
    expect(container.querySelector('[aria-label="Answers per level"]')).toBeNull();
    expect(container.textContent).toContain("The spread is hidden.");
    expect(container.textContent).not.toContain("Decisive");
    // No option shows as agreed either: the median would give the spread away.
    expect(container.querySelector('input[type="radio"]:checked')).toBeNull();
    click(switchNamed(/^Reveal the spread/));
    const levels = [...container.querySelectorAll('[aria-label="Answers per level"] li')].map(
      (li) => li.textContent
    );
    const a1 = framework.question("A1")!;
    expect(levels).toEqual(
      a1.options.map((o) => {
        const n = [0, 1, 0, 1, 1][o.level];
        return `${framework.levels[o.level].label}${n ? "●" : "·"}${n}`;
      })
    );
    expect(container.textContent).toContain("Range: Follower to Innovator. Flag: polarised");
    const effect = container.querySelector('[data-testid="decisive-effect"]')!.textContent;
    expect(effect).toBe(`Decisive: ${decisiveEffect(framework, CONSENSUS.queue[0])}`);
    expect(effect).toContain(
      "if the lowest view is right, Policy & Scope drops from Leader to Follower"
    );
    expect(container.textContent).toContain("Agreed now: Leader (the lower median)");
    expect(container.querySelector<HTMLInputElement>('input[type="radio"]:checked')!.value).toBe(
      a1.options.find((o) => o.level === 3)!.text
    );
  });

  it("accepts the median or sets a chosen option, with the reason typed", async () => {
    const { overrides } = render();
    click(switchNamed(/^Discuss next/));
    const reason = container.querySelector<HTMLInputElement>('input[type="text"]')!;
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setter.call(reason, "Evidence from the procurement team");
      reason.dispatchEvent(new Event("input", { bubbles: true }));
    });
    const follower = framework.question("A1")!.options.find((o) => o.level === 1)!.text;
    const radio = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (r) => r.value === follower
    )!;
    await act(async () => radio.click()); // written and scored before the next choice
    expect(button("Accept the median").disabled).toBe(false);
    await act(async () => button("Accept the median").click());
    expect(overrides).toEqual([
      ["A1", "present", follower, "Evidence from the procurement team"],
      ["A1", "present", null, "Evidence from the procurement team"],
    ]);
  });

  it("goes along the queue with Previous and Next, keeping its order while answers are agreed", () => {
    const { show } = render();
    click(switchNamed(/^Discuss next/));
    const count = CONSENSUS.queue.length;
    expect(count).toBeGreaterThan(1);
    expect(button("Previous question").disabled).toBe(true);
    click(button("Next question"));
    const second = CONSENSUS.queue[1];
    expect(heading()).toBe(
      `Discuss 2 of ${count}: ${second.question} ${second.field === "present" ? "Present" : "Future"}`
    );
    expect(document.activeElement?.id).toBe("discuss-title");
    // A new score (the first question agreed at Innovator: no longer decisive) keeps the order.
    const after = buildConsensus(
      framework,
      [
        response("Ana", { A1: [1, 4], B1: [top("B1"), top("B1") - 1] }),
        response("Ben", { A1: [3, 4] }),
        response("Cy", { A1: [4, 4] }),
      ],
      new Map([["A1@present", { level: 4 }]])
    );
    show(after);
    expect(heading()).toBe(
      `Discuss 2 of ${count}: ${second.question} ${second.field === "present" ? "Present" : "Future"}`
    );
    click(button("Previous question"));
    expect(heading()).toBe(`Discuss 1 of ${count}: A1 Present`);
  });

  it("says so when there is nothing to discuss", () => {
    render(buildConsensus(framework, [response("Ana", {}), response("Ben", {})]));
    click(switchNamed(/^Discuss next/));
    expect(container.textContent).toContain("Nothing to discuss");
  });
});
