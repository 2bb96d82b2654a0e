import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import { submissionFields, submissionLevels } from "../../core/workbook/layouts/submission";
import type { Submission } from "../../office/api";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // Label over value, not side by side: at 320 px in large type a table's narrow columns broke
  // words in the middle ("Pres/ent"). Each line is the pane's full width, and a word is broken
  // only when it is longer than that line (break-word, not anywhere).
  list: { margin: 0, fontSize: tokens.fontSizeBase200 },
  item: {
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "break-word",
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  timeframe: { color: tokens.colorNeutralForeground3 },
  summary: {
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  json: {
    margin: 0,
    maxHeight: "240px",
    overflow: "auto",
    fontSize: tokens.fontSizeBase100,
    whiteSpace: "pre-wrap",
    overflowWrap: "break-word",
  },
});

/**
 * Exactly what a submission holds, before it leaves: every field in words (the same rows the
 * sheet written from it shows), the level of each theme and question, and the file's own text.
 */
export const SubmissionPreview: React.FC<{ framework: Framework; submission: Submission }> = ({
  framework,
  submission,
}) => {
  const styles = useStyles();
  const { themes, questions } = submissionLevels(framework, submission);
  const levelsList = (heading: string, rows: [string, string, string][]) => (
    <dl className={styles.list} aria-label={heading}>
      {rows.map(([name, present, future]) => (
        <div key={name} className={styles.item}>
          <dt className={styles.term}>{name}</dt>
          <dd className={styles.value}>
            <span className={styles.timeframe}>Present: </span>
            {present}
          </dd>
          <dd className={styles.value}>
            <span className={styles.timeframe}>Future: </span>
            {future}
          </dd>
        </div>
      ))}
    </dl>
  );
  return (
    <div className={styles.root} role="region" aria-label="What the submission contains">
      <h4 className={styles.heading}>What is sent</h4>
      <dl className={styles.list} aria-label="What is sent">
        {submissionFields(submission).map(([label, value]) => (
          <div key={label} className={styles.item}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <h4 className={styles.heading}>Themes</h4>
      {levelsList("Themes", themes)}
      <details>
        <summary className={styles.summary}>
          Each question&apos;s levels ({questions.length})
        </summary>
        {levelsList("Questions", questions)}
      </details>
      <details>
        <summary className={styles.summary}>The file itself (JSON)</summary>
        <pre className={styles.json}>{JSON.stringify(submission, null, 2)}</pre>
      </details>
    </div>
  );
};
