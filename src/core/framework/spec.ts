import type { Level } from "./levels";

/**
 * One answer a question offers. `level` is where the SVMI matrix places the statement.
 * Every option above a question's lowest carries the action that takes an organisation to it
 * from the option just below, so the action plan is read straight off the options.
 */
export interface OptionSpec {
  level: Level;
  text: string;
  /** How to reach this option from the one below it. Absent only on a question's lowest option. */
  action?: string;
  /**
   * The matrix criteria this option grades, as "<theme>.<level>.<number>" (e.g. "C.3.2" is the
   * second numbered criterion in theme C's level-3 column). An unnumbered cell counts as number 1.
   */
  criteria?: readonly string[];
  /**
   * This option says the practice is not in place yet (it still carries its level). Left out, an
   * option whose text starts "Not yet" is one (see isNotYetOption); set it to say so either way.
   */
  notYet?: boolean;
}

/** One practice, graded by choosing one option. Options are listed from lowest level to highest. */
export interface QuestionSpec {
  id: string;
  text: string;
  options: readonly OptionSpec[];
}

export interface ThemeSpec {
  id: string;
  name: string;
  /**
   * The group the theme belongs to, where a framework groups its themes (the Social Value Model
   * adoption report groups its characteristics by when they matter). Every theme has one or
   * none does, and a group's themes are listed together (themeGroups.ts).
   */
  group?: string;
  questions: readonly QuestionSpec[];
}

/** One maturity level as a framework names and describes it. */
export interface LevelSpec {
  label: string;
  description: string;
}

export interface FrameworkSpec {
  id: string;
  name: string;
  version: string;
  /** The levels from the lowest up (2 to 9 of them); each option's level is an index here. */
  levels: readonly LevelSpec[];
  /** Where the framework comes from, when it is not an official text. */
  provenance?: string;
  themes: readonly ThemeSpec[];
}
