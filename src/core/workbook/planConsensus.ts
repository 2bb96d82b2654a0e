import type { Framework } from "../framework/types";
import { buildConsensus, type Consensus } from "../consensus/consensus";
import type { CellChange } from "./changedCells";
import type { WorkbookProblem } from "./errors";
import { consensusSheet } from "./layouts/consensus";
import { readConsensusOverrides } from "./readers/consensusOverrides";
import { readQuestionnaire } from "./readers/questionnaire";
import { readResponsesTable } from "./readers/responsesTable";
import type { SheetSpec } from "./sheetSpec";
import type { Grid, QuestionnaireTable } from "./snapshot";

/**
 * Several participants in one workbook: their answers in the Responses table, the facilitator's
 * overrides on the Consensus sheet. The agreed answers go into the Questionnaire's answer cells
 * (the Questionnaire stays the one source of truth for scoring), and the Consensus sheet is
 * drawn. A question nobody answered keeps what the Questionnaire holds.
 */
export interface ConsensusPlan {
  consensus: Consensus;
  spec: SheetSpec;
  /** The questionnaire body with the agreed answers in place: what is scored. */
  body: Grid;
  /** Answer cells to write (row and column within the table body). */
  answerChanges: CellChange[];
  problems: WorkbookProblem[];
}

export function planConsensus(
  framework: Framework,
  responsesTable: QuestionnaireTable | undefined,
  questionnaire: QuestionnaireTable,
  consensusGrid: Grid | undefined,
  listsSheet: string | undefined
): ConsensusPlan | undefined {
  if (!responsesTable) return undefined;
  const { responses, problems: responseProblems } = readResponsesTable(framework, responsesTable);
  if (responses.length === 0) return undefined;
  const kept = readConsensusOverrides(framework, consensusGrid ?? []);
  const consensus = buildConsensus(framework, responses, kept.overrides);
  const read = readQuestionnaire(questionnaire.header, questionnaire.body);
  const body = questionnaire.body.map((row) => [...row]);
  const answerChanges: CellChange[] = [];
  for (const answer of consensus.answers) {
    const row = read.rowOf.get(answer.question);
    if (row === undefined) continue;
    for (const field of ["present", "future"] as const) {
      const text = answer[field];
      const column = read.columnOf[field];
      if (text === null || text === undefined || String(body[row][column] ?? "") === text) continue;
      body[row][column] = text;
      answerChanges.push({ row, column, value: text });
    }
  }
  const problems: WorkbookProblem[] = [
    ...responseProblems.map((p) => {
      const [sheet, address] = p.cell ? splitCell(p.cell) : [undefined, undefined];
      return { message: p.message, ...(sheet && address ? { sheet, address } : {}) };
    }),
    ...kept.problems.map((message) => ({ message })),
  ];
  return {
    consensus,
    spec: consensusSheet(framework, consensus, kept.reasons, listsSheet),
    body,
    answerChanges,
    problems,
  };
}

/** "Responses!D5" → ["Responses", "D5"] (the sheet name may itself hold "!"). */
function splitCell(cell: string): [string, string] {
  const at = cell.lastIndexOf("!");
  return [cell.slice(0, at), cell.slice(at + 1)];
}
