import { COLUMN_ORDER } from "../../../../src/core/workbook/names";
import { readQuestionnaire } from "../../../../src/core/workbook/readers/questionnaire";

/*
 * readQuestionnaire reads the answers of the questionnaire table by its column headers (any
 * order, any case, spaces trimmed), so rows and columns moved or sorted by the user still read.
 * Without a Question ID, Present or Future column the table cannot be read at all.
 */
describe("readQuestionnaire", () => {
  it("reads each row's answers, blank cells as null and numbers as text", () => {
    const read = readQuestionnaire(COLUMN_ORDER, [
      ["A Policy", "A1", "Q?", "Some option", "", "", "", ""],
      ["A Policy", " A2 ", "Q?", null, 3, "", "", ""],
    ]);
    expect(read.answers).toEqual([
      { question: "A1", present: "Some option", future: null },
      { question: "A2", present: null, future: "3" },
    ]);
    expect(read.rowOf).toEqual(
      new Map([
        ["A1", 0],
        ["A2", 1],
      ])
    );
    expect(read.missing).toEqual([]);
  });

  it("finds columns by header in any order and case, and lists the ones missing", () => {
    const read = readQuestionnaire(
      [" future ", "Notes", "QUESTION ID", "Present"],
      [["later", "", "B1", "now"]]
    );
    expect(read.columnOf).toMatchObject({ future: 0, id: 2, present: 3, theme: -1, notes: -1 });
    expect(read.missing).toEqual([
      "Theme",
      "Question",
      "Present level",
      "Future level",
      "Evidence/notes",
    ]);
    expect(read.answers).toEqual([{ question: "B1", present: "now", future: "later" }]);
  });

  it("skips rows without an id, keeps every answer of a repeated id, and locates its first row", () => {
    const read = readQuestionnaire(
      ["Question ID", "Present", "Future"],
      [
        ["", "stray", "text"],
        ["C1", "x", null],
        ["C1", "y", null],
      ]
    );
    expect(read.answers.map((a) => a.present)).toEqual(["x", "y"]);
    expect(read.rowOf).toEqual(new Map([["C1", 1]]));
  });

  it("reads no answers when Question ID, Present or Future is missing", () => {
    const read = readQuestionnaire(["Question ID", "Present"], [["A1", "x"]]);
    expect(read.answers).toEqual([]);
    expect(read.rowOf.size).toBe(0);
    expect(read.missing).toContain("Future");
    expect(read.columnOf.future).toBe(-1);
  });
});
