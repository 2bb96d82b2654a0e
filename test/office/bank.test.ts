import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readBank } from "../../src/core/framework/bank";
import { loadFramework } from "../../src/core/framework/loadFramework";
import { getFramework, isFrameworkId } from "../../src/core/framework/registry";
import type { Framework } from "../../src/core/framework/types";
import { SHEET_NAMES } from "../../src/core/workbook/names";
import { createAssessment, rescore } from "../../src/office/rescore";
import { ALL_CAPABILITIES } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/*
 * The add-in and a workbook that carries its question bank: made with a bank this copy of the
 * add-in has never registered (as when the file comes from a colleague), it opens and scores with
 * the bank read from its lists sheet, with the bank's own level names on every sheet it draws, in
 * as many syncs as a built-in framework's workbook.
 */

const EXAMPLE = readFileSync(join(__dirname, "../../docs/examples/bank-three-levels.json"), "utf8");

/** The example bank under this file's own id, loaded but not registered. */
function unregistered(id: string): Framework {
  const read = readBank(EXAMPLE);
  if (!("spec" in read)) throw new Error(read.problems.join("\n"));
  return loadFramework({ ...read.spec, id });
}

/** A workbook made and answered in the add-in: present at the lowest option, future at the top. */
async function madeAndAnswered(framework: Framework) {
  const book = new FakeWorkbook();
  const excel = createFakeExcel(book);
  const details = { frameworkId: framework.id, organisation: "Anytown", date: "2026-11-22" };
  await excel.run((ctx) => createAssessment(ctx, framework, details, ALL_CAPABILITIES));
  const values = book.sheet(SHEET_NAMES.questionnaire).values;
  const header = values.findIndex((row) => row.includes("Question ID"));
  const id = values[header].indexOf("Question ID");
  const present = values[header].indexOf("Present");
  const letter = (c: number) => String.fromCharCode(65 + c);
  for (const q of framework.themes.flatMap((t) => t.questions)) {
    const row = values.findIndex((r) => r[id] === q.id) + 1;
    await book.userEdit(
      SHEET_NAMES.questionnaire,
      `${letter(present)}${row}:${letter(present + 1)}${row}`,
      [[q.options[0].text, q.options[q.options.length - 1].text]]
    );
  }
  const before = book.syncCount;
  const outcome = await excel.run((ctx) => rescore(ctx, ALL_CAPABILITIES));
  return { book, outcome, syncs: book.syncCount - before };
}

describe("a workbook carrying its question bank, in the add-in", () => {
  const framework = unregistered("addin-carried");
  let scored: Awaited<ReturnType<typeof madeAndAnswered>>;
  beforeAll(async () => {
    expect(isFrameworkId("addin-carried")).toBe(false);
    scored = await madeAndAnswered(framework);
  });

  it("scores with the bank from its lists sheet, which is then known by its id", () => {
    const { outcome } = scored;
    expect(outcome.framework).toBe(getFramework("addin-carried"));
    expect(outcome.result.themes.map((t) => [t.id, t.present.label, t.future.label])).toEqual([
      ["PL", "Starting", "Embedded"],
      ["RC", "Starting", "Embedded"],
      ["CV", "Starting", "Embedded"],
    ]);
    expect(outcome.result.overall.future).toMatchObject({ level: 2, label: "Embedded" });
    expect(outcome.problems).toEqual([]);
  });

  it("draws Results with the radar on the bank's three levels, and the Action Plan by its levels", () => {
    const { book } = scored;
    expect(book.sheetNames).toEqual(expect.arrayContaining(["Results", "Action Plan"]));
    const [chart] = book.sheet(SHEET_NAMES.results).charts;
    expect(chart.valueAxis).toMatchObject({ minimum: 0, maximum: 2 });
    expect(chart.title).toContain("2 Embedded");
    const plan = book.sheet(SHEET_NAMES.actionPlan).values;
    expect(plan.find((row) => row[0] === "Theme")?.slice(0, 3)).toEqual([
      "Theme",
      "To reach 'Growing'",
      "To reach 'Embedded'",
    ]);
    expect(plan.flat().join("\n")).toContain(
      "Give the named lead time and a small budget for community benefit."
    );
  });

  it("takes as many syncs to score as a built-in framework's workbook", async () => {
    const builtIn = await madeAndAnswered(getFramework("business"));
    expect(scored.syncs).toBe(builtIn.syncs);
  });
});
