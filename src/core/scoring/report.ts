import type { ScoreResult, ThemeScore, Timeframe } from "./types";
import {
  overallWordingOf,
  PROVISIONAL,
  scoredThemeCount,
  themeOpenWording,
} from "./overallWording";
import { actionPlanGrid } from "./actionPlan";
import type { Framework } from "../framework/types";

/** Plain-text views of a score, for terminals and logs. Pure: returns strings, prints nothing. */

export function formatResultTable(result: ScoreResult): string {
  const rows: [string, string, string, string][] = result.themes.map((theme) => [
    theme.id,
    theme.name,
    themeCell(theme, "present"),
    themeCell(theme, "future"),
  ]);
  rows.push(["", "Overall", overallCell(result, "present"), overallCell(result, "future")]);
  const header: [string, string, string, string] = ["", "Theme", "Present", "Future"];
  const widths = [0, 1, 2, 3].map((col) =>
    Math.max(...[header, ...rows].map((row) => row[col].length))
  );
  const line = (row: string[]) =>
    row
      .map((cell, col) => cell.padEnd(widths[col]))
      .join("  ")
      .trimEnd();
  const title = `${result.organisation || "(no organisation)"}: ${result.framework.name} (version ${result.framework.version})`;
  return [
    title,
    "",
    line(header),
    ...rows.slice(0, -1).map(line),
    "",
    line(rows[rows.length - 1]),
  ].join("\n");
}

export function formatActionPlan(framework: Framework, result: ScoreResult): string {
  if (result.actions.length === 0) return "Action plan: no actions (future matches present).";
  const count = result.actions.length;
  const lines = [`Action plan: ${count} action${count === 1 ? "" : "s"}`];
  for (const row of actionPlanGrid(framework, result.actions)) {
    const filled = framework.targetLevels.filter((level) => row.cells[level].length > 0);
    if (filled.length === 0) continue;
    lines.push("", `${row.theme}  ${row.name}`);
    for (const level of filled) {
      lines.push(`   To reach '${framework.levels[level].label}':`);
      for (const text of row.cells[level]) lines.push(`     - ${text}`);
    }
  }
  return lines.join("\n");
}

export function formatProblems(result: ScoreResult): string {
  if (result.problems.length === 0) return "Problems: none.";
  return [
    `Problems (${result.problems.length}):`,
    ...result.problems.map((p) => `  - ${p.message}`),
  ].join("\n");
}

function themeCell(theme: ThemeScore, timeframe: Timeframe): string {
  const { label } = theme[timeframe];
  if (label !== null) return label;
  return `- (${themeOpenWording(theme, timeframe)})`;
}

/** "Mature (2.4)"; while a theme has no level, "Provisional: mean 2.3, 7 of 10 themes". */
function overallCell(result: ScoreResult, timeframe: Timeframe): string {
  const overall = result.overall[timeframe];
  if (!overall.provisional && overall.mean !== null)
    return `${overall.label} (${overall.mean.toFixed(1)})`;
  if (overall.mean === null) return `${PROVISIONAL}: ${overallWordingOf(result, timeframe).detail}`;
  const scored = scoredThemeCount(result, timeframe);
  return `${PROVISIONAL}: mean ${overall.mean.toFixed(1)}, ${scored} of ${result.themes.length} themes`;
}
