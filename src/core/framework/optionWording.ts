import type { OptionSpec } from "./spec";
import type { Framework } from "./types";

/**
 * "Not yet" options: where a practice appears in the matrix at one level only, its question has
 * an option, one level below, saying the practice is not in place ("Not yet: our social value
 * work stays within contracts."). Such an option still carries a level (that one counts as
 * Leader, because the practice only appears at Innovator), so a view that shows the level beside
 * the option says what the level means here rather than just naming it.
 */

/**
 * Whether an option says the practice is not in place yet: its explicit `notYet` when given,
 * otherwise whether its text starts with "Not yet" (any case). Reads only the level and text, so
 * it works on the task pane's bundle too (which leaves out `criteria`).
 */
export function isNotYetOption(option: Pick<OptionSpec, "text" | "notYet">): boolean {
  if (option.notYet !== undefined) return option.notYet;
  return /^not yet\b/i.test(option.text.trimStart());
}

/** The level beside an option: "Leader", or for a "Not yet" option "Not yet — counts as Leader". */
export function optionLevelNote(
  framework: Framework,
  option: Pick<OptionSpec, "level" | "text" | "notYet">
): string {
  const label = framework.levels[option.level]?.label ?? "";
  return isNotYetOption(option) ? `Not yet \u2014 counts as ${label}` : label;
}
