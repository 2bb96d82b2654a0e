import { getFramework } from "../../../../src/core/framework/registry";
import type { TrackerRow } from "../../../../src/core/scoring/trackerMerge";
import {
  HORIZON_LABEL,
  TRACKER_COLUMNS as C,
  trackerSheet,
} from "../../../../src/core/workbook/layouts/tracker";
import { readTracker } from "../../../../src/core/workbook/readers/tracker";

/*
 * readTracker reads the Action Tracker as the team left it: its rows by header name (so moved
 * columns and rows, and columns the team added, survive a re-score) and its plan horizon.
 */
const PUBLIC = getFramework("public");
const DETAILS = { frameworkId: "public", organisation: "Anytown", date: "2026-03-01" };

const row = (question: string, targetLevel: 1 | 2 | 3 | 4, typed: Partial<TrackerRow> = {}) => ({
  theme: `${question[0]} Theme`,
  targetLevel,
  question,
  action: `Raise ${question}`,
  year: 1,
  owner: "",
  due: "",
  status: "Not started",
  notes: "",
  inPlan: "Yes",
  ...typed,
});

describe("readTracker", () => {
  it("reads back the rows and horizon the tracker was drawn with", () => {
    const rows = [
      row("A1", 2, { owner: "Sam", due: 46100, status: "In progress", year: 2 }),
      row("B3", 4, {
        notes: "after the audit",
        inPlan: "No longer required",
        extra: { Cost: 500 },
      }),
    ];
    const sheet = trackerSheet(PUBLIC, DETAILS, rows, 5);
    const read = readTracker(PUBLIC, sheet.values);
    expect(read.horizon).toBe(5);
    expect(read.rows).toEqual(rows);
  });

  it("reads columns by header in any order, and blank cells as empty text", () => {
    const values = [
      [C.question, "Budget", C.targetLevel, C.owner, C.theme],
      ["C2", 1200, "Leader", null, "C Procurement"],
      ["C3", "", "Mature", "Jo", "C Procurement"],
    ];
    const { rows } = readTracker(PUBLIC, values);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      question: "C2",
      targetLevel: 3,
      owner: "",
      theme: "C Procurement",
      action: "",
      extra: { Budget: 1200 },
    });
    // An added column left blank is not recorded for that row.
    expect(rows[1]).toMatchObject({ question: "C3", targetLevel: 2, owner: "Jo" });
    expect(rows[1].extra).toBeUndefined();
  });

  it("skips rows without a question or with a target level the framework does not have", () => {
    const values = [
      [C.question, C.targetLevel],
      ["", "Leader"],
      ["D1", "Gold"],
      ["D2", ""],
      [" D3 ", " Innovator "],
    ];
    expect(readTracker(PUBLIC, values).rows.map((r) => [r.question, r.targetLevel])).toEqual([
      ["D3", 4],
    ]);
  });

  it("reads no rows without a header holding Question ID and Target level", () => {
    expect(
      readTracker(PUBLIC, [
        [C.question, C.action],
        ["A1", "x"],
      ]).rows
    ).toEqual([]);
  });

  it.each([
    [4, 4],
    [1, 1],
    [10, 10],
    [0, 3],
    [11, 3],
    [2.5, 3],
    ["two", 3],
    [undefined, 3],
  ])(
    "reads a horizon typed as %p as %p years (3 unless a whole number from 1 to 10)",
    (typed, years) => {
      expect(readTracker(PUBLIC, [[HORIZON_LABEL, typed]]).horizon).toBe(years);
    }
  );

  it("takes the default horizon when there is no horizon row", () => {
    expect(readTracker(PUBLIC, []).horizon).toBe(3);
  });
});
