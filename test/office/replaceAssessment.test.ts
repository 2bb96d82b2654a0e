import { REPLACED_BANNER } from "../../src/core/workbook/planNewAssessment";
import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { WorkbookError } from "../../src/core/workbook/errors";
import { DRAWN_RECORD } from "../../src/core/workbook/names";
import { isQuestionnaireMissing, officeAssessmentApi } from "../../src/office/api";
import { ALL_CAPABILITIES } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/*
 * Replacing and restarting an assessment through the taskpane's API, against the fake workbook:
 * nothing the user typed is lost (the old questionnaire's answers and notes, the tracker's typed
 * cells, a cell typed beside Results), the new questionnaire takes the names, and each call is a
 * fixed number of round trips. Also filling answers in one batch, opening our sheets, and the
 * sheets' summary of a re-score.
 */

const PUBLIC = getFramework("public");
const DETAILS = {
  frameworkId: "public",
  organisation: "Surrey County Council",
  date: "2026-11-22",
};
const BUSINESS_DETAILS = {
  frameworkId: "business",
  organisation: "Surrey Supplies Ltd",
  date: "2027-01-15",
};
const SURREY_ANSWERS = answersFromLevels(PUBLIC, SURREY.answers);

function setup(book = new FakeWorkbook()) {
  const api = officeAssessmentApi(
    createFakeExcel(book) as unknown as typeof Excel,
    ALL_CAPABILITIES
  );
  /** Runs a call and says how many round trips it took. */
  const syncs = async <T>(call: () => Promise<T>) => {
    const before = book.syncCount;
    const result = await call();
    return { result, syncs: book.syncCount - before };
  };
  return { book, api, syncs };
}

const letter = (column: number) => String.fromCharCode(65 + column);

/** A cell of a sheet's table-like block, found by its header text and a row's key. */
function cellOf(
  book: FakeWorkbook,
  sheet: string,
  header: string,
  where: (row: unknown[], col: (h: string) => number) => boolean
) {
  const values = book.sheet(sheet).values;
  const headerRow = values.findIndex((r) => r.includes(header) && r.includes("Question ID"));
  const col = (h: string) => values[headerRow].indexOf(h);
  const row = values.findIndex((r, i) => i > headerRow && where(r, col));
  if (row < 0) throw new Error(`no such row on ${sheet}`);
  return { address: `${letter(col(header))}${row + 1}`, value: values[row][col(header)] };
}

/** A public assessment answered as Surrey, scored, with text typed where the team types. */
async function scoredWithTypedText() {
  const { book, api, syncs } = setup();
  await api.create(DETAILS);
  await api.fillAnswers(SURREY_ANSWERS);
  await api.rescore();
  const note = cellOf(
    book,
    "Questionnaire",
    "Evidence/notes",
    (r, col) => r[col("Question ID")] === "C1"
  );
  await book.userEdit("Questionnaire", note.address, "Board minutes, March 2026");
  const owner = cellOf(
    book,
    "Action Tracker",
    "Owner",
    (r, col) => r[col("Question ID")] === "C1" && r[col("Target level")] === "Leader"
  );
  await book.userEdit("Action Tracker", owner.address, "Head of Procurement");
  // A cell typed beside the Results drawing: only the record of what was drawn tells it is ours.
  await book.userEdit("Results", "M2", "Shown to the board on 3 March");
  await api.rescore();
  return { book, api, syncs, note: note.address, owner: owner.address };
}

