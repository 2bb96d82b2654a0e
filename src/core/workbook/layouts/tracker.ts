import { tableColumnNames } from "../excelNames";
import type { AssessmentDetails } from "../details";
import type { Framework } from "../../framework/types";
import {
  NO_LONGER_REQUIRED,
  STILL_NEEDED,
  TRACKER_STATUSES,
  type TrackerRow,
} from "../../scoring/trackerMerge";
import { SHEET_NAMES } from "../names";
import { HEADER_FILL, HEADER_TEXT, INPUT_FILL } from "../palette";
import { DATE_ALERT, listAlert } from "../sheetRules";
import { area, cellAddress, styled, type CellValue, type SheetSpec } from "../sheetSpec";
import { sheetTitle } from "./sheetTitles";

/** The Action Tracker sheet: the plan as rows the team owns, in an Excel table. */

export const TRACKER_TABLE = "SVMI_TrackerTable";
const HEADER_ROW = 5;
export const HORIZON_LABEL = "Plan horizon (years)";

export const TRACKER_COLUMNS = {
  theme: "Theme",
  targetLevel: "Target level",
  question: "Question ID",
  action: "Action",
  year: "Year",
  owner: "Owner",
  due: "Due date",
  status: "Status",
  notes: "Notes",
  inPlan: "In plan",
} as const;
export type TrackerColumn = keyof typeof TRACKER_COLUMNS;
type Column = TrackerColumn;
const ORDER = Object.keys(TRACKER_COLUMNS) as Column[];
const DONE = TRACKER_STATUSES[2];
const at = (column: Column) => ORDER.indexOf(column);

export function trackerSheet(
  framework: Framework,
  details: AssessmentDetails,
  rows: readonly TrackerRow[],
  horizon: number
): SheetSpec {
  const extras = [...new Set(rows.flatMap((r) => Object.keys(r.extra ?? {})))];
  // The headers Excel will show once the table is made (unique ignoring case), so both adapters agree.
  const header = tableColumnNames([...ORDER.map((c) => TRACKER_COLUMNS[c]), ...extras]).headerTexts;
  const body: CellValue[][] = rows.map((r) => [
    r.theme,
    framework.levels[r.targetLevel]?.label ?? "",
    r.question,
    r.action,
    r.year,
    r.owner,
    r.due,
    r.status,
    r.notes,
    r.inPlan,
    ...extras.map((e) => r.extra?.[e] ?? ""),
  ]);
  const count = Math.max(1, body.length); // an Excel table needs a body row
  const first = HEADER_ROW + 1;
  const cell = (column: Column) => cellAddress(first, at(column)).replace(/^([A-Z]+)/, "$$$1");
  const everyRow = area(first, 0, count, header.length);
  return {
    name: SHEET_NAMES.tracker,
    values: [
      [sheetTitle(framework, "tracker")],
      ["Organisation", details.organisation],
      [HORIZON_LABEL, horizon],
      [
        "How to use",
        "Give each action an owner, a year and a due date, and keep its status up to date. Re-scoring adds new actions and marks those no longer needed; it never removes a row or anything you typed.",
      ],
      [],
      header,
      ...(body.length ? body : [[]]),
    ],
    columnWidths: [150, 90, 70, 380, 50, 120, 90, 100, 220, 120, ...extras.map(() => 120)],
    freezeRows: first,
    merges: [area(3, 1, 1, 8)],
    styles: [
      styled(area(0, 0), { bold: true, fontSize: 16 }),
      styled(area(1, 0, 3, 1), { bold: true }),
      styled(area(2, 1), { fill: INPUT_FILL, horizontal: "Left" }),
      styled(area(3, 1), { wrap: true, vertical: "Top", italic: true }),
      styled(area(HEADER_ROW, 0, 1, header.length), {
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_TEXT,
      }),
      styled(everyRow, { wrap: true, vertical: "Top" }),
      styled(area(first, at("year"), count, 5), { fill: INPUT_FILL }),
      styled(area(first, at("due"), count, 1), { fill: INPUT_FILL, numberFormat: "yyyy-mm-dd" }),
    ],
    table: { name: TRACKER_TABLE, area: area(HEADER_ROW, 0, count + 1, header.length) },
    growable: true,
    validations: [
      {
        area: area(first, at("status"), count, 1),
        list: TRACKER_STATUSES,
        alert: listAlert(TRACKER_STATUSES),
      },
      { area: area(first, at("due"), count, 1), date: true, alert: DATE_ALERT },
    ],
    // Marked by more than colour: done rows are struck through, overdue ones bold on red.
    conditionalRules: [
      {
        area: everyRow,
        when: { formula: `${cell("inPlan")}="${NO_LONGER_REQUIRED}"` },
        format: { fontColor: "#6B6B6B", strike: true },
      },
      {
        area: everyRow,
        when: { formula: `${cell("status")}="${DONE}"` },
        format: { fill: "#E2EFDA", strike: true },
      },
      {
        area: everyRow,
        when: {
          formula: `AND(ISNUMBER(${cell("due")}),${cell("due")}<TODAY(),${cell("status")}<>"${DONE}",${cell("inPlan")}="${STILL_NEEDED}")`,
        },
        format: { fill: "#F8D7DA", fontColor: "#7A1020", bold: true },
      },
    ],
    print: { landscape: true, fitToWidth: true, repeatRows: area(HEADER_ROW, 0, 1, header.length) },
  };
}
