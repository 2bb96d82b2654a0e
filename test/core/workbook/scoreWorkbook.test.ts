import { WorkbookError } from "../../../src/core/workbook/errors";
import { TRACKER_COLUMNS } from "../../../src/core/workbook/layouts/tracker";
import { scoreWorkbook } from "../../../src/core/workbook/scoreWorkbook";
import type { QuestionnaireTable } from "../../../src/core/workbook/snapshot";
import { ladder, tinyFramework } from "../../helpers/tinyFramework";

/*
 * scoreWorkbook scores the questionnaire table as read (columns found by header, wherever the
 * table sits on its sheet) and lays out the sheets svmi draws: the new level columns, problems
 * located at their cells, the addresses the pane selects, Results, Action Plan and the Action
 * Tracker merged with what the team typed.
 */
const framework = tinyFramework({
  A: [ladder("A1", 0, 4), ladder("A2", 0, 4)],
  B: [ladder("B1", 0, 4)],
});
const details = { frameworkId: "tiny", organisation: "Anytown", date: "2026-03-01" };

// The table moved to C11 (header) with its columns reordered; A2's row deleted.
const table: QuestionnaireTable = {
  sheet: "My Q",
  header: ["Question ID", "Future", "Present", "Theme", "Present level", "Future level"],
  body: [
    ["A1", "L3", "L1", "A Theme A", "", ""],
    ["B1", "L2", "nope", "B Theme B", "", ""],
    ["X9", "", "", "", "", ""],
  ],
  bodyRow: 11,
  bodyColumn: 2,
};
const none = new Map<string, string>();

describe("scoreWorkbook", () => {
  const score = scoreWorkbook(framework, details, table, none);

  it("fills the level columns, one label per body row, blank where there is no level", () => {
    expect(score.levelColumns).toEqual([
      { column: 4, values: ["Follower", "", ""] },
      { column: 5, values: ["Leader", "Mature", ""] },
    ]);
  });

  it("locates answer problems at their cells and reports questions missing from the table", () => {
    expect(score.problems).toEqual(
      expect.arrayContaining([
        { message: "B1 present: 'nope' is not one of the options", sheet: "My Q", address: "E13" },
        {
          message: expect.stringContaining("'X9' is not a question"),
          sheet: "My Q",
          address: "C14",
        },
      ])
    );
    expect(score.problems.at(-1)).toEqual({
      message: "A2 is missing from the questionnaire table; add its row back to score its theme.",
    });
    expect(score.problems).toHaveLength(3);
  });

  it("gives the sheet addresses of rows and answer cells", () => {
    expect(score.rowAddress("B1")).toBe("C13:H13");
    expect(score.rowAddress("A2")).toBeUndefined();
    expect(score.answerColumns).toEqual([4, 3]);
    expect(score.answerCell("A1", "present")).toBe("E12");
    expect(score.answerCell("A1", "future")).toBe("D12");
    expect(score.answerCell("A2", "future")).toBeUndefined();
  });

  it("lays out Results with links to the problem cells", () => {
    expect(score.result.questions.find((q) => q.id === "A1")?.present.level).toBe(1);
    expect(score.results.name).toBe("Results");
    // One link per located problem; "A2 is missing" has no cell to go to.
    const targets = score.results.links?.map((l) => l.target);
    expect(targets?.sort()).toEqual(["'My Q'!C14", "'My Q'!E13"]);
  });

  it("writes the notes given into the Action Plan", () => {
    const plan = scoreWorkbook(
      framework,
      details,
      table,
      new Map([["B Theme B", "Ask the board"]])
    );
    expect(plan.actionPlan.values.find((row) => row[0] === "B Theme B")?.at(-1)).toBe(
      "Ask the board"
    );
  });

  it("keeps what the team typed on the tracker", () => {
    const values = score.tracker.values.map((row) => [...row]);
    const header = values.findIndex((row) => row.includes(TRACKER_COLUMNS.owner));
    const owner = values[header].indexOf(TRACKER_COLUMNS.owner);
    const question = values[header].indexOf(TRACKER_COLUMNS.question);
    const first = values.findIndex((row, i) => i > header && row[question] === "A1");
    values[first][owner] = "Sam";
    const again = scoreWorkbook(framework, details, table, none, values);
    expect(again.tracker.values[first]).toEqual(values[first]);
  });

  it("refuses a table without its Question ID, Present or Future column", () => {
    const header = ["Question ID", "Present", "Theme", "Question", "Present level", "Future level"];
    expect(() =>
      scoreWorkbook(framework, details, { ...table, header: [...header, "Evidence/notes"] }, none)
    ).toThrow(
      new WorkbookError(
        "The questionnaire table (SVMI_Questions) is missing its Future column(s). Undo the change or restore the headers."
      )
    );
    expect(() => scoreWorkbook(framework, details, { ...table, header }, none)).toThrow(
      WorkbookError
    );
  });
});
