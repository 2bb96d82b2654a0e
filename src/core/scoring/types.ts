import type { Level } from "../framework/levels";

/** One question's answers as typed or chosen: the text of an option, or blank. */
export interface AnswerInput {
  question: string;
  present?: string | null;
  future?: string | null;
}

export interface AssessmentInput {
  organisation?: string;
  answers: readonly AnswerInput[];
}

export type Timeframe = "present" | "future";

export interface Problem {
  question: string;
  field: Timeframe | "question";
  message: string;
}

export interface LevelResult {
  level: Level | null;
  label: string | null;
}

export interface QuestionScore {
  id: string;
  theme: string;
  present: LevelResult;
  future: LevelResult;
}

export interface ThemeScore {
  id: string;
  name: string;
  present: LevelResult;
  future: LevelResult;
  /** Questions left blank. */
  unanswered: Record<Timeframe, number>;
  /** Answers given that are not one of the question's options (each is also a problem). */
  invalid: Record<Timeframe, number>;
}

export interface OverallScore {
  /** Mean of the theme levels to one decimal; over the scored themes only when provisional. */
  mean: number | null;
  level: Level | null;
  label: string | null;
  /** True while any theme has no level yet: the mean is then only indicative. */
  provisional: boolean;
}

export interface PlannedAction {
  theme: string;
  question: string;
  /** The level this action raises its question to ("To reach …"). */
  level: Level;
  text: string;
}

export interface ScoreResult {
  framework: { id: string; name: string; version: string };
  organisation: string;
  themes: ThemeScore[];
  overall: Record<Timeframe, OverallScore>;
  actions: PlannedAction[];
  problems: Problem[];
  questions: QuestionScore[];
}