describe("create with replace", () => {
  it("loses nothing typed: the old questionnaire is kept, the tracker and Results keep their cells", async () => {
    const { book, api, syncs, note, owner } = await scoredWithTypedText();
    const record = book.sheet("SVMI Lists").values[DRAWN_RECORD.row];
    const replaced = await syncs(() => api.create(BUSINESS_DETAILS, { replace: true }));
    // What exists, the old lists sheet's record, the sheets, the settings.
    expect(replaced.syncs).toBe(4);

    // The old questionnaire is the user's sheet now, with its answers and notes.
    const old = book.sheet("Questionnaire (replaced)");
    expect(old.value(note)).toBe("Board minutes, March 2026");
    expect(old.tables.map((t) => t.name)).toEqual(["SVMI_Questions_replaced"]);
    const c1 = cellOf(
      book,
      "Questionnaire (replaced)",
      "Present",
      (r, col) => r[col("Question ID")] === "C1"
    );
    expect(c1.value).toBe(SURREY_ANSWERS.find((a) => a.question === "C1")!.present);

    // The new questionnaire has the names: sheet, table, marker; the lists sheet is new, hidden,
    // and carries the record; the old one is gone.
    expect(book.table("SVMI_Questions")!.sheet).toBe("Questionnaire");
    expect(book.names.SVMI_Questionnaire).toBe("=Questionnaire!$A$1");
    expect(book.names.SVMI_Lists).toBe("='SVMI Lists'!$A$1");
    expect(book.sheetNames.filter((n) => n.startsWith("SVMI Lists"))).toEqual(["SVMI Lists"]);
    const lists = book.sheet("SVMI Lists");
    expect(lists.visibility).toBe("Hidden");
    expect(lists.values[0].slice(0, 2)).toEqual(["svmi.framework", "business"]);
    expect(lists.values[DRAWN_RECORD.row]).toEqual(record);
    expect(book.sheet("Questionnaire").validations[0].rule).toMatchObject({
      list: { source: expect.stringMatching(/^='SVMI Lists'!\$B\$5:/) },
    });
    expect(book.sheetNames[0]).toBe("Questionnaire");
    expect(book.activeSheet).toBe("Questionnaire");
    expect(book.settings).toMatchObject({
      "svmi.framework": "business",
      "svmi.organisation": "Surrey Supplies Ltd",
    });
    // Results, Action Plan and Action Tracker stay, with their markers, until the next re-score.
    expect(book.names).toMatchObject({
      SVMI_Results: "=Results!$A$1",
      SVMI_ActionPlan: "='Action Plan'!$A$1",
      SVMI_Tracker: "='Action Tracker'!$A$1",
    });

    // The next re-score draws the new framework; nothing typed is lost.
    const outcome = await api.rescore();
    expect(outcome.framework.id).toBe("business");
    expect(outcome.questionnaire.sheet).toBe("Questionnaire");
    expect(book.sheet("Action Tracker").value(owner)).toBe("Head of Procurement");
    const kept = cellOf(
      book,
      "Action Tracker",
      "In plan",
      (r, col) => r[col("Question ID")] === "C1" && r[col("Owner")] === "Head of Procurement"
    );
    expect(kept.value).toBe("No longer required");
    expect(book.sheet("Results").value("M2")).toBe("Shown to the board on 3 March");
    expect(book.sheet("Questionnaire (replaced)").value(note)).toBe("Board minutes, March 2026");
    expect(book.sheetNames.filter((n) => /^(Results|Action Plan|Action Tracker)/.test(n))).toEqual([
      "Results",
      "Action Plan",
      "Action Tracker",
    ]);
  });

  it("keeps an Action Plan note whose theme the new framework lacks (public J, business has none)", async () => {
    const { book, api } = await scoredWithTypedText();
    const plan = book.sheet("Action Plan").values;
    const header = plan.findIndex((r) => r[0] === "Theme" && r.includes("Notes"));
    const row = plan.findIndex((r) => String(r[0]).startsWith("J "));
    const address = `${letter(plan[header].indexOf("Notes"))}${row + 1}`;
    await book.userEdit("Action Plan", address, "Governance: the cabinet member signs off");
    await api.rescore();
    await api.create(BUSINESS_DETAILS, { replace: true });
    await api.rescore();
    await api.rescore();
    const everywhere = book.sheet("Action Plan").values.flat();
    expect(everywhere).toContain("Governance: the cabinet member signs off");
  });

  it("the retired questionnaire says it is replaced, and loses its dropdowns (their list is gone; the answers stay)", async () => {
    const { book, api } = await scoredWithTypedText();
    const answers = book.sheet("Questionnaire").values.map((r) => r[3]);
    await api.create(BUSINESS_DETAILS, { replace: true });
    const old = book.sheet("Questionnaire (replaced)");
    expect(old.values[0][0]).toBe(REPLACED_BANNER);
    expect(old.validations).toEqual([]);
    expect(old.values.slice(1).map((r) => r[3])).toEqual(answers.slice(1));
  });

  it("can replace again: the names taken by the first replacement are left alone", async () => {
    const { book, api } = await scoredWithTypedText();
    await api.create(BUSINESS_DETAILS, { replace: true });
    await api.rescore();
    await api.create(DETAILS, { replace: true });
    expect(book.sheetNames).toEqual(
      expect.arrayContaining([
        "Questionnaire",
        "Questionnaire (replaced)",
        "Questionnaire (replaced 2)",
      ])
    );
    expect(book.table("SVMI_Questions_replaced2")!.sheet).toBe("Questionnaire (replaced 2)");
    expect((await api.rescore()).framework.id).toBe("public");
    expect(book.sheet("Results").value("M2")).toBe("Shown to the board on 3 March");
  });

  it("without replace, still refuses a workbook that holds an assessment, changing nothing", async () => {
    const { book, api } = await scoredWithTypedText();
    const sheets = book.sheetNames;
    await expect(api.create(BUSINESS_DETAILS)).rejects.toThrow(WorkbookError);
    expect(book.sheetNames).toEqual(sheets);
  });

  it("with replace on a workbook without an assessment, is a plain New assessment", async () => {
    const { book, api, syncs } = setup();
    const { syncs: count } = await syncs(() => api.create(DETAILS, { replace: true }));
    expect(count).toBe(3); // what exists; the sheets; the settings
    expect(book.sheetNames).toEqual(["Questionnaire", "Sheet1", "SVMI Lists"]);
  });
});

