import type { PlannedAction, QuestionScore } from "./types";
import type { Framework } from "../framework/types";

/**
 * For each question, the action of every option above its present answer up to and including its
 * future answer; grouped by theme, then target level, in question order. A question without both
 * answers, or whose future is below its present, yields nothing (scoring reports the latter).
 * Column headings refer to the level of each question, not of the theme, as in the SVMI's plans.
 * `scores` holds one entry per question in framework order, as scoreAssessment builds it.
 */
export function planActions(
  framework: Framework,
  scores: readonly QuestionScore[]
): PlannedAction[] {
  const actions: PlannedAction[] = [];
  let first = 0; // scores are in framework order: each theme's questions follow the previous theme's
  for (const theme of framework.themes) {
    const count = theme.questions.length;
    for (const target of framework.targetLevels) {
      for (let i = 0; i < count; i++) {
        const { present, future } = scores[first + i];
        if (present.level === null || future.level === null) continue;
        if (target <= present.level || target > future.level) continue;
        const question = theme.questions[i];
        const action = question.options[target - question.lowestLevel].action;
        if (action)
          actions.push({ theme: theme.id, question: question.id, level: target, text: action });
      }
    }
    first += count;
  }
  return actions;
}

export interface ActionPlanRow {
  theme: string;
  name: string;
  /** Action texts per level (index = level; the lowest stays empty), in question order. */
  cells: string[][];
}

/** The action plan as a grid: one row per theme, one cell per target level (seed layout). */
export function actionPlanGrid(
  framework: Framework,
  actions: readonly PlannedAction[]
): ActionPlanRow[] {
  return framework.themes.map((theme) => {
    const cells = framework.levels.map((): string[] => []);
    for (const action of actions)
      if (action.theme === theme.id) cells[action.level].push(action.text);
    return { theme: theme.id, name: theme.name, cells };
  });
}
