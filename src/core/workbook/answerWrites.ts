import type { CellChange } from "./changedCells";
import { WorkbookError } from "./errors";
import { TABLE_NAME } from "./names";
import { readQuestionnaire } from "./readers/questionnaire";

/** An answer to write: option texts; null clears the cell, undefined leaves it as it is. */
export interface AnswerToWrite {
  question: string;
  present?: string | null;
  future?: string | null;
}

/**
 * Where a set of answers goes in the questionnaire table as it stands (found by its headers, so
 * moved columns and sorted rows are fine): one cell change per answer given, row and column
 * within the table's body. Refuses, before anything is written, answers to questions the table
 * lacks, or a table without its Question ID, Present or Future column.
 */
export function answerWrites(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
  answers: readonly AnswerToWrite[]
): CellChange[] {
  const { rowOf, columnOf, missing } = readQuestionnaire(header, body);
  if ([columnOf.id, columnOf.present, columnOf.future].some((c) => c < 0)) {
    throw new WorkbookError(
      `The questionnaire table (${TABLE_NAME}) is missing its ${missing.join(", ")} column(s); restore the headers first.`
    );
  }
  const absent = answers.filter((a) => !rowOf.has(a.question)).map((a) => a.question);
  if (absent.length > 0) {
    throw new WorkbookError(
      `The questionnaire table has no row for ${absent.join(", ")}; nothing was written.`
    );
  }
  return answers.flatMap((answer) => {
    const row = rowOf.get(answer.question)!;
    return (["present", "future"] as const).flatMap((field) => {
      const text = answer[field];
      return text === undefined ? [] : [{ row, column: columnOf[field], value: text ?? "" }];
    });
  });
}
