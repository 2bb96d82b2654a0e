import type { Framework } from "../framework/types";
import type { Level } from "../framework/levels";
import type { Timeframe } from "../scoring/types";

/**
 * One participant's answers: a name or pseudonym, an optional role, and per question a Present
 * and a Future answer as levels (null: not answered, or an answer that is not an option).
 */
export interface Response {
  participant: string;
  role?: string;
  /** Where the answers came from (a file name, or the Responses sheet), for messages. */
  source: string;
  answers: ReadonlyMap<string, Readonly<Record<Timeframe, Level | null>>>;
}

/** An answer that could not be used, naming whose it is and where it is. */
export interface ResponseProblem {
  participant: string;
  source: string;
  /** The cell, when the answer came from one (e.g. "Questionnaire!D12"). */
  cell?: string;
  message: string;
}

/** One answer as typed: the option's text (or blank), and where it sits. */
export interface TypedAnswer {
  question: string;
  present?: unknown;
  future?: unknown;
  /** Cells of the Present and Future answers, for messages. */
  cells?: Partial<Record<Timeframe, string>>;
}

const isBlank = (value: unknown) =>
  value === null || value === undefined || String(value).trim() === "";

/**
 * A participant's typed answers as levels. An answer that is not one of its question's options,
 * or a question the framework does not have, is a problem that names the participant, the source
 * and the cell, and counts as not answered.
 */
export function responseFromAnswers(
  framework: Framework,
  who: { participant: string; role?: string; source: string },
  typed: readonly TypedAnswer[]
): { response: Response; problems: ResponseProblem[] } {
  const problems: ResponseProblem[] = [];
  const answers = new Map<string, Record<Timeframe, Level | null>>();
  for (const row of typed) {
    const id = String(row.question ?? "").trim();
    const question = framework.question(id);
    if (!question) {
      problems.push({
        participant: who.participant,
        source: who.source,
        message: `${who.participant} (${who.source}): question '${id}' is not in ${framework.name}; its answers are left out.`,
      });
      continue;
    }
    if (answers.has(question.id)) {
      // As scoring does: the first row of a question counts. A second one that holds an answer
      // is a problem (a blank copy of the row changes nothing).
      if (isBlank(row.present) && isBlank(row.future)) continue;
      const cell = row.cells?.present ?? row.cells?.future;
      problems.push({
        participant: who.participant,
        source: who.source,
        ...(cell ? { cell } : {}),
        message: `${who.participant} (${who.source}${cell ? `, ${cell}` : ""}): ${question.id} is answered more than once; only the first answer is used.`,
      });
      continue;
    }
    const levels: Record<Timeframe, Level | null> = { present: null, future: null };
    for (const field of ["present", "future"] as const) {
      const value = row[field];
      if (isBlank(value)) continue;
      const option = question.findOption(String(value));
      if (option) levels[field] = option.level;
      else {
        const cell = row.cells?.[field];
        problems.push({
          participant: who.participant,
          source: who.source,
          ...(cell ? { cell } : {}),
          message: `${who.participant} (${who.source}${cell ? `, ${cell}` : ""}): ${question.id} ${field} '${String(value)}' is not one of its options; counted as not answered.`,
        });
      }
    }
    answers.set(question.id, levels);
  }
  return { response: { ...who, answers }, problems };
}
