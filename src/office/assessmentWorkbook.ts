import type { AssessmentDetails } from "../core/assessmentDetails";
import type { Problem, ScoreResult } from "../core/assessment";
import { getFramework, isFrameworkId } from "../core/frameworks";
import type { Framework } from "../core/loadFramework";
import {
  SHEET_MARKERS,
  SHEET_NAMES,
  SETTING_KEYS,
  TABLE_NAME,
  CHART_NAME,
  COLUMNS,
  type OwnedSheet,
} from "../core/sheets/names";
import {
  actionPlanSheet,
  readActionPlanNotes,
  resultsSheet,
  type LocatedProblem,
} from "../core/sheets/outputSheets";
import { listsSheet, questionnaireSheet, readQuestionnaire } from "../core/sheets/questionnaire";
import {
  areaAddress,
  cellAddress,
  quoteSheetName,
  type ChartSpec,
  type SheetSpec,
} from "../core/sheets/sheetSpec";
import { scoreAssessment } from "../core/scoring";
import { renderSheet } from "./renderSheet";
import type { Capabilities } from "./requirements";

/** A problem the user can fix, with the cell to select (sheet and address) when there is one. */
export interface WorkbookProblem {
  message: string;
  sheet?: string;
  address?: string;
}

export interface RescoreOutcome {
  result: ScoreResult;
  details: AssessmentDetails;
  problems: WorkbookProblem[];
  /** Where the Questionnaire table is, so the taskpane can select a question's row. */
  questionnaire: {
    sheet: string;
    /** Zero-based sheet columns of Present and Future: edits there are what live mode reacts to. */
    answerColumns: number[];
    /** The address of a question's table row on that sheet (e.g. "A12:H12"). */
    rowAddress: (questionId: string) => string | undefined;
  };
}

/** A state of the workbook that stops scoring altogether (no assessment, table deleted…). */
export class WorkbookError extends Error {}

const DETAIL_KEYS = {
  organisation: "svmi.organisation",
  date: "svmi.date",
  facilitator: "svmi.facilitator",
} as const;

/**
 * Builds a new assessment: the hidden lists sheet and the Questionnaire sheet with its table,
 * dropdowns and level colours; records framework, version and details in the workbook. Refuses a
 * workbook that already holds one, and never takes over a user's sheet that has the same name.
 */
export async function createAssessment(
  context: Excel.RequestContext,
  framework: Framework,
  details: AssessmentDetails,
  caps: Capabilities
): Promise<void> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name");
  const existing = workbook.tables.getItemOrNullObject(TABLE_NAME).load("name");
  await context.sync();
  if (!existing.isNullObject) {
    throw new WorkbookError(
      "This workbook already holds an SVMI assessment. Open it with Score, or start a new workbook."
    );
  }
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const lists = addOwnedSheet(workbook, "lists", () => listsSheet(framework), taken, caps);
  // The dropdowns must point at the name the lists sheet actually got.
  const questionnaire = addOwnedSheet(
    workbook,
    "questionnaire",
    () => questionnaireSheet(framework, details, lists.name),
    taken,
    caps
  );
  questionnaire.sheet.position = 0;
  const settings = workbook.settings;
  settings.add(SETTING_KEYS.framework, framework.id);
  settings.add(SETTING_KEYS.version, framework.version);
  settings.add(DETAIL_KEYS.organisation, details.organisation);
  settings.add(DETAIL_KEYS.date, details.date);
  settings.add(DETAIL_KEYS.facilitator, details.facilitator ?? "");
  questionnaire.sheet.activate();
  await context.sync();
}

/** Adds a sheet under a free name (a user's "Results" is never reused), draws it and marks it ours. */
function addOwnedSheet(
  workbook: Excel.Workbook,
  kind: OwnedSheet,
  spec: () => SheetSpec,
  taken: Set<string>,
  caps: Capabilities
): { sheet: Excel.Worksheet; name: string } {
  const name = freeSheetName(SHEET_NAMES[kind], taken);
  taken.add(name.toLowerCase());
  const sheet = workbook.worksheets.add(name);
  renderSheet(sheet, { ...spec(), name }, caps);
  workbook.names.add(
    SHEET_MARKERS[kind],
    sheet.getRange("A1"),
    "Marks a sheet the SVMI add-in writes"
  );
  return { sheet, name };
}

