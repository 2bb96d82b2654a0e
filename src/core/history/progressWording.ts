import type { Level } from "../framework/levels";
import { levelLabel, type Framework } from "../framework/types";
import type { Comparison, FromTo } from "./compare";

/**
 * The words of year on year, the same on the Progress sheet, in the pane and in the terminal:
 * a move as an arrow and a word (never colour alone), and the promise check as a sentence.
 */

/**
 * "▲ up", "▼ down", "— same", or "" where either side is unscored. Not "= same": a cell's text
 * starting with "=" is what a formula looks like, to Excel and to every reader of its formulas.
 */
export function moveMarker({ from, to }: FromTo): string {
  if (from === null || to === null) return "";
  return to > from ? "▲ up" : to < from ? "▼ down" : "— same";
}

/** "In 2023-24 you aimed for Leader in Procurement; you are now Mature — not yet." */
export function promiseSentence(
  framework: Framework,
  label: string,
  themeName: string,
  promise: Comparison["promises"][number]
): string {
  const name = (level: Level | null) => levelLabel(framework, level);
  if (promise.promised === null) return `In ${label} you set no aim for ${themeName}.`;
  const aim = `In ${label} you aimed for ${name(promise.promised)} in ${themeName}`;
  if (promise.now === null || promise.status === null)
    return `${aim}; it is not scored now, so there is nothing to check yet.`;
  return `${aim}; you are now ${name(promise.now)} — ${promise.status}.`;
}
