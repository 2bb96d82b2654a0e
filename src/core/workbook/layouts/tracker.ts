import { tableColumnNames } from "../excelNames";
import type { AssessmentDetails } from "../details";
import { LEVEL_LABELS, LEVELS, type Level } from "../../framework/levels";
import {
  DEFAULT_HORIZON_YEARS,
  NO_LONGER_REQUIRED,
  STILL_NEEDED,
  TRACKER_STATUSES,
  type TrackerRow,
  type Typed,
} from "../../scoring/trackerMerge";
import { SHEET_NAMES } from "../names";
import { HEADER_FILL, HEADER_TEXT, INPUT_FILL } from "../palette";
import { area, cellAddress, styled, type CellValue, type SheetSpec } from "../sheetSpec";

/** The Action Tracker sheet: the plan as rows the team owns, in an Excel table. */

export const TRACKER_TABLE = "SVMI_TrackerTable";
const HEADER_ROW = 5;
const HORIZON_LABEL = "Plan horizon (years)";

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
type Column = keyof typeof TRACKER_COLUMNS;
const ORDER = Object.keys(TRACKER_COLUMNS) as Column[];
const DONE = TRACKER_STATUSES[2];
const at = (column: Column) => ORDER.indexOf(column);

export function trackerSheet(
  details: AssessmentDetails,
  rows: readonly TrackerRow[],
  horizon: number
): SheetSpec {
  const extras = [...new Set(rows.flatMap((r) => Object.keys(r.extra ?? {})))];
  // The headers Excel will show once the table is made (unique ignoring case), so both adapters agree.
  const header = tableColumnNames([...ORDER.map((c) => TRACKER_COLUMNS[c]), ...extras]).headerTexts;
  const body: CellValue[][] = rows.map((r) => [
    r.theme,
    LEVEL_LABELS[r.targetLevel],
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
      ["SVMI action tracker"],
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
    validations: [
      { area: area(first, at("status"), count, 1), list: TRACKER_STATUSES },
      { area: area(first, at("due"), count, 1), date: true },
    ],
    // Marked by more than colour: done rows are struck through, overdue ones bold on red.
    formulaFormats: [
      {
        area: everyRow,
        formula: `${cell("inPlan")}="${NO_LONGER_REQUIRED}"`,
        fontColor: "#6B6B6B",
        strike: true,
      },
      { area: everyRow, formula: `${cell("status")}="${DONE}"`, fill: "#E2EFDA", strike: true },
      {
        area: everyRow,
        formula: `AND(ISNUMBER(${cell("due")}),${cell("due")}<TODAY(),${cell("status")}<>"${DONE}",${cell("inPlan")}="${STILL_NEEDED}")`,
        fill: "#F8D7DA",
        fontColor: "#7A1020",
        bold: true,
      },
    ],
    print: { landscape: true, fitToWidth: true, repeatRows: area(HEADER_ROW, 0, 1, header.length) },
  };
}

/** The tracker as the team left it: its rows (by header names, in their order) and horizon. */
export function readTracker(values: readonly (readonly unknown[])[]): {
  rows: TrackerRow[];
  horizon: number;
} {
  const horizonRow = values.find((r) => String(r[0] ?? "").trim() === HORIZON_LABEL);
  const typedHorizon = Number(horizonRow?.[1]);
  const horizon =
    Number.isInteger(typedHorizon) && typedHorizon >= 1 && typedHorizon <= 10
      ? typedHorizon
      : DEFAULT_HORIZON_YEARS;
  const headerIndex = values.findIndex(
    (r) => r.includes(TRACKER_COLUMNS.question) && r.includes(TRACKER_COLUMNS.targetLevel)
  );
  if (headerIndex < 0) return { rows: [], horizon };
  const header = values[headerIndex].map((h) => String(h ?? "").trim());
  const columnOf = (c: Column) => header.indexOf(TRACKER_COLUMNS[c]);
  const known = new Set<string>(Object.values(TRACKER_COLUMNS));
  const rows: TrackerRow[] = [];
  for (const row of values.slice(headerIndex + 1)) {
    const get = (c: Column): Typed => typed(row[columnOf(c)]);
    const question = String(get("question")).trim();
    const level = LEVELS.find((l) => LEVEL_LABELS[l] === String(get("targetLevel")).trim());
    if (!question || level === undefined) continue;
    const extra: Record<string, Typed> = {};
    header.forEach((h, i) => {
      if (h && !known.has(h) && typed(row[i]) !== "") extra[h] = typed(row[i]);
    });
    rows.push({
      theme: String(get("theme")),
      targetLevel: level as Level,
      question,
      action: String(get("action")),
      year: get("year"),
      owner: get("owner"),
      due: get("due"),
      status: get("status"),
      notes: get("notes"),
      inPlan: String(get("inPlan")),
      ...(Object.keys(extra).length ? { extra } : {}),
    });
  }
  return { rows, horizon };
}

function typed(value: unknown): Typed {
  if (typeof value === "number") return value;
  return value === null || value === undefined ? "" : String(value);
}
