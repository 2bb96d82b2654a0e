import type { PlannedAction } from "../scoring/types";
import type { Level } from "./levels";
import type { OptionSpec } from "./spec";

/** A framework ready for scoring (loadFramework builds it from a FrameworkSpec). */

/** A question ready for scoring: its options indexed for fast, exact-after-normalising lookup. */
export interface Question {
  id: string;
  text: string;
  themeId: string;
  /** Index of the question in framework order, counting across themes from 0. */
  position: number;
  options: readonly OptionSpec[];
  lowestLevel: Level;
  /** Choosing the top option meets everything this practice asks, at every level. */
  topLevel: Level;
  findOption(answer: string): OptionSpec | undefined;
  /** The plan entry for raising this question to each level (undefined where none). */
  plannedAction(level: Level): PlannedAction | undefined;
}

export interface Theme {
  id: string;
  name: string;
  /** As ThemeSpec.group: absent where the framework does not group its themes. */
  group?: string;
  questions: readonly Question[];
}

/** One of a framework's levels, with what every sheet and the pane show for it. */
export interface LevelInfo {
  level: Level;
  label: string;
  description: string;
  /** Cell fill for this level, and a text colour readable on it (contrast at least 4.5:1). */
  fill: string;
  text: string;
}

export interface Framework {
  id: string;
  name: string;
  version: string;
  /** From the lowest (0) up; a level's number is its index. */
  levels: readonly LevelInfo[];
  /** The highest level: levels.length - 1. */
  topLevel: Level;
  /** The levels an action can lead to: every level above the lowest. */
  targetLevels: readonly Level[];
  /** Where the framework comes from, when it is not an official text (shown beside its name). */
  provenance?: string;
  themes: readonly Theme[];
  question(id: string): Question | undefined;
  questionCount: number;
}

/** A level's label, or "" for no level. */
export function levelLabel(framework: Framework, level: Level | null): string {
  return level === null ? "" : (framework.levels[level]?.label ?? "");
}

/** The level whose label this text is (trimmed, exact), if any. */
export function levelByLabel(framework: Framework, text: string): Level | undefined {
  const label = text.trim();
  return framework.levels.find((l) => l.label === label)?.level;
}
