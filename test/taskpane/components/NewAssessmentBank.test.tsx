import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readBank } from "../../../src/core/framework/bank";
import { isFrameworkId, registerFramework } from "../../../src/core/framework/registry";
import type { AssessmentDetails } from "../../../src/core/workbook/details";
import { bankFromCells } from "../../../src/core/workbook/bankCells";
import { SHEET_NAMES } from "../../../src/core/workbook/names";
import { officeAssessmentApi } from "../../../src/office/api";
import { ALL_CAPABILITIES } from "../../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../../src/testing/fakeExcel";
import { NewAssessmentForm } from "../../../src/taskpane/components/NewAssessmentForm";

/*
 * "Use a question bank…" in the New assessment form: a bank file read in the pane becomes a
 * framework choice, chosen, with what it holds shown under it, and Create makes the assessment
 * with it; a file that is no usable bank lists every problem, names the file, and adds nothing.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const EXAMPLE = readFileSync(
  join(__dirname, "../../../docs/examples/bank-three-levels.json"),
  "utf8"
);
/** The example bank as an object, to change for a test. */
const example = () => JSON.parse(EXAMPLE);

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

function render(onCreate?: (details: AssessmentDetails) => Promise<unknown>) {
  const created: AssessmentDetails[] = [];
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <NewAssessmentForm
          busy={false}
          today="2026-11-22"
          onCreate={onCreate ?? (async (details) => void created.push(details))}
        />
      </FluentProvider>
    )
  );
  return created;
}

