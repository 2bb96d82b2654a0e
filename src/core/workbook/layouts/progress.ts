import type { AssessmentDetails } from "../details";
import { levelsInUse, type Level } from "../../framework/levels";
import { levelLabel, type Framework } from "../../framework/types";
import type { Comparison } from "../../history/compare";
import { moveMarker, promiseSentence } from "../../history/progressWording";
import type { AssessmentSnapshot } from "../../history/snapshot";
import type { ScoreResult } from "../../scoring/types";
import { CHART_NAMES, SHEET_NAMES } from "../names";
import { HEADER_FILL, HEADER_TEXT, SERIES_COLOURS } from "../palette";
import { levelRules } from "../sheetRules";
import {
  area,
  chartRows,
  styled,
  type Area,
  type CellValue,
  type ChartSpec,
  type SheetSpec,
} from "../sheetSpec";
import { HEADER_STYLES, headerRows, OVERALL_LEVEL_CELLS } from "./header";
import { sheetTitle } from "./sheetTitles";

/**
 * The Progress sheet: each theme's Present level cycle by cycle (the History's snapshots, then
 * now) with a marker for the move since the last snapshot, the promise check (last cycle's
 * Future against today's Present), a line chart of the overall levels, and what changed.
 * Markers are words and arrows, never colour alone: the room may be colour-blind or printed grey.
 */

const TABLE_ROW = 7;
const NOW = "Now";

export interface ProgressInput {
  framework: Framework;
  details: AssessmentDetails;
  result: ScoreResult;
  /** The intact snapshots, oldest first; the last is compared with now. */
  snapshots: readonly AssessmentSnapshot[];
  /** The last snapshot against the current answers. */
  comparison: Comparison;
}

export function progressSheet(input: ProgressInput): SheetSpec {
  const { framework, details, result, snapshots, comparison } = input;
  const last = snapshots[snapshots.length - 1];
  const name = (level: Level | null) => levelLabel(framework, level);
  const labels = [...snapshots.map((s) => s.label), NOW];
  const promiseOf = new Map(comparison.promises.map((p) => [p.theme, p]));
  const moveOf = new Map(comparison.themes.map((t) => [t.id, t.present]));
  const presentIn = (s: AssessmentSnapshot, theme: string) =>
    s.themes.find((t) => t.id === theme)?.present ?? null;

  const header = [
    "Theme",
    ...labels.map((l) => `Present ${l}`),
    `Since ${last.label}`,
    `Aimed for in ${last.label}`,
    "Aim reached?",
  ];
  const themeRows: CellValue[][] = result.themes.map((t) => {
    const promise = promiseOf.get(t.id);
    return [
      t.name,
      ...snapshots.map((s) => name(presentIn(s, t.id))),
      name(t.present.level),
      moveOf.has(t.id) ? moveMarker(moveOf.get(t.id)!) : "not in last",
      name(promise?.promised ?? null),
      promise?.status ?? "",
    ];
  });
  const overallRow: CellValue[] = [
    "Overall",
    ...snapshots.map((s) => name(s.overall.present)),
    name(result.overall.present.level),
    moveMarker(comparison.overall.present),
    name(last.overall.future),
    "",
  ];
  const width = header.length;
  const levelColumns = area(TABLE_ROW + 1, 1, themeRows.length + 1, labels.length);
  const aimColumn = area(TABLE_ROW + 1, labels.length + 2, themeRows.length + 1, 1);

  const themeName = new Map(framework.themes.map((t) => [t.id, t.name]));
  const questionTheme = new Map(
    framework.themes.flatMap((t) => t.questions.map((q) => [q.id, t.name]))
  );
  const promiseRow = TABLE_ROW + themeRows.length + 3;
  const promises = comparison.promises.map((p) =>
    promiseSentence(framework, last.label, themeName.get(p.theme) ?? p.theme, p)
  );
  const chartRow = promiseRow + promises.length + 2;
  const CHART_ROWS = 18;
  const changesRow = chartRow + CHART_ROWS + 1;
  const changeRows: CellValue[][] = comparison.changes.map((c) => [
    c.question,
    questionTheme.get(c.question) ?? "",
    c.field === "present" ? "Present" : "Future",
    name(c.from),
    name(c.to),
    moveMarker(c) || "answer changed",
    // Last, so a long question reads on into the empty cells to its right.
    framework.question(c.question)?.text ?? "",
  ]);
  const notComparable = comparison.notComparable.length
    ? [
        [],
        [
          `Not comparable (in one framework version only, so never counted as a change): ${comparison.notComparable.join(", ")}`,
        ],
      ]
    : [];

  const values: CellValue[][] = [
    ...headerRows(sheetTitle(framework, "progress"), details, result),
    [
      `Compared with the latest snapshot, '${last.label}' (taken ${last.date}); the SVMI History sheet holds ${snapshots.length === 1 ? "1 snapshot" : `${snapshots.length} snapshots`} of this framework. ▲ up, ▼ down, — same.`,
    ],
    [],
    header,
    ...themeRows,
    overallRow,
    [],
    [`Did we reach what we aimed for in ${last.label}?`],
    ...promises.map((p) => [p]),
    [],
  ];
  while (values.length < changesRow) values.push([]);
  values.push(
    [
      comparison.changes.length
        ? `What changed since ${last.label} (${comparison.changes.length} answers)`
        : `What changed since ${last.label}: no answers`,
    ],
    ...(changeRows.length
      ? [["Question ID", "Theme", "Timeframe", "Was", "Now", "Move", "Question"]]
      : []),
    ...changeRows,
    ...notComparable
  );

  // The chart's own data block, right of the table: labels and overall levels as numbers.
  const dataColumn = Math.max(width + 2, 9);
  const chart = overallChart(
    framework,
    snapshots,
    result,
    area(chartRow, 0, CHART_ROWS, 6),
    dataColumn
  );
  chartRows(chart).forEach((row, i) => {
    const target = (values[chart.data.row + i] ??= []);
    while (target.length < dataColumn) target.push(null);
    target.push(...row);
  });
  const changesHeader = changesRow + 1;

  return {
    name: SHEET_NAMES.progress,
    values,
    columnWidths: [
      220,
      ...Array<number>(labels.length).fill(110),
      110,
      130,
      80,
      ...Array<number>(Math.max(0, dataColumn - width)).fill(60),
      110,
      90,
      90,
    ],
    freezeRows: TABLE_ROW + 1,
    styles: [
      ...HEADER_STYLES,
      styled(area(5, 0), { italic: true }),
      styled(area(TABLE_ROW, 0, 1, width), {
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_TEXT,
        wrap: true,
      }),
      styled(area(TABLE_ROW + 1, 0, themeRows.length + 1, width), {
        fontSize: 12,
        vertical: "Center",
      }),
      styled(area(TABLE_ROW + 1, 1, themeRows.length + 1, width - 1), { horizontal: "Center" }),
      styled(area(TABLE_ROW + themeRows.length + 1, 0, 1, width), { bold: true }),
      styled(area(promiseRow, 0), { bold: true, fontSize: 14 }),
      styled(area(promiseRow + 1, 0, Math.max(promises.length, 1), 1), { fontSize: 12 }),
      styled(area(changesRow, 0), { bold: true, fontSize: 14 }),
      ...(changeRows.length
        ? [
            styled(area(changesHeader, 0, 1, 6), {
              bold: true,
              fill: HEADER_FILL,
              fontColor: HEADER_TEXT,
            }),
          ]
        : []),
    ],
    conditionalRules: levelRules(framework, [levelColumns, aimColumn, OVERALL_LEVEL_CELLS]),
    print: { landscape: true, fitToWidth: true, area: area(0, 0, values.length, width) },
    chart,
  };
}

