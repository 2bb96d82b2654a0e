import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { frameworkChoices, getFramework } from "../../../src/core/framework/registry";
import type { AssessmentDetails } from "../../../src/core/workbook/details";
import { NewAssessmentForm } from "../../../src/taskpane/components/NewAssessmentForm";
import { medalFramework } from "../../helpers/medalFramework";

/*
 * NewAssessmentForm: framework (every one the registry knows, the first chosen), organisation,
 * date and optional facilitator; checked before onCreate is called, each error at its field.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

medalFramework(); // registered before the form is shown, as a user's question bank would be

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

function render(busy = false) {
  const created: AssessmentDetails[] = [];
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <NewAssessmentForm
          busy={busy}
          today="2026-11-22"
          onCreate={async (details) => void created.push(details)}
        />
      </FluentProvider>
    )
  );
  return created;
}

const radios = () => [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const labelOf = (input: HTMLInputElement) =>
  container.querySelector(`label[for="${input.id}"]`)?.textContent;
const submit = () => container.querySelector<HTMLButtonElement>('button[type="submit"]')!;

const labelled = (label: string) =>
  [...container.querySelectorAll("label")].find((l) => l.textContent?.startsWith(label))!;
/** All the text of the field labelled `label`: its label and its message. */
const fieldText = (label: string) => labelled(label).closest(".fui-Field")?.textContent;

/** The input of the field labelled `label`, typed into as a person would. */
async function type(label: string, text: string) {
  const input = document.getElementById(labelled(label).htmlFor) as HTMLInputElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("NewAssessmentForm", () => {
  it("offers every framework the registry knows, the first one chosen", () => {
    render();
    expect(radios().map(labelOf)).toEqual([
      "Public sector (10 themes)",
      "Business (9 themes)",
      "Social Value Model adoption: central government and councils (8 themes)",
      "Medal test (2 themes)",
    ]);
    expect(radios().map((r) => r.value)).toEqual(frameworkChoices().map((c) => c.id));
    expect(radios().map((r) => r.checked)).toEqual([true, false, false, false]);
  });

  it("says under a framework that is not official what it is derived from, as the radio's description", () => {
    render();
    const description = (input: HTMLInputElement) => {
      const id = input.getAttribute("aria-describedby");
      return id === null ? undefined : document.getElementById(id)?.textContent;
    };
    const [publicRadio, business, adoption] = radios();
    expect(description(publicRadio)).toBeUndefined();
    expect(description(business)).toBeUndefined();
    expect(description(adoption)).toBe(getFramework("svm-adoption").provenance);
    expect(description(adoption)).toMatch(/2023 practitioner report.*not an official framework/);
    // The label, the radio's name, stays short; the description follows it on screen.
    expect(labelOf(adoption)).toBe(
      "Social Value Model adoption: central government and councils (8 themes)"
    );
    const note = document.getElementById(adoption.getAttribute("aria-describedby")!)!;
    expect(
      container.querySelector(`label[for="${adoption.id}"]`)!.compareDocumentPosition(note) &
        Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy();
  });

  it("shows each error at its field and does not create", async () => {
    const created = render();
    await type("Assessment date", "");
    await act(async () => submit().click());
    expect(fieldText("Organisation")).toContain("Enter the organisation's name.");
    expect(fieldText("Assessment date")).toContain(
      "Enter a valid date, or pick one from the calendar."
    );
    expect(fieldText("Facilitator")).toBe("Facilitator (optional)");
    expect(created).toEqual([]);
  });

  it("creates with the chosen framework and the trimmed details", async () => {
    const created = render();
    await act(async () => radios()[3].click());
    await type("Organisation", "  Anytown Council ");
    await type("Facilitator", " Jo Bloggs ");
    await act(async () => submit().click());
    expect(created).toEqual([
      {
        frameworkId: "medal-test",
        organisation: "Anytown Council",
        date: "2026-11-22",
        facilitator: "Jo Bloggs",
      },
    ]);
    expect(container.textContent).not.toContain("Enter the");
  });

  it("leaves out a blank facilitator", async () => {
    const created = render();
    await type("Organisation", "Anytown Council");
    await act(async () => submit().click());
    expect(created).toEqual([
      { frameworkId: "public", organisation: "Anytown Council", date: "2026-11-22" },
    ]);
  });

  it("cannot be sent twice while the questionnaire is being made", () => {
    render(true);
    expect(submit().disabled).toBe(true);
    expect(submit().textContent).toBe("Creating the questionnaire…");
  });
});
