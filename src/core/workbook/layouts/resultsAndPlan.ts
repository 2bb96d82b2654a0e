import type { AssessmentDetails } from "../details";
import type { OverallScore, ScoreResult } from "../../scoring/types";
import { actionPlanGrid, TARGET_LEVELS } from "../../scoring/actionPlan";
import type { Framework } from "../../framework/loadFramework";
import { LEVEL_LABELS, LEVELS } from "../../framework/levels";
import { CHART_NAME, SHEET_NAMES } from "../names";
import { HEADER_FILL, HEADER_TEXT, INPUT_FILL, SERIES_COLOURS } from "../palette";
import { area, styled, type CellValue, type SheetSpec } from "../sheetSpec";

/** A problem to list on the Results sheet, with the cell it concerns when there is one. */
export interface LocatedProblem {
  message: string;
  /** e.g. 'Questionnaire'!D12 */
  target?: string;
}

const RESULTS_TABLE_ROW = 7;
const CHART_DATA_COLUMN = 16; // column Q, right of the chart

function overallText(overall: OverallScore): [CellValue, CellValue] {
  if (overall.mean === null) return ["Not yet scored", ""];
  if (overall.provisional) return ["Not yet scored", `provisional mean ${overall.mean.toFixed(1)}`];
  return [overall.label, `mean ${overall.mean.toFixed(1)}`];
}

function headerRows(title: string, details: AssessmentDetails, result: ScoreResult): CellValue[][] {
  return [
    [title],
    ["Organisation", details.organisation || result.organisation],
    ["Present Performance", ...overallText(result.overall.present)],
    ["Future Target", ...overallText(result.overall.future)],
    [
      "Framework",
      `${result.framework.name}, version ${result.framework.version}`,
      `assessed ${details.date}`,
    ],
  ];
}

const HEADER_STYLES = [
  styled(area(0, 0), { bold: true, fontSize: 18 }),
  styled(area(1, 0, 4, 1), { bold: true }),
  styled(area(2, 1, 2, 1), { bold: true, fontSize: 14 }),
];

/** The Results sheet: overall levels, the theme table, the level key, problems, and the radar chart. */
export function resultsSheet(
  details: AssessmentDetails,
  result: ScoreResult,
  problems: LocatedProblem[]
): SheetSpec {
  const themeRows: CellValue[][] = result.themes.map((t) => [
    t.id,
    t.name,
    t.present.label ?? `${t.unanswered.present} unanswered`,
    t.future.label ?? `${t.unanswered.future} unanswered`,
  ]);
  const themeCount = themeRows.length;
  const keyRow = RESULTS_TABLE_ROW + themeCount + 2;
  const problemRow = keyRow + LEVELS.length + 2;
  const values: CellValue[][] = [
    ...headerRows("SVMI results", details, result),
    [],
    [],
    ["", "Theme", "Present", "Future"],
    ...themeRows,
    [],
    ["Level key (chart scale)"],
    ...LEVELS.map((level) => [level, LEVEL_LABELS[level]]),
    [],
    [problems.length ? `Problems (${problems.length})` : "Problems: none"],
    ...problems.map((p) => [p.target ? "Go to cell" : "", p.message]),
  ];
  // The chart's own data block, right of the chart: theme names and levels as numbers 0-4.
  const chartData = area(RESULTS_TABLE_ROW, CHART_DATA_COLUMN, themeCount + 1, 3);
  // Top-left blank: Excel then reads the first row as series names and the first column as categories.
  const chartRows: CellValue[][] = [
    ["", "Present", "Future"],
    ...result.themes.map((t) => [t.name, t.present.level, t.future.level]),
  ];
  chartRows.forEach((row, i) => {
    const target = (values[RESULTS_TABLE_ROW + i] ??= []);
    while (target.length < CHART_DATA_COLUMN) target.push(null);
    target.push(...row);
  });

  return {
    name: SHEET_NAMES.results,
    values,
    columnWidths: [140, 300, 150, 150, 20, ...Array<number>(11).fill(60), 220, 70, 70],
    styles: [
      ...HEADER_STYLES,
      styled(area(RESULTS_TABLE_ROW, 0, 1, 6), {
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_TEXT,
      }),
      styled(area(RESULTS_TABLE_ROW + 1, 0, themeCount, 6), { fontSize: 12, vertical: "Center" }),
      styled(area(RESULTS_TABLE_ROW + 1, 2, themeCount, 2), { bold: true, horizontal: "Center" }),
      styled(area(keyRow, 0), { bold: true }),
      styled(area(problemRow, 0), { bold: true }),
      styled(area(problemRow + 1, 0, problems.length || 1, 1), { fontColor: "#0563C1" }),
    ],
    levelFormats: [
      area(RESULTS_TABLE_ROW + 1, 2, themeCount, 2),
      area(2, 1, 2, 1),
      area(keyRow + 1, 1, LEVELS.length, 1),
    ],
    links: problems.flatMap((p, i) =>
      p.target ? [{ row: problemRow + 1 + i, column: 0, target: p.target }] : []
    ),
    // Printed: the tables and the chart, one page wide; the chart's data block stays on screen only.
    print: {
      landscape: true,
      fitToWidth: true,
      area: area(0, 0, values.length, CHART_DATA_COLUMN - 1),
    },
    chart: {
      name: CHART_NAME,
      title: "Present and future by theme (0 Incomplete/Non Compliant to 4 Innovator)",
      data: chartData,
      seriesColours: [SERIES_COLOURS.present, SERIES_COLOURS.future],
      minimum: 0,
      maximum: 4,
      anchor: area(1, 5, 24, 10),
    },
  };
}

