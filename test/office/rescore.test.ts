import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework, type FrameworkId } from "../../src/core/framework/registry";
import { officeAssessmentApi } from "../../src/office/api";
import { WorkbookError } from "../../src/core/workbook/errors";
import { createAssessment, rescore } from "../../src/office/rescore";
import type { WorkbookExistence } from "../../src/office/workbookExistence";
import { ALL_CAPABILITIES } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/*
 * The Office adapter against the in-memory fake workbook (src/testing/fakeExcel), which keeps
 * Office.js's proxy rules: load before read, sync before use, null objects, unsent writes.
 */
const DETAILS = {
  frameworkId: "public",
  organisation: "Surrey County Council",
  date: "2026-11-22",
};

async function newAssessment(frameworkId: FrameworkId = "public", book = new FakeWorkbook()) {
  const excel = createFakeExcel(book);
  await excel.run((ctx) =>
    createAssessment(ctx, getFramework(frameworkId), { ...DETAILS, frameworkId }, ALL_CAPABILITIES)
  );
  // As the add-in's API does: what existed at the last run is passed to the next.
  let known: WorkbookExistence | undefined;
  const score = async (options?: { write?: boolean }) => {
    const before = book.syncCount;
    const outcome = await excel.run((ctx) =>
      rescore(ctx, ALL_CAPABILITIES, { ...options, known, onExistence: (e) => (known = e) })
    );
    return { outcome, syncs: book.syncCount - before };
  };
  return { book, excel, score };
}

/** Answers the questionnaire as Surrey did, typing into the cells found by question id. */
async function answerLikeSurrey(book: FakeWorkbook, sheet = "Questionnaire") {
  const values = book.sheet(sheet).values;
  const header = values.findIndex((row) => row.includes("Question ID"));
  const id = values[header].indexOf("Question ID");
  const present = values[header].indexOf("Present");
  const rowOf = new Map(values.map((row, i) => [row[id], i + 1]));
  const letter = (c: number) => String.fromCharCode(65 + c);
  for (const a of answersFromLevels(getFramework("public"), SURREY.answers)) {
    const row = rowOf.get(a.question);
    await book.userEdit(sheet, `${letter(present)}${row}:${letter(present + 1)}${row}`, [
      [a.present!, a.future!],
    ]);
  }
  return { rowOf, present };
}

describe("New assessment", () => {
  it("builds the Questionnaire table, dropdowns, level colours and hidden lists, and records the framework", async () => {
    const { book } = await newAssessment();
    expect(book.sheetNames).toEqual(["Questionnaire", "Sheet1", "SVMI Lists"]);
    const table = book.table("SVMI_Questions")!;
    expect(table.sheet).toBe("Questionnaire");
    expect(table.rows).toBe(61); // header + 60 questions
    expect(table.values[0]).toEqual([
      "Theme",
      "Question ID",
      "Question",
      "Present",
      "Future",
      "Present level",
      "Future level",
      "Evidence/notes",
    ]);
    const q = book.sheet("Questionnaire");
    expect(q.value("B2")).toBe("Surrey County Council");
    expect(q.freezeRows).toBe(7);
    expect(q.validations).toHaveLength(60);
    expect(q.validations[0]).toMatchObject({
      address: "D8:E8",
      rule: { list: { inCellDropDown: true, source: "='SVMI Lists'!$B$5:$F$5" } },
    });
    expect(q.conditionalFormats.filter((cf) => cf.address === "F8:G67")).toHaveLength(5);
    expect(book.sheet("SVMI Lists").visibility).toBe("Hidden");
    expect(book.settings).toMatchObject({
      "svmi.framework": "public",
      "svmi.version": "1.0",
      "svmi.organisation": "Surrey County Council",
    });
    expect(Object.keys(book.names)).toEqual(
      expect.arrayContaining(["SVMI_Questionnaire", "SVMI_Lists"])
    );
  });

  it("refuses a workbook that already holds an assessment", async () => {
    const { excel } = await newAssessment();
    await expect(
      excel.run((ctx) => createAssessment(ctx, getFramework("public"), DETAILS, ALL_CAPABILITIES))
    ).rejects.toThrow(WorkbookError);
  });

  it("never takes over a user's sheet with one of our names; dropdowns follow the name ours got", async () => {
    const book = new FakeWorkbook(["Questionnaire", "SVMI Lists"]);
    book.addUserSheet("Results", [["my own results"]]);
    const { score } = await newAssessment("public", book);
    await score();
    expect(book.sheet("Questionnaire").values).toEqual([]);
    expect(book.sheet("Results").value("A1")).toBe("my own results");
    expect(book.sheetNames).toEqual(
      expect.arrayContaining(["Questionnaire (SVMI 2)", "SVMI Lists (SVMI 2)", "Results (SVMI 2)"])
    );
    expect(book.sheet("Questionnaire (SVMI 2)").validations[0].rule).toMatchObject({
      list: { source: "='SVMI Lists (SVMI 2)'!$B$5:$F$5" },
    });
  });
});