/** The overall Present and Future, cycle by cycle, on the framework's scale. */
function overallChart(
  framework: Framework,
  snapshots: readonly AssessmentSnapshot[],
  result: ScoreResult,
  anchor: Area,
  dataColumn: number
): ChartSpec {
  const categories = [...snapshots.map((s) => s.label), NOW];
  const shown = levelsInUse(framework);
  const [lowest, top] = [shown[0], shown[shown.length - 1]];
  return {
    type: "line",
    name: CHART_NAMES.progress!,
    title: `Overall level, cycle by cycle (${lowest.level} ${lowest.label} to ${top.level} ${top.label})`,
    data: area(TABLE_ROW, dataColumn, categories.length + 1, 3),
    categories,
    series: [
      {
        name: "Present",
        colour: SERIES_COLOURS.present,
        values: [...snapshots.map((s) => s.overall.present), result.overall.present.level],
      },
      {
        name: "Future (aim)",
        colour: SERIES_COLOURS.future,
        values: [...snapshots.map((s) => s.overall.future), result.overall.future.level],
      },
    ],
    minimum: framework.levels[0].level,
    maximum: framework.topLevel,
    majorUnit: 1,
    anchor,
  };
}

/**
 * The Progress sheet when the History holds snapshots but none can be compared with this
 * assessment (each edited by hand, or of another framework): says so, so an earlier drawing
 * never stays on show as if it were current.
 */
export function progressNoticeSheet(
  framework: Framework,
  details: AssessmentDetails,
  result: ScoreResult,
  why: {
    edited: readonly string[];
    otherFramework: readonly { label: string; framework: string }[];
  }
): SheetSpec {
  const lines = [
    "No snapshot in the SVMI History sheet can be compared with this assessment yet.",
    ...(why.edited.length
      ? [
          `Changed after they were taken, so not used: ${why.edited.map((l) => `'${l}'`).join(", ")}. Undo the edit, or delete their rows and take them again.`,
        ]
      : []),
    ...(why.otherFramework.length
      ? [
          `Of another framework than this ${framework.name} assessment, so not comparable: ${why.otherFramework.map((o) => `'${o.label}' (${o.framework})`).join(", ")}.`,
        ]
      : []),
    "Save this cycle's snapshot to compare with it next time.",
  ];
  return {
    name: SHEET_NAMES.progress,
    values: [
      ...headerRows(sheetTitle(framework, "progress"), details, result),
      [],
      ...lines.map((l) => [l]),
    ],
    columnWidths: [220, 110, 110, 110],
    styles: [...HEADER_STYLES, styled(area(6, 0), { bold: true, fontSize: 14 })],
    conditionalRules: levelRules(framework, [OVERALL_LEVEL_CELLS]),
  };
}
