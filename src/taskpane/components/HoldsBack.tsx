import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import type { ScoreResult, Timeframe } from "../../core/scoring/types";
import { holdsBack } from "../../core/scoring/holdsBack";

/** More question ids than this in one theme are summed up, not each given a chip. */
const MAX_CHIPS = 6;

const useStyles = makeStyles({
  summary: { cursor: "pointer" },
  heading: {
    display: "inline",
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalS, overflowWrap: "anywhere" },
  chips: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXXS,
  },
});

export interface HoldsBackProps {
  framework: Framework;
  result: ScoreResult;
  timeframe: Timeframe;
  /** Only this theme (facilitator mode); all themes when left out. */
  theme?: string;
  onSelectQuestion: (questionId: string) => void;
}

/**
 * What must move for a theme to rise (the questions at its minimum) and how far the overall level
 * is from the next, under a heading of its own that opens on demand. Hidden until something is
 * answered: before that, every question would be listed. Each question is a chip that selects
 * its row in the sheet; its text is the chip's tooltip.
 */
export const HoldsBack: React.FC<HoldsBackProps> = ({
  framework,
  result,
  timeframe,
  theme,
  onSelectQuestion,
}) => {
  const styles = useStyles();
  const held = React.useMemo(() => holdsBack(framework, result), [framework, result]);
  const answered = result.questions.some(
    (q) => (!theme || q.theme === theme) && q[timeframe].level !== null
  );
  if (!answered) return null;
  const themes = held.themes[timeframe].filter((t) => !theme || t.theme === theme);
  const when = timeframe === "present" ? "Present" : "Future";
  const title = `What holds ${theme ? "this theme" : "us"} back (${when})`;
  return (
    <details open={Boolean(theme)}>
      <summary className={styles.summary}>
        <h2 className={styles.heading}>{title}</h2>
      </summary>
      {!theme && <p>Overall: {held.overall[timeframe].message}</p>}
      <ul className={styles.list}>
        {themes.map((t) => {
          const ids = t.level === null ? [...t.invalid, ...t.unanswered] : t.questions;
          const shown = ids.slice(0, MAX_CHIPS);
          return (
            <li key={t.theme} className={styles.item}>
              <span>{t.message}</span>
              {ids.length > 0 && (
                <span className={styles.chips}>
                  {shown.map((id) => {
                    const text = framework.question(id)?.text ?? "";
                    return (
                      <Button
                        key={id}
                        size="small"
                        appearance="outline"
                        title={text}
                        aria-label={`Select question ${id} in the sheet: ${text}`}
                        onClick={() => onSelectQuestion(id)}
                      >
                        {id}
                      </Button>
                    );
                  })}
                  {ids.length > shown.length && <span>and {ids.length - shown.length} more</span>}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
};
