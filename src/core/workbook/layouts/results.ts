import type { AssessmentDetails } from "../details";
import type { Level } from "../../framework/levels";
import type { Framework } from "../../framework/types";
import { levelsInUse } from "../../framework/levels";
import type { ScoreResult } from "../../scoring/types";
import { themeOpenWording } from "../../scoring/overallWording";
import { CHART_NAME, SHEET_NAMES } from "../names";
import { HEADER_FILL, HEADER_TEXT, SERIES_COLOURS } from "../palette";
import { goToLink, levelRules } from "../sheetRules";
import {
  area,
  chartRows,
  styled,
  type CellValue,
  type ChartSeries,
  type ChartSpec,
  type SheetSpec,
} from "../sheetSpec";
import {
  HEADER_STYLES,
  headerRows,
  OVERALL_LEVEL_CELLS,
  provenanceRow,
  provenanceStyles,
} from "./header";
import { sheetTitle } from "./sheetTitles";

/** A problem to list on the Results sheet, with the cell it concerns when there is one. */
export interface LocatedProblem {
  message: string;
  /** e.g. 'Questionnaire'!D12 */
  target?: string;
}

const RESULTS_TABLE_ROW = 7;
const CHART_DATA_COLUMN = 16; // column Q, right of the chart

/**
 * What a projector shows of the Results sheet, when the host cannot read the print area: the
 * overall levels, the theme table and the chart (columns A to O, the first 30 rows).
 */
export const RESULTS_SCREEN = area(0, 0, 30, CHART_DATA_COLUMN - 1);

/** The Results sheet: overall levels, the theme table, the level key, problems, and the radar chart. */
export function resultsSheet(
  framework: Framework,
  details: AssessmentDetails,
  result: ScoreResult,
  problems: LocatedProblem[],
  overlays: readonly ChartSeries[] = []
): SheetSpec {
  const themeRows: CellValue[][] = result.themes.map((t) => [
    t.id,
    t.name,
    t.present.label ?? themeOpenWording(t, "present"),
    t.future.label ?? themeOpenWording(t, "future"),
  ]);
  const themeCount = themeRows.length;
  const keyRow = RESULTS_TABLE_ROW + themeCount + 2;
  // The key lists the levels this framework's results can show (the business SVMI has no level 0).
  const keyLevels = levelsInUse(framework);
  const levelCount = keyLevels.length;
  const problemRow = keyRow + levelCount + 2;
  const values: CellValue[][] = [
    ...headerRows(sheetTitle(framework, "results"), details, result),
    provenanceRow(framework),
    [],
    ["", "Theme", "Present", "Future"],
    ...themeRows,
    [],
    ["Level key (chart scale)"],
    ...keyLevels.map((level) => [level.level, level.label]),
    [],
    [problems.length ? `Problems (${problems.length})` : "Problems: none"],
    ...problems.map((p) => [p.target ? "Go to cell" : "", p.message]),
  ];
  const chart = radarChart(framework, result, themeCount, overlays);
  // The chart's own data block, right of the chart: theme names and levels as numbers.
  chartRows(chart).forEach((row, i) => {
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
      ...provenanceStyles(framework),
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
    conditionalRules: levelRules(framework, [
      area(RESULTS_TABLE_ROW + 1, 2, themeCount, 2),
      OVERALL_LEVEL_CELLS,
      area(keyRow + 1, 1, levelCount, 1),
    ]),
    links: problems.flatMap((p, i) =>
      p.target ? [goToLink(problemRow + 1 + i, 0, p.target)] : []
    ),
    // Printed: the tables and the chart, one page wide; the chart's data block stays on screen only.
    print: {
      landscape: true,
      fitToWidth: true,
      area: area(0, 0, values.length, CHART_DATA_COLUMN - 1),
    },
    chart,
  };
}

/**
 * Present and Future by theme on the framework's scale, one ring per level. The scale starts at
 * level 0 whatever the framework; the title names the levels its results can show.
 */
/** Several participants: each theme's Present at the lowest and at the highest view. */
export interface PresentViews {
  lowest: readonly (Level | null)[];
  highest: readonly (Level | null)[];
}

/** The radar's series beside Present and Future: the participants' spread. */
export function viewsOverlay(views: PresentViews): ChartSeries[] {
  return [
    { name: "Present, lowest view", colour: SERIES_COLOURS.lowest, values: views.lowest },
    { name: "Present, highest view", colour: SERIES_COLOURS.highest, values: views.highest },
  ];
}

/** The radar's series for a past cycle's Present, e.g. "Present in 2025-26". */
export function pastOverlay(label: string, values: readonly (Level | null)[]): ChartSeries {
  return { name: `Present in ${label}`, colour: SERIES_COLOURS.past, values };
}

function radarChart(
  framework: Framework,
  result: ScoreResult,
  themeCount: number,
  spread: readonly ChartSeries[]
): ChartSpec {
  const shown = levelsInUse(framework);
  const [lowest, top] = [shown[0], shown[shown.length - 1]];
  return {
    name: CHART_NAME,
    title: `Present and future by theme (${lowest.level} ${lowest.label} to ${top.level} ${top.label})`,
    // Top-left blank: Excel then reads the first row as series names and the first column as categories.
    data: area(RESULTS_TABLE_ROW, CHART_DATA_COLUMN, themeCount + 1, 3 + spread.length),
    categories: result.themes.map((t) => t.name),
    series: [
      {
        name: "Present",
        colour: SERIES_COLOURS.present,
        values: result.themes.map((t) => t.present.level),
      },
      {
        name: "Future",
        colour: SERIES_COLOURS.future,
        values: result.themes.map((t) => t.future.level),
      },
      ...spread,
    ],
    minimum: framework.levels[0].level,
    maximum: framework.topLevel,
    majorUnit: 1,
    anchor: area(1, 5, 24, 10),
  };
}