export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (SVMI ${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The sheet a marker name points at ("='Action Plan'!$A$1"), or undefined if gone (#REF!). */
export function markedSheetName(formula: string | undefined): string | undefined {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!'#]+))!/.exec(formula ?? "");
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/**
 * Re-scores the whole assessment in two round trips: one read (settings, names, the questionnaire
 * table, the Notes of the Action Plan), one write (level cells, Results, Action Plan, chart on its
 * first creation). The number of syncs does not depend on the number of questions.
 */
export async function rescore(
  context: Excel.RequestContext,
  caps: Capabilities,
  { write = true }: { write?: boolean } = {}
): Promise<RescoreOutcome> {
  const workbook = context.workbook;
  const settings = Object.fromEntries(
    [...Object.values(SETTING_KEYS), ...Object.values(DETAIL_KEYS)].map((key) => [
      key,
      workbook.settings.getItemOrNullObject(key).load("value"),
    ])
  );
  const names = workbook.names.load("items/name,items/formula");
  const sheets = workbook.worksheets.load("items/name");
  const table = workbook.tables.getItemOrNullObject(TABLE_NAME).load("name");
  const tableSheet = table.worksheet.load("name");
  const header = table.getHeaderRowRange().load("values");
  const body = table.getDataBodyRange().load("values,rowIndex,columnIndex");
  const planSheet = workbook.names
    .getItemOrNullObject(SHEET_MARKERS.actionPlan)
    .getRangeOrNullObject().worksheet;
  const planValues = planSheet.getUsedRangeOrNullObject(true).load("values");
  const resultsSheetProxy = workbook.names
    .getItemOrNullObject(SHEET_MARKERS.results)
    .getRangeOrNullObject().worksheet;
  const chart = resultsSheetProxy.charts.getItemOrNullObject(CHART_NAME).load("name");
  await context.sync();

  const setting = (key: string) => {
    const item = settings[key];
    return item.isNullObject ? undefined : (item.value as string);
  };
  const frameworkId = setting(SETTING_KEYS.framework);
  if (!isFrameworkId(frameworkId)) {
    throw new WorkbookError(
      "This workbook holds no SVMI assessment yet. Use New assessment to create one."
    );
  }
  const framework = getFramework(frameworkId);
  if (setting(SETTING_KEYS.version) !== framework.version) {
    throw new WorkbookError(
      `This assessment was made with ${framework.name} version ${setting(SETTING_KEYS.version)}; this add-in knows version ${framework.version}.`
    );
  }
  if (table.isNullObject) {
    throw new WorkbookError(
      `The questionnaire table (${TABLE_NAME}) is missing: was the Questionnaire sheet deleted? Undo the deletion, or start a new assessment.`
    );
  }
  const details: AssessmentDetails = {
    frameworkId,
    organisation: setting(DETAIL_KEYS.organisation) ?? "",
    date: setting(DETAIL_KEYS.date) ?? "",
    facilitator: setting(DETAIL_KEYS.facilitator) || undefined,
  };

  const read = readQuestionnaire(header.values[0], body.values);
  const sheetName = tableSheet.name;
  if (read.columnOf.id < 0 || read.columnOf.present < 0 || read.columnOf.future < 0) {
    throw new WorkbookError(
      `The questionnaire table is missing its ${read.missing.join(", ")} column(s). Undo the change or restore the headers.`
    );
  }
  const result = scoreAssessment(framework, {
    organisation: details.organisation,
    answers: read.answers,
  });
  const problems = locateProblems(
    result.problems,
    read.rowOf,
    read.columnOf,
    body.rowIndex,
    body.columnIndex,
    sheetName
  );
  for (const id of framework.themes.flatMap((t) => t.questions.map((q) => q.id))) {
    if (!read.rowOf.has(id))
      problems.push({
        message: `${id} is missing from the questionnaire table; add its row back to score its theme.`,
      });
  }

  const outcome: RescoreOutcome = {
    result,
    details,
    problems,
    questionnaire: {
      sheet: sheetName,
      answerColumns: [
        body.columnIndex + read.columnOf.present,
        body.columnIndex + read.columnOf.future,
      ],
      rowAddress: (id) => {
        const row = read.rowOf.get(id);
        if (row === undefined) return undefined;
        return `${cellAddress(body.rowIndex + row, body.columnIndex)}:${cellAddress(body.rowIndex + row, body.columnIndex + header.values[0].length - 1)}`;
      },
    },
  };
  if (!write) return outcome; // a co-author's edit: their add-in writes; we only refresh the view

  // Write: level cells in table order, then the two output sheets, all in one batch.
  const levelColumns: [number, "present" | "future"][] = [
    [read.columnOf.presentLevel, "present"],
    [read.columnOf.futureLevel, "future"],
  ];
  const byId = new Map(result.questions.map((q) => [q.id, q]));
  for (const [column, field] of levelColumns) {
    if (column < 0) continue;
    body.getColumn(column).values = body.values.map((row) => [
      byId.get(String(row[read.columnOf.id]).trim())?.[field].label ?? "",
    ]);
  }
  const markers = new Map(names.items.map((n) => [n.name, markedSheetName(n.formula)]));
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const located: LocatedProblem[] = problems.map((p) => ({
    message: p.message,
    target: p.address && `${quoteSheetName(p.sheet!)}!${p.address}`,
  }));
  const results = ownedSheet(workbook, "results", markers, taken);
  const resultsSpec = resultsSheet(details, result, located);
  renderSheet(results.sheet, resultsSpec, caps);
  if (results.created || chart.isNullObject) addChart(results.sheet, resultsSpec.chart!);
  const notes = planValues.isNullObject
    ? new Map<string, string>()
    : readActionPlanNotes(planValues.values);
  const plan = ownedSheet(workbook, "actionPlan", markers, taken);
  renderSheet(plan.sheet, actionPlanSheet(framework, details, result, notes), caps);
  await context.sync();
  return outcome;
}

/**
 * The sheet we own of this kind, cleared for redrawing; or a new one if it was never made or the
 * user deleted it. A sheet is ours only if our marker name points at it.
 */
function ownedSheet(
  workbook: Excel.Workbook,
  kind: OwnedSheet,
  markers: Map<string, string | undefined>,
  taken: Set<string>
): { sheet: Excel.Worksheet; created: boolean } {
  const marked = markers.get(SHEET_MARKERS[kind]);
  if (marked && taken.has(marked.toLowerCase())) {
    const sheet = workbook.worksheets.getItem(marked);
    const all = sheet.getRange();
    all.conditionalFormats.clearAll();
    all.unmerge();
    all.clear("All");
    return { sheet, created: false };
  }
  if (markers.has(SHEET_MARKERS[kind])) workbook.names.getItem(SHEET_MARKERS[kind]).delete(); // points at a deleted sheet
  const name = freeSheetName(SHEET_NAMES[kind], taken);
  taken.add(name.toLowerCase());
  const sheet = workbook.worksheets.add(name);
  workbook.names.add(
    SHEET_MARKERS[kind],
    sheet.getRange("A1"),
    "Marks a sheet the SVMI add-in writes"
  );
  return { sheet, created: true };
}

/** The radar chart reads its own sheet's cells, so later re-scores update it without touching it. */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const chart = sheet.charts.add("RadarMarkers", sheet.getRange(areaAddress(spec.data)), "Columns");
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  chart.legend.visible = true;
  spec.seriesColours.forEach((colour, i) => {
    const series = chart.series.getItemAt(i);
    series.format.line.color = colour;
    series.markerBackgroundColor = colour;
    series.markerForegroundColor = colour;
  });
  chart.axes.valueAxis.minimum = spec.minimum;
  chart.axes.valueAxis.maximum = spec.maximum;
  chart.axes.valueAxis.majorUnit = 1;
  const { row, column, rows, columns } = spec.anchor;
  chart.setPosition(cellAddress(row, column), cellAddress(row + rows - 1, column + columns - 1));
}

function locateProblems(
  problems: readonly Problem[],
  rowOf: Map<string, number>,
  columnOf: Record<keyof typeof COLUMNS, number>,
  firstRow: number,
  firstColumn: number,
  sheet: string
): WorkbookProblem[] {
  return problems.map((problem) => {
    const row = rowOf.get(problem.question);
    const column =
      problem.field === "present"
        ? columnOf.present
        : problem.field === "future"
          ? columnOf.future
          : columnOf.id;
    if (row === undefined || column < 0) return { message: problem.message };
    return {
      message: problem.message,
      sheet,
      address: cellAddress(firstRow + row, firstColumn + column),
    };
  });
}
