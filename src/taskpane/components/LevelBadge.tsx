import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { LevelResult } from "../../core/scoring/types";
import { LEVEL_FILL, LEVEL_TEXT } from "../../core/workbook/palette";

const useStyles = makeStyles({
  badge: {
    display: "inline-block",
    minWidth: "6.5em",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "center",
  },
  none: {
    color: tokens.colorNeutralForeground3,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
  },
});

/** A level as coloured text: the name is always written, so colour is never the only signal. */
export const LevelBadge: React.FC<{ level: LevelResult; empty?: string }> = ({
  level,
  empty = "Not yet",
}) => {
  const styles = useStyles();
  if (level.level === null)
    return <span className={`${styles.badge} ${styles.none}`}>{empty}</span>;
  return (
    <span
      className={styles.badge}
      style={{ background: LEVEL_FILL[level.level], color: LEVEL_TEXT[level.level] }}
    >
      {level.label}
    </span>
  );
};
