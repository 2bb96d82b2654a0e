import * as React from "react";
import { Button, Switch, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  live: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  // Fluent's buttons are at least 96 px wide: too wide for four commands on one row at 320 px.
  command: { minWidth: "auto" },
});

export interface CommandBarProps {
  live: boolean;
  onLive: (live: boolean) => void;
  onScore: () => void;
  presenting: boolean;
  onPresent: () => void;
}

/** The pane's commands in one compact row: content comes right after it. */
export const CommandBar: React.FC<CommandBarProps> = ({
  live,
  onLive,
  onScore,
  presenting,
  onPresent,
}) => {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="toolbar" aria-label="Commands">
      <Button className={styles.command} appearance="primary" onClick={onScore}>
        Score now
      </Button>
      {/* The label stays the same: the switch's state says whether it is on. */}
      <Switch
        className={styles.live}
        checked={live}
        onChange={(_, data) => onLive(data.checked)}
        label="Live"
        title="Live: results follow every edit in the sheet"
      />
      <Button className={styles.command} onClick={onPresent} aria-pressed={presenting}>
        {presenting ? "Stop projecting" : "Project"}
      </Button>
    </div>
  );
};
