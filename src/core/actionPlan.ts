import type { PlannedAction, QuestionScore } from "./assessment";
import type { Framework } from "./loadFramework";
import { LEVELS, type Level } from "./levels";

/** The "To reach …" columns of an action plan: every level an action can lead to. */
export const TARGET_LEVELS: readonly Level[] = LEVELS.filter((level) => level > 0);

/**
 * For each question, the action of every option above its present answer up to and including its
 * future answer; grouped by theme, then target level, in question order. A question without both
 * answers, or whose future is below its present, yields nothing (scoring reports the latter).
 * Column headings refer to the level of each question, not of the theme, as in the SVMI's plans.
 */
export function planActions(framework: Framework, scores: readonly QuestionScore[]): PlannedAction[] {
  const byId = new Map(scores.map((score) => [score.id, score]));
  const actions: PlannedAction[] = [];
  for (const theme of framework.themes) {
    for (const target of TARGET_LEVELS) {
      for (const question of theme.questions) {
        const score = byId.get(question.id);
        const present = score?.present.level;
        const future = score?.future.level;
        if (present == null || future == null || target <= present || target > future) continue;
        const option = question.options.find((o) => o.level === target);
        if (option?.action) {
          actions.push({ theme: theme.id, question: question.id, level: target, text: option.action });
        }
      }
    }
  }
  return actions;
}

export interface ActionPlanRow {
  theme: string;
  name: string;
  /** Action texts per target level, in question order. */
  cells: Record<Level, string[]>;
}

/** The action plan as a grid: one row per theme, one cell per target level (seed layout). */
export function actionPlanGrid(framework: Framework, actions: readonly PlannedAction[]): ActionPlanRow[] {
  return framework.themes.map((theme) => {
    const cells = { 0: [], 1: [], 2: [], 3: [], 4: [] } as Record<Level, string[]>;
    for (const action of actions) if (action.theme === theme.id) cells[action.level].push(action.text);
    return { theme: theme.id, name: theme.name, cells };
  });
}