describe("Re-score", () => {
  it.each<FrameworkId>(["public", "business", "svm-adoption"])(
    "takes one read and one write (%s) once it knows what exists; a first run reads that first",
    async (id) => {
      const { score } = await newAssessment(id);
      expect((await score()).syncs).toBe(3); // what exists; the data; the write (chart included)
      expect((await score()).syncs).toBe(2);
      expect((await score()).syncs).toBe(2);
    }
  );

  it("writes levels, Results with the radar chart, and the Action Plan", async () => {
    const { book, score } = await newAssessment();
    const { rowOf } = await answerLikeSurrey(book);
    const { outcome } = await score();
    expect(outcome.result.overall.present).toMatchObject({ label: "Mature", mean: 2.4 });
    expect(outcome.problems).toEqual([]);
    const q = book.sheet("Questionnaire");
    expect([q.value(`F${rowOf.get("C1")}`), q.value(`G${rowOf.get("C1")}`)]).toEqual([
      "Mature",
      "Leader",
    ]);
    const results = book.sheet("Results");
    expect(results.values[2].slice(0, 3)).toEqual(["Present Performance", "Mature", "mean 2.4"]);
    // Printed: A to O (tables and chart), not the chart's data block from column Q.
    expect(results.pageLayout.printArea).toMatch(/^\$A\$1:\$O\$\d+$/);
    expect(results.values[3].slice(0, 3)).toEqual(["Future Target", "Leader", "mean 3.2"]);
    expect(results.values[10].slice(0, 4)).toEqual([
      "C",
      "Measurement: Themes, Outcomes and Measures",
      "Mature",
      "Innovator",
    ]);
    const [chart] = results.charts;
    expect(chart).toMatchObject({ name: "SVMI_Radar", type: "RadarMarkers" });
    expect(chart.series.map((s: { name: string }) => s.name)).toEqual(["Present", "Future"]);
    const plan = book.sheet("Action Plan");
    const header = plan.values.findIndex((row) => row[0] === "Theme");
    expect(plan.values[header]).toEqual([
      "Theme",
      "To reach 'Follower'",
      "To reach 'Mature'",
      "To reach 'Leader'",
      "To reach 'Innovator'",
      "Notes",
    ]);
    expect(String(plan.values[header + 3][3])).toContain(
      "\u2022 Begin measuring social value in financial terms"
    );
    expect(String(plan.values.at(-1)![0])).toMatch(
      /^\* Each action comes from your answer to one question/
    );
    expect(plan.pageLayout).toMatchObject({ orientation: "Landscape" });
  });

  it("keeps notes typed in the Action Plan, by theme", async () => {
    const { book, score } = await newAssessment();
    await answerLikeSurrey(book);
    await score();
    const plan = book.sheet("Action Plan").values;
    const row = plan.findIndex((r) => String(r[0]).startsWith("E ")) + 1;
    await book.userEdit("Action Plan", `F${row}`, "Procurement board owns this");
    await book.userEdit("Action Plan", `B${row}`, "a note in a cell we leave blank");
    const title = book.sheet("Action Plan").value("A1");
    await book.userEdit("Action Plan", "A1", "Our plan, as the board agreed it");
    const { outcome } = await score();
    const after = book.sheet("Action Plan");
    expect(after.value(`F${row}`)).toBe("Procurement board owns this");
    // Typed where we draw nothing: kept in place. Typed over our title: redrawn, and moved.
    expect(after.value(`B${row}`)).toBe("a note in a cell we leave blank");
    expect(after.value("A1")).toBe(title);
    const values = after.values;
    const kept = values.findIndex((r) => String(r[0]).startsWith("Kept by svmi"));
    expect(kept).toBeGreaterThan(row);
    expect(values[kept + 1].slice(0, 2)).toEqual(["From A1", "Our plan, as the board agreed it"]);
    expect(outcome.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^Action Plan: 1 cell you typed .*\(A1\) moved to A\d+/)
    );
    // And the next re-score keeps them all again, without moving anything twice.
    const { outcome: again } = await score();
    expect(book.sheet("Action Plan").values).toEqual(values);
    expect(again.problems.filter((p) => /moved to/.test(p.message))).toEqual([]);
  });

  it("finds answers through the table: rows inserted above, rows sorted, sheet renamed", async () => {
    const { book, score } = await newAssessment();
    await answerLikeSurrey(book);
    const baseline = (await score()).outcome.result;
    await book.insertRowsAbove("Questionnaire", 2, 3);
    book.sortTableRows("SVMI_Questions", (a, b) => String(b[1]).localeCompare(String(a[1])));
    book.renameSheet("Questionnaire", "Our answers");
    const { outcome, syncs } = await score();
    expect(syncs).toBe(3); // a sheet was renamed since: the data is read again, for what exists now
    expect(outcome.result.themes).toEqual(baseline.themes);
    const values = book.sheet("Our answers").values;
    const c1 = values.find((row) => row[1] === "C1")!;
    expect(c1.slice(5, 7)).toEqual(["Mature", "Leader"]);
  });

  it("names the cell of each problem and still scores the rest", async () => {
    const { book, score } = await newAssessment();
    const { rowOf } = await answerLikeSurrey(book);
    await book.userEdit("Questionnaire", `D${rowOf.get("A3")}`, "Maybe");
    const { outcome } = await score();
    expect(outcome.problems).toEqual([
      {
        message: "A3 present: 'Maybe' is not one of the options",
        sheet: "Questionnaire",
        address: `D${rowOf.get("A3")}`,
      },
    ]);
    expect(outcome.result.themes.filter((t) => t.present.level === null).map((t) => t.id)).toEqual([
      "A",
    ]);
    const results = book.sheet("Results");
    const listed = results.values.findIndex(
      (row) => row[1] === "A3 present: 'Maybe' is not one of the options"
    );
    expect(results.hyperlinks[`A${listed + 1}`]).toMatchObject({
      documentReference: `Questionnaire!D${rowOf.get("A3")}`,
    });
  });

  it("recreates a deleted Results sheet and its chart, and follows a renamed one", async () => {
    const { book, score } = await newAssessment();
    await score();
    book.deleteSheet("Results");
    await score();
    expect(book.sheet("Results").charts).toHaveLength(1);
    book.renameSheet("Results", "Board summary");
    await score();
    expect(book.sheetNames.filter((n) => n.startsWith("Results"))).toEqual([]);
    expect(book.sheet("Board summary").charts).toHaveLength(1);
  });

  it("says clearly when there is no assessment or the table is gone", async () => {
    const empty = createFakeExcel(new FakeWorkbook());
    await expect(empty.run((ctx) => rescore(ctx, ALL_CAPABILITIES))).rejects.toThrow(
      "holds no SVMI assessment"
    );
    const { book, score } = await newAssessment();
    book.deleteSheet("Questionnaire");
    await expect(score()).rejects.toThrow(/questionnaire \(table SVMI_Questions[^)]*\) is missing/);
  });

  it("reads framework and details from the sheets when the workbook settings are gone", async () => {
    // As after a save by another spreadsheet program, or a workbook made by `svmi template`.
    const { book, score } = await newAssessment();
    await answerLikeSurrey(book);
    book._settings.clear();
    const { outcome } = await score();
    expect(outcome.details).toMatchObject({
      organisation: "Surrey County Council",
      date: "2026-11-22",
    });
    expect(outcome.result.overall.present).toMatchObject({ mean: 2.4, label: "Mature" });
    // The lists sheet now records a framework this tool does not know.
    await book.userEdit("SVMI Lists", "B1", [["charity"]]);
    await expect(score()).rejects.toThrow("unknown SVMI framework 'charity'");
  });

  it("keeps the Action Tracker's typed data over re-scores with edits in between", async () => {
    const { book, score } = await newAssessment();
    const { rowOf, present } = await answerLikeSurrey(book);
    await score();
    const letter = (c: number) => String.fromCharCode(65 + c);
    const trackerRow = (id: string, level: string) => {
      const values = book.sheet("Action Tracker").values;
      const header = values.findIndex((r) => r.includes("Question ID"));
      const col = (name: string) => values[header].indexOf(name);
      const index = values.findIndex(
        (r) => r[col("Question ID")] === id && r[col("Target level")] === level
      );
      return { index, col, row: values[index] };
    };
    const c1 = trackerRow("C1", "Leader");
    await book.userEdit("Action Tracker", `${letter(c1.col("Owner"))}${c1.index + 1}`, [
      ["Head of Procurement"],
    ]);
    for (let round = 0; round < 3; round++) {
      // Lower C1's future to its present (action retired), then restore it (action back).
      const row = rowOf.get("C1")!;
      const q = book.sheet("Questionnaire");
      const original = q.value(`${letter(present + 1)}${row}`);
      await book.userEdit("Questionnaire", `${letter(present + 1)}${row}`, [
        [q.value(`${letter(present)}${row}`)],
      ]);
      expect((await score()).syncs).toBe(2);
      expect(trackerRow("C1", "Leader").row.slice(-5)).toContain("No longer required");
      await book.userEdit("Questionnaire", `${letter(present + 1)}${row}`, [[original]]);
      await score();
      const back = trackerRow("C1", "Leader");
      expect([back.row[back.col("Owner")], back.row[back.col("In plan")]]).toEqual([
        "Head of Procurement",
        "Yes",
      ]);
    }
    expect(book.table("SVMI_TrackerTable")?.sheet).toBe("Action Tracker");
  });

  it("reads without writing for a co-author's edit", async () => {
    const { book, score } = await newAssessment();
    await score();
    await answerLikeSurrey(book);
    const { outcome, syncs } = await score({ write: false });
    expect(syncs).toBe(1);
    expect(outcome.result.overall.present.label).toBe("Mature");
    expect(book.sheet("Results").values[2][1]).toBe("Provisional");
  });
});

