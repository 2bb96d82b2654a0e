import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { levelLabel, type Framework } from "../../core/framework/types";
import type { Comparison } from "../../core/history/compare";
import { moveMarker, promiseSentence } from "../../core/history/progressWording";

/** More changed answers than this are summed up, with the Progress sheet for the rest. */
const MAX_CHANGES = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  summary: { cursor: "pointer" },
  subheading: {
    display: "inline",
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { overflowWrap: "anywhere" },
  text: { margin: 0 },
});

export interface ProgressSummaryProps {
  framework: Framework;
  /** The last snapshot's label and the comparison with now. */
  label: string;
  comparison: Comparison;
  onSelectQuestion: (questionId: string) => void;
  onOpenProgress: () => void;
}

/**
 * Year on year on the Results view: did we reach last cycle's aims (the promise check, in
 * sentences) and what changed since (each answer, with its move as an arrow and a word). The
 * Progress sheet has the whole table and the chart.
 */
export const ProgressSummary: React.FC<ProgressSummaryProps> = ({
  framework,
  label,
  comparison,
  onSelectQuestion,
  onOpenProgress,
}) => {
  const styles = useStyles();
  const themeName = (id: string) => framework.themes.find((t) => t.id === id)?.name ?? id;
  const count = (status: string) => comparison.promises.filter((p) => p.status === status).length;
  const shown = comparison.changes.slice(0, MAX_CHANGES);
  const name = (level: number | null) => levelLabel(framework, level) || "not scored";
  return (
    <section className={styles.root} aria-labelledby="progress-heading">
      <h2 id="progress-heading" className={styles.heading}>
        Since {label}
      </h2>
      <p className={styles.text} data-testid="promise-totals">
        Aims of {label}: {count("kept")} kept, {count("exceeded")} exceeded, {count("not yet")} not
        yet.
      </p>
      {/* Ten sentences: on demand, so what changed stays on the first screen. */}
      <details>
        <summary className={styles.summary}>
          <h3 className={styles.subheading}>Did we reach what we aimed for?</h3>
        </summary>
        <ul className={styles.list} aria-label={`Aims of ${label}`}>
          {comparison.promises
            .filter((p) => p.promised !== null)
            .map((p) => (
              <li key={p.theme} className={styles.item}>
                {promiseSentence(framework, label, themeName(p.theme), p)}
              </li>
            ))}
        </ul>
      </details>
      <h3 className={styles.subheading}>
        What changed since {label} ({comparison.changes.length})
      </h3>
      {comparison.changes.length === 0 ? (
        <p className={styles.text}>No answer has changed.</p>
      ) : (
        <ul className={styles.list} aria-label={`What changed since ${label}`}>
          {shown.map((c) => {
            const text = framework.question(c.question)?.text ?? "";
            const field = c.field === "present" ? "Present" : "Future";
            return (
              <li key={`${c.question}-${c.field}`} className={styles.item}>
                <Button
                  size="small"
                  appearance="transparent"
                  title={text}
                  aria-label={`Select question ${c.question} in the sheet: ${text}`}
                  onClick={() => onSelectQuestion(c.question)}
                >
                  {c.question}
                </Button>{" "}
                {field}: {name(c.from)} → {name(c.to)} {moveMarker(c)}
              </li>
            );
          })}
          {comparison.changes.length > shown.length && (
            <li className={styles.item}>
              and {comparison.changes.length - shown.length} more on the Progress sheet
            </li>
          )}
        </ul>
      )}
      <div>
        <Button onClick={onOpenProgress}>Open the Progress sheet</Button>
      </div>
    </section>
  );
};
