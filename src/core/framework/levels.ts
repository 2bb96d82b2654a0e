/**
 * The five SVMI maturity levels. Numbers are what scoring works with; labels are what users read
 * and must match the SVMI spreadsheet exactly.
 */
export type Level = 0 | 1 | 2 | 3 | 4;

export const LEVELS: readonly Level[] = [0, 1, 2, 3, 4];

export const LEVEL_LABELS: Readonly<Record<Level, string>> = {
  0: "Incomplete/Non Compliant",
  1: "Follower",
  2: "Mature",
  3: "Leader",
  4: "Innovator",
};

export const TOP_LEVEL: Level = 4;

export function isLevel(value: unknown): value is Level {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 4;
}