describe("restartQuestionnaire", () => {
  it("after the Questionnaire sheet was deleted: a fresh one, every other sheet and typed cell kept", async () => {
    const { book, api, syncs, owner } = await scoredWithTypedText();
    book.deleteSheet("Questionnaire");
    const failure = await api.rescore().catch((error: unknown) => error);
    expect(isQuestionnaireMissing(failure)).toBe(true);
    expect(String(failure)).not.toMatch(/undo/i);
    const record = book.sheet("SVMI Lists").values[DRAWN_RECORD.row];

    const restarted = await syncs(() => api.restartQuestionnaire());
    // What exists, with the settings; the lists sheet's cells; the write (the settings hold already).
    expect(restarted.syncs).toBe(3);
    const q = book.sheet("Questionnaire");
    expect(q.value("B2")).toBe("Surrey County Council");
    expect(book.table("SVMI_Questions")!.sheet).toBe("Questionnaire");
    expect(book.names.SVMI_Questionnaire).toBe("=Questionnaire!$A$1");
    expect(book.sheet("SVMI Lists").values[DRAWN_RECORD.row]).toEqual(record);

    const outcome = await api.rescore();
    expect(outcome.framework.id).toBe("public");
    expect(outcome.details).toMatchObject({
      organisation: "Surrey County Council",
      date: "2026-11-22",
    });
    expect(outcome.result.overall.present.level).toBeNull(); // answered afresh
    expect(book.sheet("Action Tracker").value(owner)).toBe("Head of Procurement");
    expect(book.sheet("Results").value("M2")).toBe("Shown to the board on 3 March");
  });

  it("makes the lists sheet again when it went too", async () => {
    const { book, api } = await scoredWithTypedText();
    book.deleteSheet("Questionnaire");
    book.deleteSheet("SVMI Lists");
    await api.restartQuestionnaire();
    expect(book.names.SVMI_Lists).toBe("='SVMI Lists'!$A$1");
    expect(book.sheet("SVMI Lists").visibility).toBe("Hidden");
    await api.fillAnswers(SURREY_ANSWERS);
    const outcome = await api.rescore();
    expect(outcome.result.overall.present).toMatchObject({ label: "Mature", mean: 2.4 });
    expect(book.sheet("Action Tracker").value("A1")).toBe("SVMI action tracker");
  });

  it("refuses while the questionnaire is there", async () => {
    const { book, api } = await scoredWithTypedText();
    const sheets = book.sheetNames;
    await expect(api.restartQuestionnaire()).rejects.toThrow("is still there");
    expect(book.sheetNames).toEqual(sheets);
  });
});