describe("live mode through the API", () => {
  it("hears edits of the questionnaire sheet, with their source, until stopped", async () => {
    const { book, excel } = await newAssessment();
    const api = officeAssessmentApi(excel as unknown as typeof Excel, ALL_CAPABILITIES);
    const events: { address: string; source: string }[] = [];
    const stop = await api.watch((e) => events.push({ address: e.address, source: e.source }));
    await book.userEdit("Questionnaire", "D8", "x");
    await book.userEdit("Questionnaire", "E9", "y", "Remote");
    await stop();
    await book.userEdit("Questionnaire", "D10", "z");
    expect(events).toEqual([
      { address: "D8", source: "Local" },
      { address: "E9", source: "Remote" },
    ]);
  });
});

describe("facilitator and projector through the API", () => {
  it("writes a choice into its answer cell and selects the question's row", async () => {
    const { book, excel, score } = await newAssessment();
    const api = officeAssessmentApi(excel as unknown as typeof Excel, ALL_CAPABILITIES);
    const { outcome } = await score();
    const q = outcome.questionnaire;
    const option = getFramework("public").themes[2].questions[0].options[2].text; // C1
    await api.answer(q.sheet, q.answerCell("C1", "future")!, option, q.rowAddress("C1")!);
    expect(book.sheet("Questionnaire").value(q.answerCell("C1", "future")!)).toBe(option);
    expect(book.selection).toEqual({ sheet: "Questionnaire", address: q.rowAddress("C1") });
  });

  it("presents Results for the projector and restores the view", async () => {
    const { book, excel, score } = await newAssessment();
    const api = officeAssessmentApi(excel as unknown as typeof Excel, ALL_CAPABILITIES);
    await expect(api.present()).rejects.toThrow("Score the assessment first");
    await score();
    expect(await api.present()).toEqual({ zoomed: true });
    expect(book.activeSheet).toBe("Results");
    expect([book.sheet("Results").showGridlines, book.sheet("Results").showHeadings]).toEqual([
      false,
      false,
    ]);
    expect(book.zoom).not.toBe(100); // fitted to the window
    await api.restoreView();
    expect([book.sheet("Results").showGridlines, book.zoom]).toEqual([true, 100]);
  });

  it("leaves the zoom alone where the host cannot set it (Excel on the web)", async () => {
    const { book, excel, score } = await newAssessment();
    const api = officeAssessmentApi(excel as unknown as typeof Excel, {
      ...ALL_CAPABILITIES,
      windowZoom: false,
    });
    await score();
    expect(await api.present()).toEqual({ zoomed: false });
    expect(book.zoom).toBe(100);
    expect(book.sheet("Results").showGridlines).toBe(false);
  });
});

