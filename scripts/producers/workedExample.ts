import type { AssessmentInput } from "../../src/core/scoring/types";
import type { AssessmentDetails } from "../../src/core/workbook/details";
import { exampleAssessment, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import type { Framework } from "../../src/core/framework/types";
import { COLUMNS, TABLE_NAME } from "../../src/core/workbook/names";
import { filledAnswers, newAssessmentWorkbook } from "../../src/xlsx/workbookFile";

/**
 * What every variant of the corpus holds: Surrey County Council's worked example (the answers
 * `svmi demo` fills in), in the workbook `svmi template` writes.
 */

export const FRAMEWORK: Framework = getFramework(SURREY.framework);

export const EXAMPLE: AssessmentInput = exampleAssessment(FRAMEWORK, SURREY);

// A fixed date (the worked example's own year) keeps every generated variant the same.
export const DETAILS: AssessmentDetails = {
  frameworkId: FRAMEWORK.id,
  organisation: SURREY.organisation,
  date: "2016-05-12",
};

/** The template with Surrey's answers filled in by us. */
export function filledTemplate(): Uint8Array {
  return newAssessmentWorkbook(FRAMEWORK, DETAILS, filledAnswers(EXAMPLE.answers));
}

/** The template with no answers, for a producer to fill in itself. */
export function blankTemplate(): Uint8Array {
  return newAssessmentWorkbook(FRAMEWORK, DETAILS);
}

/**
 * What a producer needs to type the answers in: the table to find, the headers of the columns to
 * read and write, and the option text for each question. It finds cells through the table and its
 * headers, as a person would, not through addresses we happen to write today.
 */
export interface FillPlan {
  table: string;
  columns: { id: string; present: string; future: string };
  answers: Record<string, { present: string; future: string }>;
}

export function fillPlan(): FillPlan {
  const answers: FillPlan["answers"] = {};
  for (const answer of EXAMPLE.answers) {
    answers[answer.question] = { present: answer.present ?? "", future: answer.future ?? "" };
  }
  return {
    table: TABLE_NAME,
    columns: { id: COLUMNS.id, present: COLUMNS.present, future: COLUMNS.future },
    answers,
  };
}
