import type { Framework } from "../core/framework/types";
import type { AssessmentSnapshot } from "../core/history/snapshot";
import type { AssessmentDetails } from "../core/workbook/details";
import { WorkbookError } from "../core/workbook/errors";
import { currentSnapshot } from "../core/workbook/planSnapshot";
import { XlsxPackage } from "./package/xlsxPackage";
import { NotAWorkbookError } from "./package/zipFile";
import { readSnapshot } from "./readSnapshot";

/**
 * Last year's assessment workbook, read (in the browser or by the CLI) to become a snapshot of
 * this one: its answers scored as a re-score would score them. Nothing is written.
 */
export interface AssessmentFile {
  framework: Framework;
  details: AssessmentDetails;
  /** A label to offer: the year of its assessment date, else the file's name. */
  suggestedLabel: string;
  /** Its date, yyyy-mm-dd (the assessment date, else today). */
  date: string;
  /** The snapshot under the label chosen. */
  snapshotAs(label: string): AssessmentSnapshot;
}

/** A workbook that cannot be read as an assessment; the message starts with the file's name. */
export class AssessmentFileError extends Error {}

export function readAssessmentFile(
  bytes: Uint8Array,
  fileName: string,
  today = new Date().toISOString().slice(0, 10)
): AssessmentFile {
  try {
    const workbook = readSnapshot(XlsxPackage.open(bytes)).snapshot;
    const { plan } = currentSnapshot(workbook, "probe", today);
    const dated = /^\d{4}-\d{2}-\d{2}$/.test(plan.details.date) ? plan.details.date : today;
    const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.xlsx$/i, "");
    return {
      framework: plan.framework,
      details: plan.details,
      suggestedLabel: plan.details.date ? dated.slice(0, 4) : stem.slice(0, 40),
      date: dated,
      snapshotAs: (label) => currentSnapshot(workbook, label.trim(), dated).snapshot,
    };
  } catch (error) {
    if (error instanceof NotAWorkbookError)
      throw new AssessmentFileError(`${fileName} ${error.message}`);
    if (error instanceof WorkbookError)
      throw new AssessmentFileError(`${fileName}: ${error.message}`);
    throw new AssessmentFileError(`${fileName}: could not be read (${(error as Error).message})`);
  }
}