describe("an emptied sheet of ours", () => {
  it("is redrawn in place, not replaced by a second Results sheet", async () => {
    const { book, excel, score } = await newAssessment();
    await answerLikeSurrey(book);
    await score();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Results").getRange().clear("All");
      await ctx.sync();
    });
    await score();
    expect(book.sheetNames.filter((n) => n.startsWith("Results"))).toEqual(["Results"]);
    expect(book.sheet("Results").values[0][0]).toBe("SVMI results");
  });
});

describe("a formula the team typed on a sheet of ours (found in review)", () => {
  it("goes back as a formula, not as text, on every re-score", async () => {
    const { book, excel, score } = await newAssessment();
    await answerLikeSurrey(book);
    await score();
    // Far right of the drawing, where nothing of svmi's goes; the fake keeps a formula's text.
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Action Plan").getRange("K2").formulas = [["=1+2"]];
      await ctx.sync();
    });
    await score();
    await score();
    expect(book.sheet("Action Plan").formulas).toEqual({ K2: "=1+2" });
  });
});

describe("a copy of the add-in that sees none of the settings", () => {
  it("scores from the cells, and records the settings again", async () => {
    const { book, score } = await newAssessment();
    await answerLikeSurrey(book);
    // Settings belong to one copy of the add-in (sideloaded, admin-deployed, store): another sees none.
    book._settings.clear();
    const { outcome, syncs } = await score();
    expect(outcome.result.framework.id).toBe("public");
    expect(syncs).toBe(3); // a first run: what exists, the data, the write
    expect(book.settings).toMatchObject({ "svmi.framework": "public", "svmi.version": "1.0" });
  });
});

