import type { RescoreOutcome } from "../../office/api";

export interface AnswerProblems {
  /** Answers that are not options, as "questionId@timeframe". */
  cells: Set<string>;
  /** The first problem with a cell to select (answer problems first). */
  first?: { sheet: string; address: string };
}

/** Which of the outcome's problems sit in answer cells: the answers that need fixing. */
export function answerProblems(outcome: RescoreOutcome): AnswerProblems {
  const { questionnaire, framework, problems } = outcome;
  const byCell = new Map<string, string>();
  for (const theme of framework.themes)
    for (const question of theme.questions)
      for (const timeframe of ["present", "future"] as const) {
        const cell = questionnaire.answerCell(question.id, timeframe);
        if (cell) byCell.set(cell, `${question.id}@${timeframe}`);
      }
  const cells = new Set<string>();
  let first: AnswerProblems["first"];
  for (const problem of problems) {
    if (!problem.sheet || !problem.address) continue;
    const key = problem.sheet === questionnaire.sheet ? byCell.get(problem.address) : undefined;
    if (key) {
      if (cells.size === 0) first = { sheet: problem.sheet, address: problem.address };
      cells.add(key);
    }
  }
  const located = problems.find((p) => p.sheet && p.address);
  if (!first && located) first = { sheet: located.sheet!, address: located.address! };
  return { cells, first };
}
