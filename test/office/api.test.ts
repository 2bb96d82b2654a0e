import { NoAssessmentError, WorkbookError } from "../../src/core/workbook/errors";
import { isNoAssessment, officeAssessmentApi, type ChangeEvent } from "../../src/office/api";
import { ALL_CAPABILITIES } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/*
 * The taskpane's one door to Excel: each AssessmentApi call is one Excel.run on the workbook
 * (create, score with or without writing, select, present and restore, watch edits), and
 * isNoAssessment tells "no assessment here yet" from other failures.
 */

const DETAILS = { frameworkId: "public", organisation: "Anytown Council", date: "2026-11-22" };

function setup() {
  const book = new FakeWorkbook();
  const excel = createFakeExcel(book);
  const api = officeAssessmentApi(excel as unknown as typeof Excel, ALL_CAPABILITIES);
  return { book, api };
}

describe("isNoAssessment", () => {
  it("is true only for the no-assessment error", () => {
    expect(isNoAssessment(new NoAssessmentError("none"))).toBe(true);
    expect(isNoAssessment(new WorkbookError("the table is missing"))).toBe(false);
    expect(isNoAssessment(new Error("none"))).toBe(false);
    expect(isNoAssessment("none")).toBe(false);
  });
});

describe("officeAssessmentApi", () => {
  it("refuses an unknown framework without touching the workbook", async () => {
    const { book, api } = setup();
    await expect(api.create({ ...DETAILS, frameworkId: "charity" })).rejects.toThrow(
      "Unknown framework 'charity'"
    );
    expect(book.sheetNames).toEqual(["Sheet1"]);
    expect(book.names).toEqual({});
    expect(book.syncCount).toBe(0);
  });

  it("reads without writing, scores with writing, and says where the questionnaire is", async () => {
    const { book, api } = setup();
    const first = await api.read().catch((error: unknown) => error);
    expect(isNoAssessment(first)).toBe(true);
    await api.create({ ...DETAILS, frameworkId: "business" });
    expect(book.settings).toMatchObject({ "svmi.framework": "business" });
    const read = await api.read();
    expect(book.sheetNames).not.toContain("Results");
    expect(read.framework.id).toBe("business");
    const { questionnaire } = await api.rescore();
    expect(book.sheetNames).toEqual(expect.arrayContaining(["Results", "Action Plan"]));
    // Present and Future are columns D and E; the first question's row is the table's first.
    expect(questionnaire.sheet).toBe("Questionnaire");
    expect(questionnaire.answerColumns).toEqual([3, 4]);
    const firstId = read.framework.themes[0].questions[0].id;
    expect(questionnaire.rowAddress(firstId)).toBe("A8:H8");
    expect(questionnaire.answerCell(firstId, "future")).toBe("E8");
    expect(questionnaire.rowAddress("no such question")).toBeUndefined();
  });

  it("activates a sheet and selects a range on it", async () => {
    const { book, api } = setup();
    await api.create(DETAILS);
    expect(book.activeSheet).toBe("Questionnaire");
    await api.select("Sheet1", "C4:D5");
    expect(book.selection).toEqual({ sheet: "Sheet1", address: "C4:D5" });
  });

  it("restores the view only after presenting, and only once", async () => {
    const { book, api } = setup();
    await api.create(DETAILS);
    await api.rescore();
    const idle = book.syncCount;
    await api.restoreView();
    expect(book.syncCount).toBe(idle);
    await api.present();
    expect(book.zoom).not.toBe(100);
    await api.restoreView();
    expect(book.zoom).toBe(100);
    const restored = book.syncCount;
    await api.restoreView();
    expect(book.syncCount).toBe(restored);
  });

  it("watches the questionnaire table's sheet, wherever it is, and passes each event on", async () => {
    const { book, api } = setup();
    await api.create(DETAILS);
    book.renameSheet("Questionnaire", "Our answers");
    const events: ChangeEvent[] = [];
    const stop = await api.watch((event) => events.push(event));
    await book.userEdit("Sheet1", "D8", "not the questionnaire");
    await book.userEdit("Our answers", "D8:E8", [["x", "y"]], "Remote");
    await stop();
    expect(events).toEqual([{ address: "D8:E8", source: "Remote", triggerSource: "Unknown" }]);
  });
});

describe("while the user edits a cell", () => {
  it("every call waits for the edit to end instead of failing", async () => {
    const { book, api } = setup();
    await api.create(DETAILS);
    book.startCellEdit();
    let done = false;
    const scoring = api.rescore().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    book.endCellEdit();
    await scoring;
    expect(book.sheetNames).toContain("Results");
  });
});

describe("run options", () => {
  it("asks for one undo step per run where Excel has it (1.20), and waits for cell edits always", async () => {
    const seen: unknown[] = [];
    const recording = (caps: typeof ALL_CAPABILITIES) => {
      const excel = createFakeExcel(new FakeWorkbook());
      const spy = {
        run: (options: unknown, batch: (c: Excel.RequestContext) => Promise<unknown>) => {
          seen.push(options);
          return excel.run(options as Excel.RunOptions, batch);
        },
      };
      return officeAssessmentApi(spy as unknown as typeof Excel, caps);
    };
    await recording(ALL_CAPABILITIES)
      .read()
      .catch(() => undefined);
    await recording({ ...ALL_CAPABILITIES, undoGroup: false })
      .read()
      .catch(() => undefined);
    expect(seen).toEqual([
      { delayForCellEdit: true, mergeUndoGroup: true },
      { delayForCellEdit: true },
    ]);
  });
});

describe("answersFingerprint", () => {
  it("is undefined without a questionnaire, and one sync with one", async () => {
    const { book, api } = setup();
    expect(await api.answersFingerprint()).toBeUndefined();
    await api.create(DETAILS);
    const before = book.syncCount;
    expect(typeof (await api.answersFingerprint())).toBe("string");
    expect(book.syncCount - before).toBe(1);
  });
});
