import type { Framework } from "../../core/framework/types";
import { formatActionPlan, formatProblems, formatResultTable } from "../../core/scoring/report";
import type { ScoreResult } from "../../core/scoring/types";

/** A score as the terminal shows it: the theme table, the problems, then the action plan. */
export function textReport(framework: Framework, result: ScoreResult): string {
  return [
    formatResultTable(result),
    formatProblems(result),
    formatActionPlan(framework, result),
  ].join("\n\n");
}
