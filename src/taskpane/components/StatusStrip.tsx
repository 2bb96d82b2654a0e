import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  strip: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  item: { display: "inline-flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  warn: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorPaletteRedForeground1 },
});

export interface StatusStripProps {
  /** False when edits were made since the last score (Live off, or a write still to retry). */
  upToDate: boolean;
  /** Answers in the sheet that are not options, and where the first one is. */
  toFix: number;
  /** Answers still blank, Present and Future together. */
  unanswered: number;
  onScore: () => void;
  onSelectFirstProblem?: () => void;
}

/**
 * The truth at the top of the pane: whether what is shown matches the sheet, and what still needs
 * a hand. Not a live region: it changes on every edit, and saying it each time would drown the
 * room's screen-reader users (the App announces only changes of state).
 */
export const StatusStrip: React.FC<StatusStripProps> = ({
  upToDate,
  toFix,
  unanswered,
  onScore,
  onSelectFirstProblem,
}) => {
  const styles = useStyles();
  return (
    <div className={styles.strip} role="group" aria-label="Status">
      {upToDate ? (
        <span className={styles.item}>✓ Up to date</span>
      ) : (
        <span className={mergeClasses(styles.item, styles.warn)}>
          Out of date
          <Button size="small" onClick={onScore}>
            Score now
          </Button>
        </span>
      )}
      <span className={styles.item}>
        {unanswered === 0 ? "All answered" : `${unanswered} unanswered`}
      </span>
      {toFix > 0 && (
        <span className={mergeClasses(styles.item, styles.warn)}>
          ⚠ {toFix} answer{toFix === 1 ? " needs" : "s need"} fixing
          {onSelectFirstProblem && (
            <Button size="small" onClick={onSelectFirstProblem}>
              Select
            </Button>
          )}
        </span>
      )}
    </div>
  );
};
