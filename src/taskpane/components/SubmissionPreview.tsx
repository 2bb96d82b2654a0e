import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import { submissionFields, submissionLevels } from "../../core/workbook/layouts/submission";
import type { Submission } from "../../office/api";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left",
      verticalAlign: "top",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: "anywhere",
    },
    "& th": { fontWeight: tokens.fontWeightSemibold },
  },
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
    overflowWrap: "anywhere",
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
  const levelsTable = (caption: string, rows: [string, string, string][]) => (
    <table className={styles.table}>
      <caption className={styles.heading}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption === "Themes" ? "Theme" : "Question"}</th>
          <th scope="col">Present</th>
          <th scope="col">Future</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, present, future]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{present}</td>
            <td>{future}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className={styles.root} role="region" aria-label="What the submission contains">
      <table className={styles.table}>
        <caption className={styles.heading}>What is sent</caption>
        <tbody>
          {submissionFields(submission).map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {levelsTable("Themes", themes)}
      <details>
        <summary className={styles.summary}>
          Each question&apos;s levels ({questions.length})
        </summary>
        {levelsTable("Questions", questions)}
      </details>
      <details>
        <summary className={styles.summary}>The file itself (JSON)</summary>
        <pre className={styles.json}>{JSON.stringify(submission, null, 2)}</pre>
      </details>
    </div>
  );
};
