/**
 * Names the workbook's SVMI parts go by. Sheets are found through defined names (which follow a
 * renamed sheet) and the questionnaire through its table and column headers, never fixed addresses.
 */
export const SHEET_NAMES = {
  questionnaire: "Questionnaire",
  results: "Results",
  actionPlan: "Action Plan",
  tracker: "Action Tracker",
  lists: "SVMI Lists",
  consensus: "Consensus",
  responses: "Responses",
  // Excel reserves the name "History" (its change tracking): no sheet may take it.
  history: "SVMI History",
  progress: "Progress",
  benchmark: "Benchmark",
} as const;

export type OwnedSheet = keyof typeof SHEET_NAMES;

/** Defined names marking the sheets the add-in created (each refers to the sheet's A1). */
export const SHEET_MARKERS: Readonly<Record<OwnedSheet, string>> = {
  questionnaire: "SVMI_Questionnaire",
  results: "SVMI_Results",
  actionPlan: "SVMI_ActionPlan",
  tracker: "SVMI_Tracker",
  lists: "SVMI_Lists",
  consensus: "SVMI_Consensus",
  // The sheet, not its table (SVMI_Responses): a defined name and a table may not share a name.
  responses: "SVMI_ResponsesSheet",
  history: "SVMI_HistorySheet",
  progress: "SVMI_Progress",
  benchmark: "SVMI_Benchmark",
};

export const TABLE_NAME = "SVMI_Questions";
export const CHART_NAME = "SVMI_Radar";
/** The chart each drawn sheet may have, by kind (the Results radar, the Progress line). */
export const CHART_NAMES: Readonly<Partial<Record<string, string>>> = {
  results: CHART_NAME,
  progress: "SVMI_ProgressLine",
  // layouts/benchmark's BENCHMARK_CHART_NAME (not imported: the layouts import this module).
  benchmark: "SVMI_BenchmarkBars",
};

/** Questionnaire table columns, in order. Scoring finds them by these header texts. */
export const COLUMNS = {
  theme: "Theme",
  id: "Question ID",
  question: "Question",
  present: "Present",
  future: "Future",
  presentLevel: "Present level",
  futureLevel: "Future level",
  notes: "Evidence/notes",
} as const;

export const COLUMN_ORDER = Object.values(COLUMNS);

/** Workbook settings keys (and the lists sheet's metadata labels) recording what the file holds. */
export const SETTING_KEYS = { framework: "svmi.framework", version: "svmi.version" } as const;

/**
 * The lists sheet's row recording what each re-score drew (label in A, then one record per
 * drawn sheet in this order), so the next one can tell our cells from the user's.
 */
export const DRAWN_RECORD = {
  label: "svmi.drawn",
  row: 2,
  // Newer sheets last: records written before they existed read the same.
  sheets: ["results", "actionPlan", "tracker", "consensus", "progress", "benchmark"] as const,
};

/**
 * Where a workbook made with a question bank carries it: on the lists sheet's first row, after
 * the framework's id and the note, the label and then the bank's JSON split over the cells to
 * its right (Excel holds 32,767 characters in a cell): in the rows every adapter already reads.
 */
export const BANK_RECORD = { label: "svmi.bank", row: 0, column: 3 } as const;

/**
 * Where a loaded benchmark (svmi-benchmark/1) is carried, the same way: on the version row, from
 * column D, so every re-score can draw the Benchmark sheet with the council's current levels.
 */
export const BENCHMARK_RECORD = { label: "svmi.benchmark", row: 1, column: 3 } as const;

/** The name a new sheet of ours gets: its own, or "Results (SVMI 2)"… when a user's sheet has it. */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (SVMI ${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
