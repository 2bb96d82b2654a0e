import "../../helpers/textCodec"; // first: the .xlsx reader needs it as it loads
import * as React from "react";
import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { answersFromLevels, SURREY } from "../../../src/core/examples/workedExamples";
import { getFramework } from "../../../src/core/framework/registry";
import type { ParticipantFile, ParticipantResponses } from "../../../src/office/api";
import { Participants } from "../../../src/taskpane/components/Participants";
import type { ParticipantReader } from "../../../src/taskpane/components/participantImport";
import { filledAnswers, newAssessmentWorkbook } from "../../../src/xlsx/workbookFile";

/*
 * Importing participants' workbooks in the pane: a labelled native file picker (several .xlsx),
 * each file read in the browser (with the CLI's reader, loaded on demand), an error per file that
 * cannot be imported (its name and why) while the rest are, and "Keep counts only" behind a
 * confirmation saying what is deleted and what stays.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PUBLIC = getFramework("public");
const BUSINESS = getFramework("business");

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

function render(
  props: Partial<React.ComponentProps<typeof Participants>> & {
    imported?: ParticipantResponses[][];
  }
) {
  const imported = props.imported ?? [];
  const kept: string[] = [];
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Participants
          framework={PUBLIC}
          hasResponses={false}
          onImport={async (responses) => {
            imported.push(responses);
            return true;
          }}
          onKeepCountsOnly={async () => {
            kept.push("kept");
            return true;
          }}
          {...props}
        />
      </FluentProvider>
    )
  );
  return { imported, kept };
}

const picker = () => container.querySelector<HTMLInputElement>('input[type="file"]')!;

/** Chooses files in the picker, as the browser's dialog does, and waits for the import. */
async function choose(files: File[]) {
  const input = picker();
  Object.defineProperty(input, "files", { value: files, configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  // Reading goes through FileReader (jsdom has no Blob.arrayBuffer) and the reader's import.
  for (let i = 0; i < 50 && container.querySelector('[role="progressbar"]'); i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
}

const file = (name: string, bytes: Uint8Array = new Uint8Array([1])) =>
  new File([bytes as unknown as BlobPart], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });

const found = (participant: string, over: Partial<ParticipantFile> = {}): ParticipantFile => ({
  framework: PUBLIC,
  participant,
  source: `${participant}.xlsx`,
  typed: [{ question: "A1", present: PUBLIC.question("A1")!.options[1].text, future: null }],
  problems: [],
  ...over,
});

describe("Participants", () => {
  it("is a labelled native picker of several .xlsx files, said to stay in the pane", () => {
    render({});
    const input = picker();
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe(".xlsx");
    expect(input.labels?.[0]?.textContent).toBe("Import participants' workbooks…");
    const hint = document.getElementById(input.getAttribute("aria-describedby")!)!;
    expect(hint.textContent).toContain("nothing is uploaded");
    // Keep counts only is offered once there are participants' answers.
    expect(container.textContent).not.toContain("Keep counts only");
  });

  it("imports the files it can read and names each one it cannot, and why", async () => {
    const reader: ParticipantReader = (_bytes, name) => {
      if (name === "broken.xlsx") throw new Error("broken.xlsx is a damaged zip file (bad header)");
      if (name === "odd.xlsx") throw new Error("no questionnaire");
      if (name === "biz.xlsx") return found("Dee", { framework: BUSINESS });
      if (name === "blank.xlsx") return found("Eve", { typed: [{ question: "A1" }] });
      if (name === "ana-again.xlsx") return found("ANA LEE");
      return found("Ana Lee", {
        role: "Officer",
        problems: [
          {
            participant: "Ana Lee",
            source: "ana.xlsx",
            message:
              "Ana Lee (ana.xlsx): A9 is missing from the questionnaire; counted as not answered.",
          },
        ],
      });
    };
    const { imported } = render({ loadReader: async () => reader });
    await choose(
      ["ana.xlsx", "broken.xlsx", "odd.xlsx", "biz.xlsx", "blank.xlsx", "ana-again.xlsx"].map((n) =>
        file(n)
      )
    );
    expect(imported).toEqual([
      [
        {
          participant: "Ana Lee",
          role: "Officer",
          rows: [{ question: "A1", present: PUBLIC.question("A1")!.options[1].text, future: "" }],
        },
      ],
    ]);
    const errors = [...container.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
    expect(errors).toEqual([
      "broken.xlsx is a damaged zip file (bad header)",
      "odd.xlsx: no questionnaire",
      `biz.xlsx: is an assessment of ${BUSINESS.name}; this workbook holds one of ${PUBLIC.name}.`,
      "blank.xlsx: Eve has not answered anything yet.",
      "ana-again.xlsx: holds ANA LEE's answers, as ana.xlsx does; only ana.xlsx is imported.",
    ]);
    expect(container.textContent).toContain("Imported 1 participant: Ana Lee.");
    expect(container.textContent).toContain("A9 is missing from the questionnaire");
    expect(picker().value).toBe(""); // the same files can be chosen again
  });

  it("reads real workbooks with the CLI's reader, loaded when first needed", async () => {
    const answers = answersFromLevels(PUBLIC, SURREY.answers);
    const bytes = newAssessmentWorkbook(
      PUBLIC,
      { frameworkId: "public", organisation: "Surrey", date: "2026-11-22" },
      filledAnswers(answers)
    );
    const { imported } = render({});
    await choose([file("surrey-Ana Lee.xlsx", bytes), file("notes.xlsx", new Uint8Array([7, 7]))]);
    expect(imported).toHaveLength(1);
    const [ana] = imported[0];
    expect(ana.participant).toBe("Ana Lee");
    expect(ana.rows).toHaveLength(PUBLIC.questionCount);
    expect(ana.rows[0]).toEqual({
      question: answers[0].question,
      present: answers[0].present,
      future: answers[0].future,
    });
    const errors = [...container.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^notes\.xlsx/);
  });

  it("imports nothing, and says so, when no file can be", async () => {
    const { imported } = render({
      loadReader: async () => () => {
        throw new Error("x.xlsx is empty (0 bytes)");
      },
    });
    await choose([file("x.xlsx")]);
    expect(imported).toEqual([]);
    expect(container.textContent).toContain("Nothing was imported.");
  });

  it("keeps counts only after a confirmation that says what goes and what stays", async () => {
    const { kept } = render({ hasResponses: true });
    const button = (text: string) =>
      [...container.querySelectorAll("button")].find((b) => b.textContent === text)!;
    act(() => button("Keep counts only…").click());
    const question = container.querySelector('[role="alertdialog"]')!;
    expect(question.textContent).toContain("deletes the Responses sheet");
    expect(question.textContent).toContain("one row per person and question");
    expect(question.textContent).toContain("The Consensus sheet stays, with its counts per level");
    expect(document.activeElement?.textContent).toBe("Cancel");
    act(() => button("Cancel").click());
    expect(kept).toEqual([]);
    expect(document.activeElement?.textContent).toBe("Keep counts only…");
    act(() => button("Keep counts only…").click());
    await act(async () => button("Yes, delete the per-person rows").click());
    expect(kept).toEqual(["kept"]);
    expect(container.textContent).toContain(
      "The per-person rows are deleted; the Consensus sheet keeps the counts."
    );
  });
});
