import type { OverallScore, ScoreResult, ThemeScore, Timeframe } from "./types";

/**
 * The words every view (the sheets' header, the task pane, the terminal) uses for a result that
 * is not final: one word, "Provisional", while any theme has no level, and for a theme without a
 * level, how many answers it still needs ("2 to answer, 1 to fix").
 */

export const PROVISIONAL = "Provisional";

export interface OverallWording {
  /** The level's name, or "Provisional" while any theme has no level. */
  label: string;
  /** The mean, and while provisional what it is over, e.g. "mean 2.3 of the 7 themes scored so far; final once all 10 are". */
  detail: string;
}

/** What to show for an overall result: its label, and the mean beside it. */
export function overallWording(
  overall: OverallScore,
  themeCount: number,
  scoredThemes: number
): OverallWording {
  if (overall.mean === null || scoredThemes === 0)
    return { label: PROVISIONAL, detail: "no theme scored yet" };
  const mean = `mean ${overall.mean.toFixed(1)}`;
  if (!overall.provisional && overall.label !== null) return { label: overall.label, detail: mean };
  const all = themeCount === 2 ? "both are" : `all ${themeCount} are`;
  return {
    label: PROVISIONAL,
    detail: `${mean} of the ${scoredThemes} ${scoredThemes === 1 ? "theme" : "themes"} scored so far; final once ${all}`,
  };
}

/** How many themes have a level in this timeframe. */
export function scoredThemeCount(result: ScoreResult, timeframe: Timeframe): number {
  return result.themes.filter((t) => t[timeframe].level !== null).length;
}

/** overallWording for one timeframe of a score, counting its themes. */
export function overallWordingOf(result: ScoreResult, timeframe: Timeframe): OverallWording {
  return overallWording(
    result.overall[timeframe],
    result.themes.length,
    scoredThemeCount(result, timeframe)
  );
}

/**
 * What a theme without a level still needs, e.g. "2 to answer", "1 to fix" or "2 to answer, 1 to
 * fix" (blank answers, and answers that are not one of the options); "" when it needs nothing.
 */
export function themeOpenWording(theme: ThemeScore, timeframe: Timeframe): string {
  const parts: string[] = [];
  if (theme.unanswered[timeframe] > 0) parts.push(`${theme.unanswered[timeframe]} to answer`);
  if (theme.invalid[timeframe] > 0) parts.push(`${theme.invalid[timeframe]} to fix`);
  return parts.join(", ");
}
