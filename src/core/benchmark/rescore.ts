import type { Level } from "../framework/levels";
import type { Framework } from "../framework/types";
import { scoreAssessment } from "../scoring/scoreAssessment";
import type { AnswerInput, ScoreResult } from "../scoring/types";
import type { LevelPair } from "./submission";

/**
 * Theme and overall levels re-computed from question levels. Each level is turned back into the
 * text of an option at that level and scored by scoreAssessment itself, so a submission is judged
 * by exactly the rules that scored the workbook (a question at its top option meets its theme in
 * full, the overall level is the floored mean), and a change to those rules changes both at once.
 *
 * Every level given must be one that some option of its question carries (readSubmission checks).
 */
export function rescoreLevels(
  framework: Framework,
  questions: ReadonlyMap<string, LevelPair>
): ScoreResult {
  const answers: AnswerInput[] = [];
  for (const [id, levels] of questions) {
    const question = framework.question(id)!;
    const text = (level: Level | null) =>
      level === null ? null : question.options.find((o) => o.level === level)!.text;
    answers.push({ question: id, present: text(levels.present), future: text(levels.future) });
  }
  return scoreAssessment(framework, { answers });
}
