import type { ScoreResult, Timeframe } from "./types";
import type { Framework, Theme } from "../framework/types";
import type { Level } from "../framework/levels";
import { themeCeiling } from "./scoreAssessment";

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
  /** Unanswered questions: the theme has no level until they are answered. */
  unanswered: string[];
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
  const themes = (timeframe: Timeframe): ThemeHold[] =>
    framework.themes.map((theme) => {
      const scored = result.themes.find((t) => t.id === theme.id)!;
      const level = scored[timeframe].level;
      const unanswered = theme.questions
        .filter((q) => levelOf.get(q.id)?.[timeframe].level === null)
        .map((q) => q.id);
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
        message: themeMessage(framework, theme, level),
      };
    });
  const present = themes("present");
  const future = themes("future");
  return {
    themes: { present, future },
    overall: { present: overallHold(framework, present), future: overallHold(framework, future) },
  };
}

function themeMessage(framework: Framework, theme: Theme, level: Level | null): string {
  const named = `${theme.id} ${theme.name}`;
  if (level === null) return `${named}: no level until these are answered:`;
  const { label } = framework.levels[level];
  if (level === framework.topLevel) return `${named}: ${label}, nothing holds it back.`;
  return `${named}: held at ${label} by`;
}

function overallHold(framework: Framework, themes: ThemeHold[]): OverallHold {
  const levels = themes.map((t) => t.level);
  if (levels.some((l) => l === null)) {
    const open = themes.filter((t) => t.level === null).map((t) => t.theme);
    return {
      level: null,
      next: null,
      steps: 0,
      short: 0,
      easiest: [],
      message: `No overall level yet: answer every question of theme${open.length > 1 ? "s" : ""} ${open.join(", ")}.`,
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
  const easiest = [...canRise]
    .sort((a, b) => a.questions.length - b.questions.length || a.theme.localeCompare(b.theme))
    .map((t) => t.theme);
  const how =
    steps <= canRise.length
      ? `raise any ${steps} theme${steps > 1 ? "s" : ""} one level`
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
