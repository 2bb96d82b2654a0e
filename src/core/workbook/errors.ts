/** What stops a re-score, and what it reports, wherever the workbook is held. */

/** A state of the workbook that stops scoring altogether (no assessment, table deleted…). */
export class WorkbookError extends Error {}

/** The workbook holds no assessment at all: the pane offers New assessment instead of an error. */
export class NoAssessmentError extends WorkbookError {}

/**
 * The workbook records an assessment but its questionnaire (sheet or table) is gone: Excel cannot
 * undo a sheet's deletion, so the pane offers to restart the questionnaire instead of an error.
 */
export class QuestionnaireMissingError extends WorkbookError {}

/** A problem the user can fix, with the cell to select (sheet and address) when there is one. */
export interface WorkbookProblem {
  message: string;
  sheet?: string;
  address?: string;
}
