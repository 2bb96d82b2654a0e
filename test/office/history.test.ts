import { SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { HISTORY_COLUMNS } from "../../src/core/workbook/readers/historyTable";
import { readAssessmentFile } from "../../src/xlsx/readAssessmentFile";
import { FakeWorkbook } from "../../src/testing/fakeExcel";
import { filledSurrey } from "../helpers/workbooks";
import { answerInWorkbook } from "../helpers/answerCells";
import { surreyOnFakeHost } from "../helpers/surreyOnFakeHost";

/*
 * Year on year in the add-in (issue 14), on the fake host: this cycle's snapshot saved to the
 * History table, a re-score drawing Progress (in as few syncs as one without it), two answers
 * changed showing as changes and in the promise check, last year's workbook brought in as a
 * snapshot, and a new cycle started from the last one with its answers marked carried until
 * chosen again.
 */
const framework = getFramework("public");
const option = (id: string, level: number) =>
  framework.question(id)!.options.find((o) => o.level === level)!.text;

const setup = surreyOnFakeHost;

const cellOf = (book: FakeWorkbook, sheet: string, row: string, column: string) => {
  const values = book.sheet(sheet).values;
  const head = values.findIndex((r) => r.includes(column));
  return values.find((r, i) => i > head && r.includes(row))?.[values[head].indexOf(column)];
};

describe("saveSnapshot", () => {
  it("makes the History sheet and table; the next score draws Progress in the usual syncs", async () => {
    const { book, api, syncsOf } = await setup();
    const plain = await syncsOf(() => api.rescore());
    await api.saveSnapshot("2024-25", "2025-03-31");
    expect(book.names.SVMI_HistorySheet).toBe("='SVMI History'!$A$1");
    const table = book.table("SVMI_History")!;
    expect(table.values[0]).toEqual([...HISTORY_COLUMNS]);
    expect(table.values).toHaveLength(1 + framework.questionCount + framework.themes.length + 1);
    await api.rescore(); // draws Progress and its chart (a first drawing)
    const again = await syncsOf(() => api.rescore());
    expect(again.syncs).toBe(plain.syncs);
    expect(again.result.progress?.snapshots).toEqual([{ label: "2024-25", date: "2025-03-31" }]);
    expect(book.sheetNames).toContain("Progress");
    expect(book.sheet("Progress").charts.map((c) => c.type)).toEqual(["LineMarkers"]);
    // The Results radar carries the last cycle's Present as its third series.
    const radar = book.sheet("Results").charts[0];
    expect(radar.series.map((s) => s.name)).toEqual(["Present", "Future", "Present in 2024-25"]);
  });

  it("shows two changed answers and the promise check once re-scored", async () => {
    const { book, api } = await setup();
    await api.saveSnapshot("2024-25", "2025-03-31");
    await api.rescore();
    const outcome = await api.rescore();
    const a1 = outcome.questionnaire.answerCell("A1", "present")!;
    const e1 = outcome.questionnaire.answerCell("E1", "present")!;
    await api.answer("Questionnaire", a1, option("A1", 1), "A1:A1", { select: false });
    await api.answer("Questionnaire", e1, option("E1", 3), "A1:A1", { select: false });
    const after = await api.rescore();
    expect(after.progress?.comparison.changes).toEqual([
      { question: "A1", field: "present", from: 3, to: 1 },
      { question: "E1", field: "present", from: 2, to: 3 },
    ]);
    expect(cellOf(book, "Progress", "Policy & Scope", "Aim reached?")).toBe("not yet");
    expect(cellOf(book, "Progress", "Policy & Scope", "Since 2024-25")).toBe("▼ down");
    expect(book.sheet("Progress").values.flat()).toContain(
      "In 2024-25 you aimed for Leader in Policy & Scope; you are now Follower — not yet."
    );
  });

  it("refuses a label already taken, and replaces it when forced", async () => {
    const { book, api } = await setup();
    await api.saveSnapshot("2024-25", "2025-03-31");
    await expect(api.saveSnapshot("2024-25", "2025-04-01")).rejects.toThrow(/already holds/);
    await api.saveSnapshot("2024-25", "2025-04-01", { force: true });
    const table = book.table("SVMI_History")!;
    expect(table.values).toHaveLength(1 + framework.questionCount + framework.themes.length + 1);
    expect(new Set(table.values.slice(1).map((r) => r[1]))).toEqual(new Set(["2025-04-01"]));
  });
});

describe("addSnapshot: last year's workbook", () => {
  it("reads the file in the browser's way and adds it under the label chosen", async () => {
    const { api } = await setup();
    const lastYear = answerInWorkbook(filledSurrey(), [
      { question: "A1", field: "present", level: 1 },
    ]);
    const file = readAssessmentFile(lastYear, "surrey-2025.xlsx");
    expect(file.suggestedLabel).toBe("2026");
    await api.addSnapshot(file.snapshotAs("2024-25"));
    const outcome = await api.rescore();
    expect(outcome.progress?.comparison.changes).toEqual([
      { question: "A1", field: "present", from: 1, to: 3 },
    ]);
  });

  it("names the file it cannot read", () => {
    expect(() => readAssessmentFile(new Uint8Array([1, 2, 3]), "notes.xlsx")).toThrow(
      /^notes\.xlsx/
    );
  });
});

describe("a second cycle's snapshot", () => {
  it("redraws Progress with one more column and keeps none of its own cells as typed", async () => {
    const { book, api } = await setup();
    // This cycle's, then last year's workbook (assessed on 2026-11-22) added after it.
    await api.saveSnapshot("2026-27", "2027-03-31");
    await api.rescore();
    const lastYear = readAssessmentFile(
      answerInWorkbook(filledSurrey(), [{ question: "A1", field: "present", level: 1 }]),
      "surrey-2024.xlsx"
    );
    await api.addSnapshot(lastYear.snapshotAs("2025-26"));
    const outcome = await api.rescore();
    // Oldest first by date: the one added last came first.
    expect(outcome.progress?.snapshots.map((s) => s.label)).toEqual(["2025-26", "2026-27"]);
    expect(
      outcome.problems.map((p) => p.message).filter((m) => /Kept by svmi|moved/.test(m))
    ).toEqual([]);
    const values = book.sheet("Progress").values;
    expect(values.flat()).not.toContain("Kept by svmi");
    const header = values.find((r) => r[0] === "Theme")!;
    expect(header.slice(0, 4)).toEqual([
      "Theme",
      "Present 2025-26",
      "Present 2026-27",
      "Present Now",
    ]);
  });
});

describe("startFromLastCycle", () => {
  it("fills a new cycle's blank answers, marked carried until each is chosen again", async () => {
    const { api } = await setup();
    await api.saveSnapshot("2024-25", "2025-03-31");
    // A new cycle: the questionnaire started again, its answers blank.
    await api.fillAnswers(
      framework.themes.flatMap((t) =>
        t.questions.map((q) => ({ question: q.id, present: null, future: null }))
      )
    );
    await api.fillAnswers([{ question: "A1", present: option("A1", 2) }]);
    const started = await api.startFromLastCycle();
    expect(started).toEqual({ from: "2024-25", carried: 2 * framework.questionCount - 1, kept: 1 });
    const outcome = await api.rescore();
    expect(outcome.carried).toHaveLength(2 * framework.questionCount - 1);
    expect(
      outcome.problems.some((p) => /carried from 2024-25 and are not re-confirmed/.test(p.message))
    ).toBe(true);
    // A1's Present is this cycle's own: never overwritten, never carried.
    expect(outcome.carried.some((c) => c.question === "A1" && c.field === "present")).toBe(false);
    expect(outcome.result.questions.find((q) => q.id === "A1")!.present.level).toBe(2);
    // Choosing a carried answer again confirms it.
    const b1 = outcome.carried.find((c) => c.question === "B1" && c.field === "present")!;
    const cell = outcome.questionnaire.answerCell("B1", "present")!;
    const text = option("B1", SURREY.answers.B1[0]);
    await api.answer("Questionnaire", cell, text, "A1:A1", {
      select: false,
      confirm: { sheet: b1.listsSheet, address: b1.mark },
    });
    const after = await api.rescore();
    expect(after.carried).toHaveLength(2 * framework.questionCount - 2);
    expect(after.carried.some((c) => c.question === "B1" && c.field === "present")).toBe(false);
  });

  it("says there is nothing to start from without a snapshot", async () => {
    const { api } = await setup();
    await expect(api.startFromLastCycle()).rejects.toThrow(/holds no snapshot yet/);
  });
});