describe("level cells left out of date", () => {
  it("are reported by a read after answers changed without a re-score, and not after one", async () => {
    const { book, score } = await newAssessment();
    await answerLikeSurrey(book);
    expect((await score({ write: false })).outcome.levelsStale).toBe(true);
    await score();
    expect((await score({ write: false })).outcome.levelsStale).toBe(false);
  });
});

describe("the Action Tracker's table", () => {
  it("is kept and resized in place where Excel can (1.13): same table, same columns", async () => {
    const { book, score } = await newAssessment();
    await score(); // nothing answered: no actions, a table of one empty row
    const before = book.table("SVMI_TrackerTable")!;
    await answerLikeSurrey(book);
    await score();
    const after = book.table("SVMI_TrackerTable")!;
    expect(after.id).toBe(before.id);
    expect(after.columns).toEqual(before.columns);
    expect(after.rows).toBeGreaterThan(before.rows);
    expect(after.address).toBe(
      `A6:${String.fromCharCode(64 + before.columns.length)}${6 + after.rows - 1}`
    );
  });

  it("is drawn afresh where Excel cannot resize tables", async () => {
    const book = new FakeWorkbook();
    const excel = createFakeExcel(book);
    const caps = { ...ALL_CAPABILITIES, tableResize: false };
    await excel.run((ctx) => createAssessment(ctx, getFramework("public"), DETAILS, caps));
    await excel.run((ctx) => rescore(ctx, caps)); // no answers: a tracker of one empty row
    const first = book.table("SVMI_TrackerTable")!.id;
    await answerLikeSurrey(book); // new actions: a longer table, so a full redraw
    await excel.run((ctx) => rescore(ctx, caps));
    expect(book.table("SVMI_TrackerTable")!.id).not.toBe(first);
  });
});

