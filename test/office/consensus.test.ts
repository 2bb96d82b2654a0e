import { getFramework } from "../../src/core/framework/registry";
import { responsesSheet } from "../../src/core/workbook/layouts/responses";
import { createAssessment, rescore } from "../../src/office/rescore";
import { renderSheet } from "../../src/office/renderSheet";
import { ALL_CAPABILITIES } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/*
 * Several participants in the add-in: answers in the Responses table, the Consensus sheet drawn
 * at the next score, the agreed answers written into the Questionnaire, and the facilitator's
 * override (chosen on the Consensus sheet) winning at the score after, with its reason kept.
 */
const framework = getFramework("public");
const a1 = framework.question("A1")!;
const option = (level: number) => a1.options.find((o) => o.level === level)!.text;

async function workbookWithResponses(rows: (string | null)[][]) {
  const book = new FakeWorkbook();
  const excel = createFakeExcel(book);
  await excel.run(async (ctx) => {
    await createAssessment(
      ctx,
      framework,
      { frameworkId: "public", organisation: "Anytown", date: "2026-11-22" },
      ALL_CAPABILITIES
    );
    renderSheet(ctx.workbook.worksheets.add("Responses"), responsesSheet(rows), ALL_CAPABILITIES);
    await ctx.sync();
  });
  const score = () => excel.run((ctx) => rescore(ctx, ALL_CAPABILITIES));
  return { book, score };
}

const questionnaireCell = (book: FakeWorkbook, id: string, header: string) => {
  const values = book.sheet("Questionnaire").values;
  const head = values.findIndex((r) => r.includes("Question ID"));
  const row = values.find((r) => r[values[head].indexOf("Question ID")] === id)!;
  return row[values[head].indexOf(header)];
};

describe("consensus in the add-in", () => {
  it("draws the Consensus sheet and writes the lower median into the Questionnaire", async () => {
    const { book, score } = await workbookWithResponses([
      ["Ana", "Officer", "A1", option(1), option(3), ""],
      ["Ben", "Member", "A1", option(3), option(4), ""],
      ["Cy", "", "A1", option(4), option(4), ""],
      ["Dee", "", "A1", option(1), "not an option", ""],
    ]);
    const { problems } = await score();
    // Present 1,3,4,1 → sorted 1,1,3,4 → lower median 1; Future 3,4,4 → 4.
    expect(questionnaireCell(book, "A1", "Present")).toBe(option(1));
    expect(questionnaireCell(book, "A1", "Future")).toBe(option(4));
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^Dee \(Responses, Responses!E7\): A1 future 'not an option'/)
    );
    const consensus = book.sheet("Consensus").values;
    const head = consensus.findIndex((r) => r.includes("Question ID"));
    const row = consensus.find((r) => r[1] === "A1")!;
    const cell = (name: string) => row[consensus[head].indexOf(name)];
    expect(cell("Present n")).toBe(4);
    expect(cell("Present answers")).toBe("· | ●● | · | ● | ●");
    expect(cell("Present agreed")).toBe("Follower");
    expect(cell("Present range")).toBe("Follower – Innovator");
    expect(cell("Present flag")).toBe("polarised");
  });

  it("an override chosen on the Consensus sheet wins at the next score, and its reason stays", async () => {
    const { book, score } = await workbookWithResponses([
      ["Ana", "", "A1", option(1), option(3), ""],
      ["Ben", "", "A1", option(3), option(4), ""],
    ]);
    await score();
    const consensus = book.sheet("Consensus").values;
    const head = consensus.findIndex((r) => r.includes("Question ID"));
    const rowIndex = consensus.findIndex((r) => r[1] === "A1");
    const letter = (name: string) => String.fromCharCode(65 + consensus[head].indexOf(name));
    await book.userEdit("Consensus", `${letter("Override Present")}${rowIndex + 1}`, option(3));
    await book.userEdit("Consensus", `${letter("Reason")}${rowIndex + 1}`, "Evidence seen");
    await score();
    expect(questionnaireCell(book, "A1", "Present")).toBe(option(3));
    const after = book.sheet("Consensus").values;
    const row = after.find((r) => r[1] === "A1")!;
    expect(row[after[head].indexOf("Override Present")]).toBe(option(3));
    expect(row[after[head].indexOf("Reason")]).toBe("Evidence seen");
    expect(row[after[head].indexOf("Present agreed")]).toBe("Leader (set)");
    await score(); // and again: nothing moves
    expect(
      book.sheet("Consensus").values.find((r) => r[1] === "A1")![after[head].indexOf("Reason")]
    ).toBe("Evidence seen");
  });
});

describe("a Responses table to type into", () => {
  it("importResponses([]) makes the empty table once; typed rows are then scored", async () => {
    const book = new FakeWorkbook();
    const excel = createFakeExcel(book);
    const { officeAssessmentApi } = await import("../../src/office/api");
    const api = officeAssessmentApi(excel as unknown as typeof Excel, ALL_CAPABILITIES);
    await api.create({ frameworkId: "public", organisation: "Anytown", date: "2026-11-22" });
    await api.importResponses([]);
    await api.importResponses([]); // a second time: nothing more
    expect(book.sheetNames.filter((n) => n.startsWith("Responses"))).toEqual(["Responses"]);
    const values = book.sheet("Responses").values;
    const head = values.findIndex((r) => r[0] === "Participant");
    await book.userEdit("Responses", `A${head + 2}:E${head + 2}`, [
      ["Ana", "", "A1", option(2), option(3)],
    ]);
    const outcome = await api.rescore();
    expect(outcome.consensus?.participants).toEqual(["Ana"]);
    expect(questionnaireCell(book, "A1", "Present")).toBe(option(2));
  });
});

describe("the Results radar with participants", () => {
  it("shows Present at the lowest and highest views while there are responses, and not after", async () => {
    const { book, score } = await workbookWithResponses([]);
    // First scored without participants' answers: Present and Future only.
    const chartSeries = () =>
      book
        .sheet("Results")
        .charts.filter((c) => !c.deleted)
        .map((c) => c.series.map((s) => s.name));
    const values = book.sheet("Responses").values;
    const head = values.findIndex((r) => r[0] === "Participant");
    await score();
    expect(chartSeries()).toEqual([["Present", "Future"]]);
    await book.userEdit("Responses", `A${head + 2}:E${head + 3}`, [
      ["Ana", "", "A1", option(1), option(3)],
      ["Ben", "", "A1", option(4), option(4)],
    ]);
    await score();
    expect(chartSeries()).toEqual([
      ["Present", "Future", "Present, lowest view", "Present, highest view"],
    ]);
    book.deleteSheet("Responses");
    await score();
    expect(chartSeries()).toEqual([["Present", "Future"]]);
  });
});
