import type { Framework } from "../../framework/types";
import {
  responseFromAnswers,
  type Response,
  type ResponseProblem,
  type TypedAnswer,
} from "../../consensus/responses";
import { cellAddress } from "../sheetSpec";
import type { QuestionnaireTable } from "../snapshot";

/** The Responses table's columns (long format: one row per participant and question). */
export const RESPONSES_COLUMNS = [
  "Participant",
  "Role",
  "Question",
  "Present",
  "Future",
  "Note",
] as const;
export const RESPONSES_TABLE = "SVMI_Responses";

/**
 * The participants' answers typed (or imported) into the Responses table, one response per
 * participant in order of first appearance. Columns are found by their headers; a row without a
 * participant or question is skipped; invalid answers are problems naming the cell.
 */
export function readResponsesTable(
  framework: Framework,
  table: QuestionnaireTable
): { responses: Response[]; problems: ResponseProblem[] } {
  const col = (name: string) =>
    table.header.findIndex(
      (h) =>
        String(h ?? "")
          .trim()
          .toLowerCase() === name.toLowerCase()
    );
  const [participant, role, question, present, future] = RESPONSES_COLUMNS.map(col);
  const byParticipant = new Map<string, { role?: string; typed: TypedAnswer[] }>();
  table.body.forEach((row, i) => {
    const who = String(row[participant] ?? "").trim();
    const id = String(row[question] ?? "").trim();
    if (!who || !id) return;
    const entry = byParticipant.get(who) ?? { typed: [] };
    const roleText = role >= 0 ? String(row[role] ?? "").trim() : "";
    if (roleText && !entry.role) entry.role = roleText;
    const cell = (column: number) =>
      `${table.sheet}!${cellAddress(table.bodyRow + i, table.bodyColumn + column)}`;
    entry.typed.push({
      question: id,
      present: present >= 0 ? row[present] : undefined,
      future: future >= 0 ? row[future] : undefined,
      cells: { present: cell(present), future: cell(future) },
    });
    byParticipant.set(who, entry);
  });
  const responses: Response[] = [];
  const problems: ResponseProblem[] = [];
  for (const [who, { role: r, typed }] of byParticipant) {
    const read = responseFromAnswers(
      framework,
      { participant: who, ...(r ? { role: r } : {}), source: table.sheet },
      typed
    );
    responses.push(read.response);
    problems.push(...read.problems);
  }
  return { responses, problems };
}