describe("a re-score after one answer", () => {
  it("writes only the cells that change (cells and format operations), and leaves the sheets as a full redraw would", async () => {
    const { book, score } = await newAssessment();
    await answerLikeSurrey(book);
    const written = () => book.cellsWritten + book.formatOperations;
    let before = written();
    await score();
    const full = written() - before;
    // One answer: the first question whose present is below its future goes one option up
    // (an action done: its tracker row stays, marked no longer required).
    const values = book.sheet("Questionnaire").values;
    const header = values.findIndex((row) => row.includes("Question ID"));
    const [idAt, presentAt, futureAt] = ["Question ID", "Present", "Future"].map((h) =>
      values[header].indexOf(h)
    );
    const framework = getFramework("public");
    const at = (r: unknown[], column: number) =>
      framework.question(String(r[idAt]))!.options.findIndex((o) => o.text === r[column]);
    const row = values.findIndex(
      (r, i) =>
        i > header && framework.question(String(r[idAt])) && at(r, presentAt) < at(r, futureAt)
    );
    const options = framework.question(String(values[row][idAt]))!.options;
    const next = options[at(values[row], presentAt) + 1].text;
    await book.userEdit("Questionnaire", `${String.fromCharCode(65 + presentAt)}${row + 1}`, next);
    before = written();
    const { syncs } = await score();
    const one = written() - before;
    expect(syncs).toBe(2);
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThanOrEqual(full / 10);
    // The same answers drawn in full in a fresh workbook give the same Results and Action Plan
    // (the tracker keeps its history: the done action's row stays, no longer required).
    const fresh = await newAssessment();
    const answers = book.sheet("Questionnaire").values;
    await fresh.book.userEdit(
      "Questionnaire",
      `D${header + 2}:E${answers.length}`,
      answers.slice(header + 1).map((r) => [r[presentAt], r[futureAt]] as [string, string])
    );
    await fresh.score();
    for (const name of ["Results", "Action Plan"])
      expect([name, book.sheet(name).values]).toEqual([name, fresh.book.sheet(name).values]);
    expect(book.sheet("Action Tracker").values.flat()).toContain("No longer required");
  });
});

describe("a protected sheet", () => {
  it("is found before anything is written: a clear message, nothing half redrawn", async () => {
    const { book, score } = await newAssessment();
    await answerLikeSurrey(book);
    await score();
    book.protectSheet("Action Plan");
    const before = book.cellsWritten + book.formatOperations;
    await expect(score()).rejects.toThrow(
      "'Action Plan' is protected, so the assessment cannot be scored into it: unprotect (Review > Unprotect Sheet) and score again. Nothing was changed."
    );
    expect(book.cellsWritten + book.formatOperations).toBe(before);
    // Reading (a co-author's refresh) still works.
    expect((await score({ write: false })).outcome.result.framework.id).toBe("public");
  });
});

