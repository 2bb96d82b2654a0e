import type { ResponseProblem, TypedAnswer } from "../core/consensus/responses";
import type { Framework } from "../core/framework/types";
import type { AssessmentDetails } from "../core/workbook/details";
import { QuestionnaireMissingError, WorkbookError } from "../core/workbook/errors";
import { COLUMNS, TABLE_NAME } from "../core/workbook/names";
import { readQuestionnaire, type QuestionnaireRead } from "../core/workbook/readers/questionnaire";
import {
  detailsFromCells,
  frameworkOf,
  recordFromListsSheet,
} from "../core/workbook/readers/workbookRecord";
import { cellAddress, quoteSheetName } from "../core/workbook/sheetSpec";
import { DETAILS_WINDOW_ROWS, type WorkbookSnapshot } from "../core/workbook/snapshot";
import { XlsxPackage } from "./package/xlsxPackage";
import { NotAWorkbookError } from "./package/zipFile";
import { readSnapshot, type PackageHandles } from "./readSnapshot";

/**
 * One participant's workbook read for a merge: who answered (the Participant row of the details
 * above the questionnaire, else the file's name) and their answers as typed, each with its cell.
 * The questionnaire is found as `svmi score` finds it (by its table, or by its header row when
 * the program that last saved the file dropped the table), so files filled in Excel, LibreOffice
 * or any other program read alike. Nothing is written.
 */

export interface ParticipantFile {
  framework: Framework;
  participant: string;
  role?: string;
  /** The file's name without its folder, for messages (a Response's source). */
  source: string;
  /** Every question row of the table, as typed (text, a number, or blank), with its cells. */
  typed: TypedAnswer[];
  /** What reading found amiss beyond the answers themselves (a question missing from the table). */
  problems: ResponseProblem[];
}

/** A participant's file that cannot be read; the message starts with the file's name. */
export class ParticipantFileError extends Error {
  constructor(
    readonly file: string,
    message: string
  ) {
    super(message);
  }
}

/** Reads a participant's workbook; throws ParticipantFileError naming the file if it cannot. */
export function readParticipantFile(bytes: Uint8Array, fileName: string): ParticipantFile {
  let found: LocatedAnswers;
  try {
    found = locateAnswers(XlsxPackage.open(bytes));
  } catch (error) {
    throw new ParticipantFileError(fileName, `${fileName}${failureText(error)}`);
  }
  const { framework, table, read, details } = found;
  const participant = details.participant || participantFromFileName(fileName);
  const source = baseName(fileName);
  const sheet = quoteSheetName(table.sheet);
  const cell = (row: number, column: number) =>
    `${sheet}!${cellAddress(table.bodyRow + row, table.bodyColumn + column)}`;
  const typed: TypedAnswer[] = [];
  table.body.forEach((row, i) => {
    const question = String(row[read.columnOf.id] ?? "").trim();
    if (!question) return;
    typed.push({
      question,
      present: row[read.columnOf.present] ?? null,
      future: row[read.columnOf.future] ?? null,
      cells: { present: cell(i, read.columnOf.present), future: cell(i, read.columnOf.future) },
    });
  });
  const problems: ResponseProblem[] = framework.themes
    .flatMap((t) => t.questions)
    .filter((q) => !read.rowOf.has(q.id))
    .map((q) => ({
      participant,
      source,
      message: `${participant} (${source}): ${q.id} is missing from the questionnaire; counted as not answered.`,
    }));
  return {
    framework,
    participant,
    ...(details.role ? { role: details.role } : {}),
    source,
    typed,
    problems,
  };
}

/**
 * Who a file is by its name, when its details say nothing: "surrey-Ana Lee.xlsx" is Ana Lee (the
 * part after the first "-", as `svmi participants` names the copies), "Ana.xlsx" is Ana.
 */
export function participantFromFileName(fileName: string): string {
  const base = baseName(fileName).replace(/\.xlsx$/i, "");
  const dash = base.indexOf("-");
  const after = dash >= 0 ? base.slice(dash + 1).trim() : "";
  return after || base.trim();
}

/** The last part of a path, with either separator (the browser gives names, the CLI paths). */
function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
}

function failureText(error: unknown): string {
  // A NotAWorkbookError says what the file is ("is damaged: …"), to follow its name.
  if (error instanceof NotAWorkbookError) return ` ${error.message}`;
  if (error instanceof WorkbookError) return `: ${error.message}`;
  return `: could not be read (${(error as Error)?.message ?? String(error)})`;
}

const KEY_COLUMNS: readonly string[] = [COLUMNS.id, COLUMNS.present, COLUMNS.future];

/** The questionnaire of an opened package, found and read; what participantCopy edits too. */
export interface LocatedAnswers {
  framework: Framework;
  table: NonNullable<WorkbookSnapshot["questionnaire"]>;
  handles: PackageHandles;
  read: QuestionnaireRead;
  /** The details typed above the table (Organisation… and Participant). */
  details: AssessmentDetails;
  /** The rows above the table that hold the details (from row 1; at most DETAILS_WINDOW_ROWS). */
  detailRows: number;
}

/**
 * Finds the questionnaire as planRescore does (the framework recorded in the lists sheet, the
 * table or its header row), without planning a score. Throws WorkbookError (or NotAWorkbookError)
 * saying why there is no questionnaire to read.
 */
export function locateAnswers(pkg: XlsxPackage): LocatedAnswers {
  const { snapshot, handles } = readSnapshot(pkg);
  // A file has no add-in settings: its lists sheet records the framework (as planRescore reads it).
  const framework = frameworkOf(snapshot.lists ? recordFromListsSheet(snapshot.lists.top) : {});
  const table = snapshot.questionnaire;
  if (!table || !handles) {
    throw new QuestionnaireMissingError(
      `The questionnaire (table ${TABLE_NAME}, or a header row with Question ID, Present and Future) is missing.`
    );
  }
  const read = readQuestionnaire(table.header, table.body);
  if (read.columnOf.id < 0 || read.columnOf.present < 0 || read.columnOf.future < 0) {
    throw new WorkbookError(
      `The questionnaire table (${TABLE_NAME}) is missing its ${KEY_COLUMNS.filter((c) => read.missing.includes(c)).join(", ")} column(s).`
    );
  }
  const detailRows = Math.min(table.bodyRow - 1, DETAILS_WINDOW_ROWS);
  const details = detailsFromCells(framework.id, table.above.slice(0, detailRows));
  return { framework, table, handles, read, details, detailRows };
}
