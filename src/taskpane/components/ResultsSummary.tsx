import * as React from "react";
import { Body1, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import type { OverallScore, ScoreResult } from "../../core/scoring/types";
import { overallWordingOf, themeOpenWording } from "../../core/scoring/overallWording";
import { LevelBadge } from "./LevelBadge";

/**
 * Below this width the theme table becomes one block per theme. A container query on the pane's
 * main element (App.tsx), not a media query: the same rule holds wherever the pane is shown, in
 * Office's webview (the window is the pane) and beside the preview's simulated workbook.
 */
const NARROW = "@container pane (max-width: 400px)";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, overflowWrap: "anywhere" },
  provenance: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  overall: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    // Narrow: each overall level under its label, so neither is squeezed off the pane.
    [NARROW]: { gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalXXS },
    gap: tokens.spacingVerticalS,
    alignItems: "center",
    margin: `${tokens.spacingVerticalS} 0`,
  },
  level: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    tableLayout: "fixed",
    [NARROW]: { display: "block" },
  },
  head: { [NARROW]: { display: "none" } },
  body: { [NARROW]: { display: "block" } },
  row: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: {
      display: "flex",
      flexWrap: "wrap",
      gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
      padding: `${tokens.spacingVerticalXS} 0`,
    },
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    verticalAlign: "middle",
    overflowWrap: "anywhere",
    [NARROW]: { display: "block", padding: 0 },
  },
  name: { width: "40%", [NARROW]: { width: "100%" } },
  // In the narrow layout each level says which one it is.
  tag: {
    display: "none",
    [NARROW]: { display: "inline", marginRight: tokens.spacingHorizontalXS },
  },
});

/** Overall and per-theme levels at a glance, fitting any pane width. */
export const ResultsSummary: React.FC<{ framework: Framework; result: ScoreResult }> = ({
  framework,
  result,
}) => {
  const styles = useStyles();
  const overall = (tf: "present" | "future", score: OverallScore) => {
    const wording = overallWordingOf(result, tf);
    return (
      <span className={styles.level}>
        {score.level !== null && !score.provisional ? (
          <LevelBadge framework={framework} level={score} />
        ) : score.mean === null ? (
          <strong>Not scored yet</strong>
        ) : (
          <strong>{wording.label}</strong>
        )}
        {score.mean !== null && <Caption1>{wording.detail}</Caption1>}
      </span>
    );
  };
  return (
    <section aria-labelledby="summary-title">
      <h2 className={styles.heading} id="summary-title">
        {result.organisation || "Results"}
      </h2>
      {/* Only a framework that is not an official text names itself here: what it is derived from. */}
      {framework.provenance && (
        <Caption1 as="p" block className={styles.provenance}>
          <strong>{framework.name}</strong>: {framework.provenance}
        </Caption1>
      )}
      <div className={styles.overall}>
        <Body1>Present Performance</Body1>
        {overall("present", result.overall.present)}
        <Body1>Future Target</Body1>
        {overall("future", result.overall.future)}
      </div>
      <table className={styles.table} aria-label="Levels by theme">
        <thead className={styles.head}>
          <tr>
            <th className={mergeClasses(styles.cell, styles.name)} scope="col">
              Theme
            </th>
            <th className={styles.cell} scope="col">
              Present
            </th>
            <th className={styles.cell} scope="col">
              Future
            </th>
          </tr>
        </thead>
        <tbody className={styles.body}>
          {result.themes.map((theme) => {
            const left = (tf: "present" | "future") => themeOpenWording(theme, tf) || "not scored";
            return (
              <tr key={theme.id} className={styles.row}>
                <th className={mergeClasses(styles.cell, styles.name)} scope="row">
                  {theme.id} {theme.name}
                </th>
                <td className={styles.cell}>
                  <span className={styles.tag}>Present</span>
                  <LevelBadge framework={framework} level={theme.present} empty={left("present")} />
                </td>
                <td className={styles.cell}>
                  <span className={styles.tag}>Future</span>
                  <LevelBadge framework={framework} level={theme.future} empty={left("future")} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
};
