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
};

export const TABLE_NAME = "SVMI_Questions";
export const CHART_NAME = "SVMI_Radar";

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
  // Consensus last: records written before it existed read the same.
  sheets: ["results", "actionPlan", "tracker", "consensus"] as const,
};

/** The name a new sheet of ours gets: its own, or "Results (SVMI 2)"… when a user's sheet has it. */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} (SVMI ${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
