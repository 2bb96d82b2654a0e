import { unscoredThemes, type Submission } from "../../core/benchmark/submission";

/**
 * What the export preview says of themes not scored yet: a warning when some are (they are sent
 * as not scored, and counted nowhere), and a refusal when none is scored (there is nothing to
 * send: a blank submission would only be left out by the coordinator). Undefined when all are.
 */
export function unscoredNotice(
  submission: Pick<Submission, "themes">
): { blocks: boolean; text: string } | undefined {
  const unscored = unscoredThemes(submission).length;
  const all = submission.themes.length;
  if (unscored === 0) return undefined;
  if (unscored === all)
    return {
      blocks: true,
      text: "No theme is scored yet, so there is nothing to send: answer the questionnaire and score it, then export.",
    };
  return {
    blocks: false,
    text:
      unscored === 1
        ? `1 of ${all} themes is not scored yet: it is sent as not scored.`
        : `${unscored} of ${all} themes are not scored yet: they are sent as not scored.`,
  };
}
