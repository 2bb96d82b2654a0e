/**
 * A maturity level: a framework's levels are numbered from 0 (its lowest) up to its top, and
 * scoring works with the numbers. Their names, descriptions and colours belong to each framework
 * (Framework.levels); the SVMI's five are in builtIn/svmiLevels.ts.
 */
export type Level = number;

/** Frameworks have at least two levels (a floor and one to reach) and at most nine. */
export const MIN_LEVELS = 2;
export const MAX_LEVELS = 9;

export function isLevelIn(levelCount: number, value: unknown): value is Level {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value < levelCount;
}
