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

/** What levelsInUse reads of a framework (typed by shape: Framework's module imports this one). */
interface LevelsAndOptions<L extends { level: Level }> {
  levels: readonly L[];
  topLevel: Level;
  themes: readonly { questions: readonly { lowestLevel: Level }[] }[];
}

/**
 * The levels an assessment in this framework can show, for legends and keys: from the lowest
 * level any option carries up to the top. The business SVMI has no option at level 0, so its
 * legend starts at Follower; the public one uses all five.
 *
 * The top level is always included: a question answered at its top option is fully met, so a
 * theme can reach the framework's top even where no option carries it. Levels between are
 * included too, since the overall level (the floored mean) can fall on any of them. For the
 * built-in frameworks this is exactly the set of levels their options carry.
 */
export function levelsInUse<L extends { level: Level }>(
  framework: LevelsAndOptions<L>
): readonly L[] {
  let lowest = framework.topLevel;
  for (const theme of framework.themes)
    for (const question of theme.questions) lowest = Math.min(lowest, question.lowestLevel);
  return framework.levels.slice(lowest);
}
