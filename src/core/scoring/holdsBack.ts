import type { ScoreResult, Timeframe } from "./types";
import type { Framework, Theme } from "../framework/types";
import type { Level } from "../framework/levels";
import { themeCeiling } from "./scoreAssessment";
import { PROVISIONAL } from "./overallWording";

/**
 * What holds each theme, and the overall result, back: for analysts changing answers live.
 * A theme is the minimum over its questions, so only the questions at that minimum can lift it;
 * the overall level is floor(mean), so it rises after a whole number of theme steps.
 */

export interface ThemeHold {
  theme: string;
  level: Level | null;
  /** Questions at the theme's minimum (all must rise for the theme to rise); empty at the top. */
  questions: string[];
  /** Questions left blank: the theme has no level until they are answered. */
  unanswered: string[];
  /** Questions whose answer is not one of their options: no level until those are fixed. */
  invalid: string[];
  /** What to show before the question ids, in the framework's own level names. */
  message: string;
}

export interface OverallHold {
  level: Level | null;
  next: Level | null;
  /** Theme steps (one theme up one level) still needed for the next level; 0 at the top. */
  steps: number;
  /** How far the mean is below the next level, e.g. 0.3. */
  short: number;
  /** Themes that can rise, those needing the fewest questions moved first. */
  easiest: string[];
  message: string;
}

export interface HoldsBack {
  themes: Record<Timeframe, ThemeHold[]>;
  overall: Record<Timeframe, OverallHold>;
}

export function holdsBack(framework: Framework, result: ScoreResult): HoldsBack {
  const levelOf = new Map(result.questions.map((q) => [q.id, q]));
  // An answer without a level is invalid when scoring reported a problem with it; a blank has none.
  const flagged = new Set(result.problems.map((p) => `${p.field} ${p.question}`));
  const themes = (timeframe: Timeframe): ThemeHold[] =>
    framework.themes.map((theme) => {
      const scored = result.themes.find((t) => t.id === theme.id)!;
      const level = scored[timeframe].level;
      const open = theme.questions.filter((q) => levelOf.get(q.id)?.[timeframe].level === null);
      const isInvalid = (id: string) => flagged.has(`${timeframe} ${id}`);
      const unanswered = open.filter((q) => !isInvalid(q.id)).map((q) => q.id);
      const invalid = open.filter((q) => isInvalid(q.id)).map((q) => q.id);
      const questions =
        level === null || level === framework.topLevel
          ? []
          : theme.questions
              .filter((q) => {
                const answered = levelOf.get(q.id)?.[timeframe].level;
                return (
                  answered !== null &&
                  answered !== undefined &&
                  themeCeiling(framework, q, answered) === level
                );
              })
              .map((q) => q.id);
      return {
        theme: theme.id,
        level,
        questions,
        unanswered,
        invalid,
        message: themeMessage(framework, theme, level, unanswered.length, invalid.length),
      };
    });
  const present = themes("present");
  const future = themes("future");
  return {
    themes: { present, future },
    overall: { present: overallHold(framework, present), future: overallHold(framework, future) },
  };
}

function themeMessage(
  framework: Framework,
  theme: Theme,
  level: Level | null,
  unanswered: number,
  invalid: number
): string {
  const named = `${theme.id} ${theme.name}`;
  if (level === null) {
    const until =
      invalid === 0
        ? "these are answered"
        : unanswered === 0
          ? "these answers are fixed (they are not among the options)"
          : "these are answered or fixed";
    return `${named}: no level until ${until}:`;
  }
  const { label } = framework.levels[level];
  if (level === framework.topLevel) return `${named}: ${label}, nothing holds it back.`;
  return `${named}: held at ${label} by`;
}

/**
 * All the themes that can rise, in words: "every theme" (or "both themes", "the theme"); when
 * some are at the top already, "all 7 themes below Innovator" (or "both themes below …", "the one
 * theme below …").
 */
function everyTheme(count: number, belowTop: string | null): string {
  if (belowTop === null)
    return count === 1 ? "the theme" : count === 2 ? "both themes" : "every theme";
  const which = count === 1 ? "the one theme" : count === 2 ? "both themes" : `all ${count} themes`;
  return `${which} below ${belowTop}`;
}

function themeList(ids: readonly string[]): string {
  return `theme${ids.length > 1 ? "s" : ""} ${ids.join(", ")}`;
}

function overallHold(framework: Framework, themes: ThemeHold[]): OverallHold {
  const levels = themes.map((t) => t.level);
  if (levels.some((l) => l === null)) {
    const toAnswer = themes.filter((t) => t.unanswered.length > 0).map((t) => t.theme);
    const toFix = themes.filter((t) => t.invalid.length > 0).map((t) => t.theme);
    const todo = [
      ...(toAnswer.length ? [`answer every question of ${themeList(toAnswer)}`] : []),
      ...(toFix.length ? [`fix the answers that are not options in ${themeList(toFix)}`] : []),
    ];
    return {
      level: null,
      next: null,
      steps: 0,
      short: 0,
      easiest: [],
      message: `${PROVISIONAL}: no overall level until you ${todo.join(" and ")}.`,
    };
  }
  const sum = (levels as Level[]).reduce<number>((a, b) => a + b, 0);
  const count = levels.length;
  const level = Math.floor(sum / count);
  if (level === framework.topLevel) {
    return {
      level,
      next: null,
      steps: 0,
      short: 0,
      easiest: [],
      message: `${framework.levels[level].label}: the top level.`,
    };
  }
  const next = level + 1;
  const steps = next * count - sum; // whole theme steps: the mean moves by 1/count per step
  const short = Math.round((steps / count) * 10) / 10;
  const canRise = themes.filter((t) => t.level! < framework.topLevel);
  const topLabel = framework.levels[framework.topLevel].label;
  const easiest = [...canRise]
    .sort((a, b) => a.questions.length - b.questions.length || a.theme.localeCompare(b.theme))
    .map((t) => t.theme);
  const how =
    steps < canRise.length
      ? `raise any ${steps} theme${steps > 1 ? "s" : ""} one level`
      : steps === canRise.length
        ? `raise ${everyTheme(steps, canRise.length < count ? topLabel : null)} one level`
        : `raise themes ${steps} levels in all`;
  return {
    level,
    next,
    steps,
    short,
    easiest,
    message: `${short.toFixed(1)} short of ${framework.levels[next].label}: ${how}.`,
  };
}