/** Raises the future of the first question that can go one option higher; gives its id. */
async function raiseOneFuture(book: FakeWorkbook): Promise<string> {
  const values = book.sheet("Questionnaire").values;
  const header = values.findIndex((row) => row.includes("Question ID"));
  const [idAt, futureAt] = ["Question ID", "Future"].map((h) => values[header].indexOf(h));
  const framework = getFramework("public");
  const row = values.findIndex((r, i) => {
    const q = i > header ? framework.question(String(r[idAt])) : undefined;
    return q !== undefined && q.options[q.options.length - 1].text !== r[futureAt];
  });
  const options = framework.question(String(values[row][idAt]))!.options;
  const next = options[options.findIndex((o) => o.text === values[row][futureAt]) + 1].text;
  await book.userEdit("Questionnaire", `${String.fromCharCode(65 + futureAt)}${row + 1}`, next);
  return String(values[row][idAt]);
}

describe("a re-score after one answer that adds an action", () => {
  it("adds the tracker row in place: a few cells, the same table grown, its formats over the new row", async () => {
    const { book, score } = await newAssessment();
    await answerLikeSurrey(book);
    const written = () => book.cellsWritten + book.formatOperations;
    let before = written();
    await score();
    const full = written() - before;
    const table = book.table("SVMI_TrackerTable")!;
    const raised = await raiseOneFuture(book); // one action more
    before = written();
    const { syncs } = await score();
    const one = written() - before;
    expect(syncs).toBe(2);
    expect(one).toBeLessThanOrEqual(full / 10);
    const grown = book.table("SVMI_TrackerTable")!;
    expect(grown.id).toBe(table.id);
    expect(grown.rows).toBe(table.rows + 1);
    const lastRow = grown.row + grown.rows; // 1-based row of the new body row
    const tracker = book.sheet("Action Tracker");
    expect(tracker.values[lastRow - 1][2]).toBe(raised); // its Question ID
    const status = tracker.validations.find((v) => JSON.stringify(v.rule).includes("Not started"));
    expect(status?.address).toMatch(new RegExp(`^H7:H${lastRow}$`));
  });
});

describe("found in review of writing only what changed", () => {
  it("a protected lists sheet stops the write before anything changes", async () => {
    const { book, score } = await newAssessment();
    await answerLikeSurrey(book);
    await score();
    book.protectSheet("SVMI Lists");
    const before = book.cellsWritten + book.formatOperations;
    await expect(score()).rejects.toThrow("'SVMI Lists' is protected");
    expect(book.cellsWritten + book.formatOperations).toBe(before);
  });

  it("a chart the user deleted comes back", async () => {
    const { book, excel, score } = await newAssessment();
    await answerLikeSurrey(book);
    await score();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Results").charts.getItem("SVMI_Radar").delete();
      await ctx.sync();
    });
    expect(book.sheet("Results").charts).toHaveLength(0);
    await score();
    expect(book.sheet("Results").charts).toHaveLength(1);
  });

  it("a new action joins the tracker's table even with a note typed below it", async () => {
    const { book, score } = await newAssessment();
    await answerLikeSurrey(book);
    await score();
    const table = book.table("SVMI_TrackerTable")!;
    const below = table.row + table.rows + 5; // 1-based row, well below the table
    await book.userEdit("Action Tracker", `A${below}`, "Reviewed by the board in March");
    await score();
    await raiseOneFuture(book);
    await score();
    expect(book.table("SVMI_TrackerTable")!.rows).toBe(table.rows + 1);
    expect(book.sheet("Action Tracker").values.flat()).toContain("Reviewed by the board in March");
  });
});