describe("fillAnswers", () => {
  it("writes every answer in one read and one write, however many", async () => {
    const { book, api, syncs } = setup();
    await api.create(DETAILS);
    expect((await syncs(() => api.fillAnswers(SURREY_ANSWERS.slice(0, 1)))).syncs).toBe(2);
    expect((await syncs(() => api.fillAnswers(SURREY_ANSWERS))).syncs).toBe(2);
    const outcome = await api.rescore();
    expect(outcome.result.overall.present).toMatchObject({ label: "Mature", mean: 2.4 });
    expect(outcome.result.overall.future).toMatchObject({ label: "Leader", mean: 3.2 });
    expect(outcome.problems).toEqual([]);
    expect(book.activeSheet).toBe("Questionnaire");
  });

  it("finds each cell by the table's headers and ids: sorted rows, inserted rows, a renamed sheet", async () => {
    const { book, api } = setup();
    await api.create(DETAILS);
    await book.sortTableRows("SVMI_Questions", (a, b) => String(b[1]).localeCompare(String(a[1])));
    await book.insertRowsAbove("Questionnaire", 2, 3);
    book.renameSheet("Questionnaire", "Our answers");
    await api.fillAnswers(SURREY_ANSWERS);
    expect((await api.rescore()).result.overall.present.mean).toBe(2.4);
  });

  it("clears a cell for null and leaves it for a missing field", async () => {
    const { book, api } = setup();
    await api.create(DETAILS);
    await api.fillAnswers([{ question: "A1", present: "x", future: "y" }]);
    await api.fillAnswers([{ question: "A1", present: null }]);
    const row = cellOf(
      book,
      "Questionnaire",
      "Present",
      (r, col) => r[col("Question ID")] === "A1"
    );
    const values = book.sheet("Questionnaire").values[Number(row.address.slice(1)) - 1];
    expect(values.slice(3, 5)).toEqual(["", "y"]);
  });

  it("writes nothing when a question has no row, and says the questionnaire is missing when it is", async () => {
    const { book, api, syncs } = setup();
    await api.create(DETAILS);
    const written = book.cellsWritten;
    const refused = await syncs(() =>
      api
        .fillAnswers([...SURREY_ANSWERS, { question: "Z9", present: "x" }])
        .catch((e: unknown) => e)
    );
    expect(refused.result).toBeInstanceOf(WorkbookError);
    expect(String(refused.result)).toContain("Z9");
    expect(refused.syncs).toBe(1);
    expect(book.cellsWritten).toBe(written);
    book.deleteSheet("Questionnaire");
    const gone = await api.fillAnswers(SURREY_ANSWERS).catch((e: unknown) => e);
    expect(isQuestionnaireMissing(gone)).toBe(true);
  });
});

describe("openSheet", () => {
  it("activates each of our sheets, found by its marker or table, with A1 selected, in two round trips", async () => {
    const { book, api, syncs } = setup();
    await api.create(DETAILS);
    await api.rescore();
    book.renameSheet("Results", "Board summary");
    book.renameSheet("Questionnaire", "Our answers");
    const expected = {
      results: "Board summary",
      actionPlan: "Action Plan",
      tracker: "Action Tracker",
      questionnaire: "Our answers",
    } as const;
    for (const [kind, sheet] of Object.entries(expected)) {
      await api.select("Sheet1", "C3");
      const { syncs: count } = await syncs(() => api.openSheet(kind as keyof typeof expected));
      expect(count).toBe(2);
      expect(book.selection).toEqual({ sheet, address: "A1" });
    }
  });

  it("shows a sheet the user hid", async () => {
    const { book, api } = setup();
    await api.create(DETAILS);
    await api.rescore();
    const excel = createFakeExcel(book);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Action Plan").visibility = "Hidden";
      await ctx.sync();
    });
    await api.openSheet("actionPlan");
    expect(book.sheet("Action Plan").visibility).toBe("Visible");
    expect(book.activeSheet).toBe("Action Plan");
  });

  it("says clearly when the sheet does not exist", async () => {
    const { book, api } = setup();
    await api.create(DETAILS);
    await expect(api.openSheet("results")).rejects.toThrow(
      "There is no Results sheet yet: score the assessment to draw it."
    );
    book.deleteSheet("Questionnaire");
    const gone = await api.openSheet("questionnaire").catch((e: unknown) => e);
    expect(isQuestionnaireMissing(gone)).toBe(true);
  });
});

describe("answer without selecting", () => {
  it("writes the choice and leaves the projector on Results", async () => {
    const { book, api } = setup();
    await api.create(DETAILS);
    const { questionnaire: q } = await api.rescore();
    await api.present();
    const option = PUBLIC.themes[2].questions[0].options[2].text; // C1
    await api.answer(q.sheet, q.answerCell("C1", "present")!, option, q.rowAddress("C1")!, {
      select: false,
    });
    expect(book.sheet("Questionnaire").value(q.answerCell("C1", "present")!)).toBe(option);
    expect(book.selection).toEqual({ sheet: "Results", address: "A1" });
  });
});

