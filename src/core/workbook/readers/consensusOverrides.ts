import type { Framework } from "../../framework/types";
import { overrideKey, type Override } from "../../consensus/consensus";
import { CONSENSUS_COLUMNS } from "../layouts/consensus";
import type { Grid } from "../snapshot";

/**
 * What the facilitator chose on an existing Consensus sheet: the override of each agreed answer
 * (an option's text, read as its level) and the reason, by question id. Rows are found by their
 * Question ID, not by position; a text that is not an option of its question is left out and
 * reported.
 */
export function readConsensusOverrides(
  framework: Framework,
  grid: Grid
): { overrides: Map<string, Override>; reasons: Map<string, string>; problems: string[] } {
  const overrides = new Map<string, Override>();
  const reasons = new Map<string, string>();
  const problems: string[] = [];
  const headerIndex = grid.findIndex(
    (row) => row.includes(CONSENSUS_COLUMNS.question) && row.includes(CONSENSUS_COLUMNS.reason)
  );
  if (headerIndex < 0) return { overrides, reasons, problems };
  const header = grid[headerIndex];
  const col = (name: string) => header.indexOf(name);
  for (const row of grid.slice(headerIndex + 1)) {
    const id = String(row[col(CONSENSUS_COLUMNS.question)] ?? "").trim();
    const question = framework.question(id);
    if (!question) continue;
    const reason = String(row[col(CONSENSUS_COLUMNS.reason)] ?? "").trim();
    for (const [field, name] of [
      ["present", CONSENSUS_COLUMNS.overridePresent],
      ["future", CONSENSUS_COLUMNS.overrideFuture],
    ] as const) {
      const text = String(row[col(name)] ?? "").trim();
      if (!text) continue;
      const option = question.findOption(text);
      if (option)
        overrides.set(overrideKey(id, field), {
          level: option.level,
          ...(reason ? { reason } : {}),
        });
      else
        problems.push(
          `Consensus: the override of ${id} ${field} '${text}' is not one of its options; the median is used.`
        );
    }
    if (reason) reasons.set(id, reason);
  }
  return { overrides, reasons, problems };
}
