import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import type { LevelResult } from "../../core/scoring/types";

const useStyles = makeStyles({
  badge: {
    display: "inline-block",
    // Long names ("Incomplete/Non Compliant") wrap inside a narrow pane instead of overflowing.
    maxWidth: "100%",
    overflowWrap: "break-word",
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

/**
 * A level as coloured text, in its framework's colours: the name is always written, so colour is
 * never the only signal.
 */
export const LevelBadge: React.FC<{ framework: Framework; level: LevelResult; empty?: string }> = ({
  framework,
  level,
  empty = "not scored",
}) => {
  const styles = useStyles();
  if (level.level === null)
    return <span className={mergeClasses(styles.badge, styles.none)}>{empty}</span>;
  return (
    <span
      className={styles.badge}
      style={{
        background: framework.levels[level.level].fill,
        color: framework.levels[level.level].text,
      }}
    >
      {level.label}
    </span>
  );
};
