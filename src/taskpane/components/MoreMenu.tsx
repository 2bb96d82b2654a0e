import * as React from "react";
import { useConfirmFocus } from "../hooks/useConfirmFocus";
import { Button, Switch, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
});

export interface MoreMenuProps {
  open: boolean;
  large: boolean;
  highContrast: boolean;
  onLarge: (on: boolean) => void;
  onHighContrast: (on: boolean) => void;
  /** Starts a new assessment in place of this one (after the confirmation below). */
  onStartAgain?: () => void;
  /** Closes the panel (Escape), focus going back to its button. */
  onClose?: () => void;
  /** More sections (the participants' import), below the display switches. */
  children?: React.ReactNode;
}

/** The toggle for the overflow panel: a disclosure button, so no popup layer is needed. */
export const MoreButton = React.forwardRef<
  HTMLButtonElement,
  { open: boolean; onToggle: () => void }
>(({ open, onToggle }, ref) => (
  <Button
    ref={ref}
    style={{ minWidth: "auto" }}
    aria-label="More options"
    title="More options: display, participants' workbooks, start a new assessment"
    aria-expanded={open}
    aria-controls="more-panel"
    onClick={onToggle}
  >
    {open ? "✕" : "⋯"}
  </Button>
));
MoreButton.displayName = "MoreButton";

/**
 * What is needed now and then: the display for the room, the participants' workbooks (children),
 * and starting over with another framework. Starting over asks first and says what happens to
 * the current sheets.
 */
export const MorePanel: React.FC<MoreMenuProps> = ({
  open,
  large,
  highContrast,
  onLarge,
  onHighContrast,
  onStartAgain,
  onClose,
  children,
}) => {
  const styles = useStyles();
  const [confirming, setConfirming] = React.useState(false);
  const { cancel, ask: startAgain } = useConfirmFocus(confirming);
  if (!open) return null;
  return (
    <div
      id="more-panel"
      className={styles.panel}
      role="group"
      aria-label="More"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        if (confirming) setConfirming(false);
        else onClose?.();
      }}
    >
      <Switch checked={large} onChange={(_, d) => onLarge(d.checked)} label="Large type" />
      <Switch
        checked={highContrast}
        onChange={(_, d) => onHighContrast(d.checked)}
        label="High contrast"
      />
      {children}
      {onStartAgain && !confirming && (
        <Button ref={startAgain} onClick={() => setConfirming(true)}>
          Start a new assessment / change framework…
        </Button>
      )}
      {onStartAgain && confirming && (
        <div className={styles.confirm} role="alertdialog" aria-labelledby="start-again-text">
          <p className={styles.text} id="start-again-text">
            A new questionnaire replaces this one. Nothing is deleted: the current Questionnaire,
            with its answers and notes, stays as a sheet named &quot;Questionnaire (replaced)&quot;;
            Results, Action Plan and Action Tracker are redrawn for the new assessment, and the
            tracker keeps everything you typed.
          </p>
          <div className={styles.row}>
            <Button
              appearance="primary"
              onClick={() => {
                setConfirming(false);
                onStartAgain();
              }}
            >
              Yes, start a new assessment
            </Button>
            <Button ref={cancel} onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </div>
  );
};