const radios = () => [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const labelOf = (input: HTMLInputElement) =>
  container.querySelector(`label[for="${input.id}"]`)?.textContent;
/** The radio's description: the notes its aria-describedby names, in order. */
const descriptionOf = (input: HTMLInputElement) =>
  (input.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(" ");
const checked = () => radios().find((r) => r.checked)!;
const picker = () =>
  document.getElementById(
    [...container.querySelectorAll("label")].find((l) =>
      l.textContent?.startsWith("Use a question bank")
    )!.htmlFor
  ) as HTMLInputElement;
const alert = () => container.querySelector('[role="alert"]');

/** Chooses a file in the picker, as the browser's dialog does, and waits until it is read. */
async function choose(name: string, text: string) {
  const input = picker();
  const file = new File([text], name, { type: "application/json" });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  // jsdom reads through FileReader (it has no Blob.text): wait for the reading to end.
  for (let i = 0; i < 50 && picker().disabled; i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

async function type(label: string, text: string) {
  const input = document.getElementById(
    [...container.querySelectorAll("label")].find((l) => l.textContent?.startsWith(label))!.htmlFor
  ) as HTMLInputElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

const submit = () =>
  act(async () => container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());

describe("New assessment: Use a question bank…", () => {
  it("is a labelled native picker of .json files, said to stay in the pane", () => {
    render();
    const input = picker();
    expect(input.type).toBe("file");
    expect(input.accept).toBe(".json,application/json");
    expect(input.multiple).toBe(false);
    expect(document.getElementById(input.getAttribute("aria-describedby")!)?.textContent).toMatch(
      /svmi questions --json.*nothing is uploaded/
    );
  });

  it("adds a valid bank as a choice, chosen, with its levels and size, and creates with it", async () => {
    const created = render();
    const before = radios().length;
    await choose("bank-three-levels.json", EXAMPLE);

    expect(alert()).toBeNull();
    expect(radios()).toHaveLength(before + 1);
    const bank = checked();
    expect(bank.value).toBe("community-starter");
    expect(labelOf(bank)).toBe("Community benefit starter check (3 themes)");
    const description = descriptionOf(bank);
    expect(description).toContain(
      "From bank-three-levels.json. Levels: Starting, Growing, Embedded. 3 themes, 4 questions."
    );
    expect(description).toContain("not an official framework"); // the bank's own provenance
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      "Loaded Community benefit starter check from bank-three-levels.json; it is chosen above."
    );
    expect(picker().value).toBe(""); // the same file can be chosen again

    await type("Organisation", "Anytown Council");
    await submit();
    expect(created).toEqual([
      { frameworkId: "community-starter", organisation: "Anytown Council", date: "2026-11-22" },
    ]);
  });

  it("lists every problem of an invalid bank, naming the file, and adds and creates nothing", async () => {
    const created = render();
    const choicesBefore = radios().map((r) => r.value);
    const bad = example();
    bad.framework.id = "starter-bad";
    bad.levels[2].label = "Starting";
    bad.themes[1].questions = [];
    await choose("our-bank.json", JSON.stringify(bad));

    const shown = alert()!;
    expect(shown.textContent).toContain("our-bank.json cannot be used as a question bank");
    const listed = [...shown.querySelectorAll("li")].map((li) => li.textContent);
    const read = readBank(JSON.stringify(bad));
    expect("problems" in read && read.problems.length).toBeGreaterThanOrEqual(2);
    expect(listed).toEqual("problems" in read ? read.problems : []);
    expect(listed).toEqual(
      expect.arrayContaining([
        "level labels must be unique: 'Starting' is the label of levels 0 and 2",
        "theme RC has no questions",
      ])
    );
    expect(shown.textContent).toContain(`(${listed.length} problems)`);
    expect(radios().map((r) => r.value)).toEqual(choicesBefore);
    expect(checked().value).toBe("public");
    expect(isFrameworkId("starter-bad")).toBe(false);
    expect(created).toEqual([]);
  });

  it("says a file that is not JSON is not, and a good file chosen next clears the error", async () => {
    render();
    await choose("notes.json", "{ levels: oops");
    expect(alert()?.textContent).toMatch(
      /^notes\.json cannot be used as a question bank:the bank is not valid JSON: /
    );
    await choose("bank-three-levels.json", EXAMPLE);
    expect(alert()).toBeNull();
    expect(checked().value).toBe("community-starter");
  });

  it("refuses a different bank under an id already in use, as an error naming the file", async () => {
    const first = example();
    first.framework.id = "clash-bank";
    const read = readBank(JSON.stringify(first));
    if (!("spec" in read)) throw new Error(read.problems.join("\n"));
    registerFramework(read.spec); // e.g. from a workbook opened earlier that carries it
    const created = render();
    const other = { ...first, framework: { ...first.framework, name: "Another bank" } };
    await choose("other.json", JSON.stringify(other));

    expect(alert()?.textContent).toContain("other.json cannot be used as a question bank:");
    expect([...alert()!.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "a different framework with the id 'clash-bank' (Community benefit starter check, version 1) is already in use; give one of them an id of its own",
    ]);
    expect(checked().value).toBe("public");
    expect(created).toEqual([]);
  });
});

describe("a bank loaded in the pane, created on the (fake) host", () => {
  it("makes a workbook that carries the bank and scores with its level names", async () => {
    const book = new FakeWorkbook();
    const api = officeAssessmentApi(
      createFakeExcel(book) as unknown as typeof Excel,
      ALL_CAPABILITIES
    );
    const bank = example();
    bank.framework.id = "pane-made-bank";
    render((details) => api.create(details));
    await choose("pane-bank.json", JSON.stringify(bank));
    await type("Organisation", "Anytown Council");
    await submit();

    // The lists sheet carries the bank, as the file was.
    const carried = bankFromCells(book.sheet(SHEET_NAMES.lists).values);
    expect(carried && JSON.parse(carried).framework.id).toBe("pane-made-bank");

    // Answered at each question's lowest option for Present and its highest for Future.
    const values = book.sheet(SHEET_NAMES.questionnaire).values;
    const header = values.findIndex((row) => row.includes("Question ID"));
    const id = values[header].indexOf("Question ID");
    const present = values[header].indexOf("Present");
    const column = (c: number) => String.fromCharCode(65 + c);
    for (const theme of bank.themes)
      for (const q of theme.questions) {
        const row = values.findIndex((r) => r[id] === q.id) + 1;
        const texts = q.options.map((o: { text: string }) => o.text);
        await book.userEdit(
          SHEET_NAMES.questionnaire,
          `${column(present)}${row}:${column(present + 1)}${row}`,
          [[texts[0], texts[texts.length - 1]]]
        );
      }
    const outcome = await api.rescore();
    expect(outcome.framework.id).toBe("pane-made-bank");
    expect(outcome.result.themes.map((t) => [t.id, t.present.label, t.future.label])).toEqual([
      ["PL", "Starting", "Embedded"],
      ["RC", "Starting", "Embedded"],
      ["CV", "Starting", "Embedded"],
    ]);
    const plan = book.sheet(SHEET_NAMES.actionPlan).values;
    expect(plan.find((row) => row[0] === "Theme")?.slice(1, 3)).toEqual([
      "To reach 'Growing'",
      "To reach 'Embedded'",
    ]);
  });
});
