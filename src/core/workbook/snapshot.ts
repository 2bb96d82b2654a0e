import type { FoundCell } from "./keptContent";
import { DRAWN_RECORD } from "./names";

/**
 * What a workbook holds, as an adapter reads it in one go (the add-in in one load batch, the
 * .xlsx adapter in one scan of the package): everything planRescore needs, nothing it writes.
 */

/** Cell values from A1 down and across, as a sheet holds them (rows may be ragged). */
export type Grid = readonly (readonly unknown[])[];

/** The questionnaire table as read: header and body values, and where its body starts. */
export interface QuestionnaireTable {
  sheet: string;
  header: readonly unknown[];
  body: readonly (readonly unknown[])[];
  /** Zero-based sheet row and column of the body's first cell. */
  bodyRow: number;
  bodyColumn: number;
}

export interface WorkbookSnapshot {
  /** Every sheet's name, in workbook order. */
  sheetNames: readonly string[];
  /** svmi's marker names that exist, and the sheet each points at (undefined once it is #REF!). */
  markers: ReadonlyMap<string, string | undefined>;
  /** The add-in's document settings by key; empty for a file no add-in has saved. */
  settings: Readonly<Record<string, string | undefined>>;
  /** The lists sheet, when there is one: its name and first rows (LISTS_HEAD_ROWS at least). */
  lists?: { sheet: string; top: Grid };
  /** The questionnaire table, when found, with the rows above and beside it from A1. */
  questionnaire?: QuestionnaireTable & { above: Grid };
  /** Sheets the user protected (Review > Protect Sheet), among those svmi would write. */
  protectedSheets?: readonly string[];
  /** Each drawn sheet a marker points at: its name, its cells from A1, and every non-empty cell. */
  drawn: Partial<Record<(typeof DRAWN_RECORD.sheets)[number], DrawnSheetRead>>;
  /** The Responses table (participants' answers, long format), when the workbook has one. */
  responses?: QuestionnaireTable;
  /** The History table (snapshots of past cycles, one row per snapshot and question), when there is one. */
  history?: QuestionnaireTable;
}

export interface DrawnSheetRead {
  sheet: string;
  grid: Grid;
  cells: readonly FoundCell[];
}

/** Rows of the questionnaire sheet read for the details typed above the table. */
export const DETAILS_WINDOW_ROWS = 20;
/** Rows of the lists sheet read for its record (framework, version, what was drawn). */
export const LISTS_HEAD_ROWS = DRAWN_RECORD.row + 1;
