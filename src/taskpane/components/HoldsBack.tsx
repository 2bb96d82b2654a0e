import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ScoreResult, Timeframe } from "../../core/scoring/types";
import { holdsBack } from "../../core/scoring/holdsBack";
import type { Framework } from "../../core/framework/types";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
  ids: { display: "inline-flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
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
 * is from the next. Each question is a button that selects its row in the sheet.
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
  const themes = held.themes[timeframe].filter((t) => !theme || t.theme === theme);
  const when = timeframe === "present" ? "Present" : "Future";
  return (
    <section aria-label={`What holds ${theme ? "this theme" : "each theme"} back (${when})`}>
      {!theme && (
        <p>
          Overall ({when}): {held.overall[timeframe].message}
        </p>
      )}
      <ul className={styles.list}>
        {themes.map((t) => {
          const ids = t.level === null ? t.unanswered : t.questions;
          return (
            <li key={t.theme} className={styles.item}>
              <Caption1>{t.message}</Caption1>{" "}
              <span className={styles.ids}>
                {ids.map((id) => (
                  <Button
                    key={id}
                    size="small"
                    appearance="subtle"
                    aria-label={`Select question ${id} in the sheet`}
                    onClick={() => onSelectQuestion(id)}
                  >
                    {id}
                  </Button>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
