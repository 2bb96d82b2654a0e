import type { Framework } from "../../core/framework/types";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What a loaded question bank holds, in a line: its level names (in order) and its size, so the
 * user can see it is the file they meant before anything is created with it.
 */
export function bankSummary(framework: Framework): string {
  const questions = framework.themes.reduce((n, theme) => n + theme.questions.length, 0);
  return `Levels: ${framework.levels.map((l) => l.label).join(", ")}. ${count(
    framework.themes.length,
    "theme",
    "themes"
  )}, ${count(questions, "question", "questions")}.`;
}
