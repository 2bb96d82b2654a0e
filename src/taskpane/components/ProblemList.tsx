import * as React from "react";
import { Body1, Button, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookProblem } from "../../office/api";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    justifyContent: "space-between",
    flexWrap: "wrap",
    overflowWrap: "anywhere",
  },
});

/** Problems in the answers, each with a button that selects its cell in the sheet. */
export const ProblemList: React.FC<{
  problems: WorkbookProblem[];
  onSelect(sheet: string, address: string): void;
}> = ({ problems, onSelect }) => {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="problems-title">
      <Title3 as="h2" id="problems-title">
        Problems to fix ({problems.length})
      </Title3>
      <ul className={styles.list}>
        {problems.map((problem, i) => (
          <li key={i} className={styles.item}>
            <Body1>{problem.message}</Body1>
            {problem.sheet && problem.address && (
              <Button
                size="small"
                onClick={() => onSelect(problem.sheet!, problem.address!)}
                title={`Select cell ${problem.address} in ${problem.sheet}`}
              >
                Select {problem.address}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