export const ACTION_PLAN_HEADER_ROW = 6; // after the five header rows and a blank one
export const NOTES_HEADER = "Notes";
const FOOTNOTE =
  "* Each action comes from your answer to one question: it is a step from that question's present answer " +
  "towards its future one. The column headings name the level each question reaches, not your overall " +
  "result, so a theme may list actions for a level above its own future target.";

/** The Action Plan sheet (seed layout): themes as rows, one column per target level, then Notes. */
export function actionPlanSheet(
  framework: Framework,
  details: AssessmentDetails,
  result: ScoreResult,
  notes: ReadonlyMap<string, string>
): SheetSpec {
  const grid = actionPlanGrid(framework, result.actions);
  const header = [
    "Theme",
    ...TARGET_LEVELS.map((level) => `To reach '${LEVEL_LABELS[level]}'`),
    NOTES_HEADER,
  ];
  const rows: CellValue[][] = grid.map((row) => [
    `${row.theme} ${row.name}`,
    ...TARGET_LEVELS.map((level) => row.cells[level].map((text) => `\u2022 ${text}`).join("\n")),
    notes.get(row.theme) ?? "",
  ]);
  const footRow = ACTION_PLAN_HEADER_ROW + rows.length + 2;
  const values: CellValue[][] = [
    ...headerRows("SVMI action plan", details, result),
    [],
    header,
    ...rows,
    [],
    [FOOTNOTE],
  ];
  return {
    name: SHEET_NAMES.actionPlan,
    values,
    columnWidths: [170, 230, 230, 230, 230, 200],
    styles: [
      ...HEADER_STYLES,
      styled(area(ACTION_PLAN_HEADER_ROW, 0, 1, header.length), {
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_TEXT,
        wrap: true,
      }),
      styled(area(ACTION_PLAN_HEADER_ROW + 1, 0, rows.length, header.length), {
        wrap: true,
        vertical: "Top",
      }),
      styled(area(ACTION_PLAN_HEADER_ROW + 1, 0, rows.length, 1), { bold: true }),
      styled(area(ACTION_PLAN_HEADER_ROW + 1, header.length - 1, rows.length, 1), {
        fill: INPUT_FILL,
      }),
      styled(area(footRow, 0), { italic: true, wrap: true, vertical: "Top" }),
    ],
    merges: [area(footRow, 0, 1, header.length)],
    freezeRows: ACTION_PLAN_HEADER_ROW + 1,
    print: {
      landscape: true,
      fitToWidth: true,
      repeatRows: area(ACTION_PLAN_HEADER_ROW, 0, 1, header.length),
    },
  };
}

/**
 * The Notes typed on an existing Action Plan sheet, by theme id, so a re-score keeps them. Rows are
 * found by their theme cell ("A Policy & Scope"), not by position.
 */
export function readActionPlanNotes(values: readonly (readonly unknown[])[]): Map<string, string> {
  const notes = new Map<string, string>();
  const headerIndex = values.findIndex(
    (row) => String(row[0] ?? "") === "Theme" && row.includes(NOTES_HEADER)
  );
  if (headerIndex < 0) return notes;
  const notesColumn = values[headerIndex].indexOf(NOTES_HEADER);
  for (const row of values.slice(headerIndex + 1)) {
    const theme = /^([A-Z])\s/.exec(String(row[0] ?? ""))?.[1];
    const note = String(row[notesColumn] ?? "");
    if (theme && note.trim()) notes.set(theme, note);
  }
  return notes;
}
