import * as React from "react";
import { Body1, Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import type { ScoreResult } from "../../core/scoring/types";
import { LevelBadge } from "./LevelBadge";

const useStyles = makeStyles({
  overall: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    gap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  level: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    whiteSpace: "nowrap",
  },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "left",
    verticalAlign: "middle",
  },
});

const mean = (value: number | null, provisional: boolean) =>
  value === null ? "" : ` ${provisional ? "provisional mean" : "mean"} ${value.toFixed(1)}`;

/** Overall and per-theme levels at a glance, and how much is left to answer. */
export const ResultsSummary: React.FC<{ framework: Framework; result: ScoreResult }> = ({
  framework,
  result,
}) => {
  const styles = useStyles();
  const unanswered = result.themes.reduce(
    (n, t) => n + t.unanswered.present + t.unanswered.future,
    0
  );
  const { present, future } = result.overall;
  return (
    <section aria-labelledby="summary-title">
      <Title3 as="h2" id="summary-title">
        {result.organisation || "Results"}
      </Title3>
      <div className={styles.overall}>
        <Body1>Present Performance</Body1>
        <span className={styles.level}>
          <LevelBadge framework={framework} level={present} />
          <Caption1>{mean(present.mean, present.provisional)}</Caption1>
        </span>
        <Body1>Future Target</Body1>
        <span className={styles.level}>
          <LevelBadge framework={framework} level={future} />
          <Caption1>{mean(future.mean, future.provisional)}</Caption1>
        </span>
      </div>
      <Body1 as="p" role="status">
        {unanswered === 0
          ? "Every question is answered."
          : `${unanswered} answer${unanswered === 1 ? "" : "s"} still to give (present and future).`}
      </Body1>
      <table className={styles.table} aria-label="Levels by theme">
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
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
        <tbody>
          {result.themes.map((theme) => (
            <tr key={theme.id}>
              <th className={styles.cell} scope="row">
                {theme.id} {theme.name}
              </th>
              <td className={styles.cell}>
                <LevelBadge framework={framework} level={theme.present} empty={`${theme.unanswered.present} to answer`} />
              </td>
              <td className={styles.cell}>
                <LevelBadge framework={framework} level={theme.future} empty={`${theme.unanswered.future} to answer`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
