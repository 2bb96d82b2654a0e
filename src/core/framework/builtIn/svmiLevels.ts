import type { LevelSpec } from "../spec";

/** The SVMI's five maturity levels, named exactly as in the SVMI spreadsheet, lowest first. */
export const SVMI_LEVEL_LABELS = [
  "Incomplete/Non Compliant",
  "Follower",
  "Mature",
  "Leader",
  "Innovator",
] as const;

/** The five levels with a framework's own description of each (its matrix's overview row). */
export function svmiLevels(
  descriptions: readonly [string, string, string, string, string]
): LevelSpec[] {
  return SVMI_LEVEL_LABELS.map((label, i) => ({ label, description: descriptions[i] }));
}