describe("the outcome's sheets", () => {
  it("counts the Action Plan's actions and the tracker's rows, open ones apart", async () => {
    const { book, api } = setup();
    await api.create(DETAILS);
    expect((await api.read()).sheets).toEqual({}); // nothing drawn yet: nothing to open
    const empty = await api.rescore();
    expect(empty.sheets).toEqual({
      actionPlan: { name: "Action Plan", actions: 0 },
      tracker: { name: "Action Tracker", rows: 0, open: 0 },
    });
    await api.fillAnswers(SURREY_ANSWERS);
    const scored = await api.rescore();
    const actions = scored.result.actions.length;
    expect(actions).toBeGreaterThan(0);
    expect(scored.sheets).toEqual({
      actionPlan: { name: "Action Plan", actions },
      tracker: { name: "Action Tracker", rows: actions, open: actions },
    });
    // One row done, and another question's actions no longer called for (its future lowered).
    const status = cellOf(
      book,
      "Action Tracker",
      "Status",
      (r, col) => r[col("Question ID")] === "C1"
    );
    await book.userEdit("Action Tracker", status.address, "Done");
    const raised = SURREY_ANSWERS.find((a) => a.question !== "C1" && a.present !== a.future)!;
    await api.fillAnswers([{ question: raised.question, future: raised.present }]);
    const after = await api.rescore();
    const retired = actions - after.result.actions.length;
    expect(retired).toBeGreaterThan(0);
    expect(after.sheets.tracker).toEqual({
      name: "Action Tracker",
      rows: actions,
      open: actions - retired - 1,
    });
    book.renameSheet("Action Tracker", "Our tasks");
    expect((await api.read()).sheets.tracker?.name).toBe("Our tasks");
  });
});

describe("the host behaviour replacing relies on, as the fake models it (TESTING.md #34–#36)", () => {
  it("Worksheet.delete: its tables go, names on it turn #REF!, list sources on it #REF!", async () => {
    const book = new FakeWorkbook(["Main", "Lists"]);
    const excel = createFakeExcel(book);
    await excel.run(async (ctx) => {
      const lists = ctx.workbook.worksheets.getItem("Lists");
      lists.tables.add(lists.getRange("A1:B3"), true).name = "Options";
      ctx.workbook.names.add("ListsMarker", lists.getRange("A1"));
      ctx.workbook.worksheets.getItem("Main").getRange("A1").dataValidation.rule = {
        list: { inCellDropDown: true, source: "=Lists!$A$2:$A$3" },
      };
      lists.visibility = "Hidden";
      await ctx.sync();
      lists.delete();
      await ctx.sync();
    });
    expect(book.sheetNames).toEqual(["Main"]);
    expect(book.table("Options")).toBeUndefined();
    expect(book.names.ListsMarker).toBe("=#REF!$A$1");
    expect(book.sheet("Main").validations[0].rule).toMatchObject({
      list: { source: "=#REF!$A$2:$A$3" },
    });
  });

  it("Worksheet.delete refuses a very hidden sheet, and the last visible one", async () => {
    const book = new FakeWorkbook(["Main", "Hidden"]);
    const excel = createFakeExcel(book);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Hidden").visibility = "VeryHidden";
      await ctx.sync();
    });
    const attempt = (name: string) =>
      excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(name).delete();
        await ctx.sync();
      });
    await expect(attempt("Hidden")).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(attempt("Main")).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(book.sheetNames).toEqual(["Main", "Hidden"]);
  });

  it("a renamed table frees its name for a new table in the same batch; a deleted name can be added again", async () => {
    const book = new FakeWorkbook(["Old", "New"]);
    const excel = createFakeExcel(book);
    await excel.run(async (ctx) => {
      const old = ctx.workbook.worksheets.getItem("Old");
      old.tables.add(old.getRange("A1:B2"), true).name = "Answers";
      ctx.workbook.names.add("Marker", old.getRange("A1"));
      await ctx.sync();
      const fresh = ctx.workbook.worksheets.getItem("New");
      ctx.workbook.tables.getItem("Answers").name = "Answers_replaced";
      old.name = "Old (replaced)";
      fresh.tables.add(fresh.getRange("A1:B2"), true).name = "Answers";
      ctx.workbook.names.getItem("Marker").delete();
      ctx.workbook.names.add("Marker", fresh.getRange("A1"));
      await ctx.sync();
    });
    expect(book.table("Answers")!.sheet).toBe("New");
    expect(book.table("Answers_replaced")!.sheet).toBe("Old (replaced)");
    expect(book.names).toEqual({ Marker: "=New!$A$1" });
  });
});
