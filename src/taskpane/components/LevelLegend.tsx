import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import { levelsInUse } from "../../core/framework/levels";

const useStyles = makeStyles({
  legend: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: "pointer", overflowWrap: "anywhere" },
  list: { margin: `${tokens.spacingVerticalXS} 0 0 0` },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: `0 0 ${tokens.spacingVerticalXS} 0` },
});

/**
 * The framework's levels as one line, its definitions on demand: only the levels its questions
 * use (the business framework has no level 0), in its own names and number.
 */
export const LevelLegend: React.FC<{ framework: Framework }> = ({ framework }) => {
  const styles = useStyles();
  const levels = levelsInUse(framework);
  return (
    <details className={styles.legend}>
      <summary className={styles.summary}>What the {levels.length} levels mean</summary>
      <dl className={styles.list}>
        {levels.map((l) => (
          <React.Fragment key={l.level}>
            <dt className={styles.term}>{l.label}</dt>
            <dd className={styles.definition}>{l.description}</dd>
          </React.Fragment>
        ))}
      </dl>
    </details>
  );
};
