import * as React from "react";
import { Link, makeStyles, tokens } from "@fluentui/react-components";

export type SheetKind = "results" | "actionPlan" | "tracker" | "questionnaire" | "progress";

export interface SheetCounts {
  actionPlan?: { name: string; actions: number };
  tracker?: { name: string; rows: number; open: number };
}

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sheets the scoring keeps up to date, each opened in Excel with one click. */
export const SheetLinks: React.FC<{
  sheets: SheetCounts;
  onOpen: (kind: SheetKind) => void;
}> = ({ sheets, onOpen }) => {
  const styles = useStyles();
  const { actionPlan, tracker } = sheets;
  if (!actionPlan && !tracker) return null;
  return (
    <nav aria-label="Sheets of this assessment">
      <ul className={styles.list}>
        {actionPlan && (
          <li>
            <Link as="button" onClick={() => onOpen("actionPlan")}>
              Open {actionPlan.name}
            </Link>{" "}
            ({plural(actionPlan.actions, "action", "actions")} from present to future)
          </li>
        )}
        {tracker && (
          <li>
            <Link as="button" onClick={() => onOpen("tracker")}>
              Open {tracker.name}
            </Link>{" "}
            ({plural(tracker.rows, "row", "rows")}, {tracker.open} still to do)
          </li>
        )}
      </ul>
    </nav>
  );
};
