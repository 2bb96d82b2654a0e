import {
  NO_LONGER_REQUIRED,
  TRACKER_STATUSES,
  type TrackerRow,
} from "../../../../src/core/scoring/trackerMerge";
import type { AssessmentDetails } from "../../../../src/core/workbook/details";
import {
  HORIZON_LABEL,
  TRACKER_COLUMNS,
  TRACKER_TABLE,
  trackerSheet,
} from "../../../../src/core/workbook/layouts/tracker";
import { SHEET_NAMES } from "../../../../src/core/workbook/names";
import { DATE_ALERT, listAlert } from "../../../../src/core/workbook/sheetRules";
import { area } from "../../../../src/core/workbook/sheetSpec";
import { medalFramework } from "../../../helpers/medalFramework";

/*
 * The Action Tracker sheet: the plan as rows of an Excel table the team owns (owner, year, due
 * date, status, notes), with a status dropdown, a date check on the due date, and rules that
 * strike through done or dropped actions and mark overdue ones.
 */

const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;
const HEADERS = Object.values(TRACKER_COLUMNS);
const details: AssessmentDetails = {
  frameworkId: "medal-test",
  organisation: "Anytown Council",
  date: "2025-03-31",
};

const row = (over: Partial<TrackerRow> = {}): TrackerRow => ({
  theme: "People",
  targetLevel: 2,
  question: "Pe-1",
  action: "Pe-1: take it to every team",
  year: 2,
  owner: "Jo",
  due: 46000,
  status: "In progress",
  notes: "",
  inPlan: "Yes",
  ...over,
});

describe("trackerSheet", () => {
  const medal = medalFramework();

  it("writes the title, organisation and horizon, then one table row per action", () => {
    const rows = [row(), row({ question: "Pl-1", theme: "Pl.2", targetLevel: 1, action: "x" })];
    const sheet = trackerSheet(medal, details, rows, 3);
    expect(sheet.name).toBe(SHEET_NAMES.tracker);
    expect(sheet.values.slice(0, 3)).toEqual([
      ["Medal test framework: action tracker"],
      ["Organisation", "Anytown Council"],
      [HORIZON_LABEL, 3],
    ]);
    expect(sheet.values.slice(HEADER_ROW)).toEqual([
      HEADERS,
      [
        "People",
        "Gold",
        "Pe-1",
        "Pe-1: take it to every team",
        2,
        "Jo",
        46000,
        "In progress",
        "",
        "Yes",
      ],
      ["Pl.2", "Silver", "Pl-1", "x", 2, "Jo", 46000, "In progress", "", "Yes"],
    ]);
    expect(sheet.table).toEqual({
      name: TRACKER_TABLE,
      area: area(HEADER_ROW, 0, 3, HEADERS.length),
    });
    expect(sheet.freezeRows).toBe(FIRST_ROW);
  });

  it("leaves the target level blank for a level the framework lacks", () => {
    const sheet = trackerSheet(medal, details, [row({ targetLevel: 4 })], 3);
    expect(sheet.values[FIRST_ROW][1]).toBe("");
  });

  it("keeps one empty body row when there are no actions, as an Excel table needs one", () => {
    const sheet = trackerSheet(medal, details, [], 3);
    expect(sheet.values.slice(HEADER_ROW)).toEqual([HEADERS, []]);
    expect(sheet.table?.area).toEqual(area(HEADER_ROW, 0, 2, HEADERS.length));
    expect(sheet.validations?.every((v) => v.area.rows === 1)).toBe(true);
  });

  it("adds the team's own columns after ours, with headers unique ignoring case", () => {
    const rows = [row({ extra: { Budget: 500 } }), row({ extra: { notes: "second notes" } })];
    const sheet = trackerSheet(medal, details, rows, 3);
    const header = sheet.values[HEADER_ROW].map(String);
    expect(header.slice(0, HEADERS.length)).toEqual(HEADERS);
    expect(header.slice(HEADERS.length)).toHaveLength(2);
    expect(header[HEADERS.length]).toBe("Budget");
    expect(new Set(header.map((h) => h.toUpperCase())).size).toBe(header.length);
    expect(sheet.values[FIRST_ROW].slice(HEADERS.length)).toEqual([500, ""]);
    expect(sheet.values[FIRST_ROW + 1].slice(HEADERS.length)).toEqual(["", "second notes"]);
    expect(sheet.table?.area.columns).toBe(HEADERS.length + 2);
    expect(sheet.columnWidths).toHaveLength(HEADERS.length + 2);
  });

  it("checks Status against the statuses and Due date as a date, on every row", () => {
    const sheet = trackerSheet(medal, details, [row(), row(), row()], 3);
    const status = HEADERS.indexOf(TRACKER_COLUMNS.status);
    const due = HEADERS.indexOf(TRACKER_COLUMNS.due);
    expect(sheet.validations).toEqual([
      {
        area: area(FIRST_ROW, status, 3, 1),
        list: TRACKER_STATUSES,
        alert: listAlert(TRACKER_STATUSES),
      },
      { area: area(FIRST_ROW, due, 3, 1), date: true, alert: DATE_ALERT },
    ]);
  });

  it("marks dropped, done and overdue rows by formulas on the first body row", () => {
    const sheet = trackerSheet(medal, details, [row(), row()], 3);
    const rules = sheet.conditionalRules!;
    const everyRow = area(FIRST_ROW, 0, 2, HEADERS.length);
    expect(rules.map((r) => r.area)).toEqual([everyRow, everyRow, everyRow]);
    // Row 7 is the first body row; Due date, Status and In plan are columns G, H and J.
    expect(rules.map((r) => r.when)).toEqual([
      { formula: `$J7="${NO_LONGER_REQUIRED}"` },
      { formula: '$H7="Done"' },
      { formula: 'AND(ISNUMBER($G7),$G7<TODAY(),$H7<>"Done",$J7="Yes")' },
    ]);
    expect(rules[0].format.strike).toBe(true);
    expect(rules[1].format.strike).toBe(true);
    expect(rules[2].format.bold).toBe(true);
  });
});
