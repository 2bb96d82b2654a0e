import * as React from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  text: { margin: 0 },
});

/**
 * The Questionnaire sheet (or its table) is gone. Excel cannot undo deleting a sheet, so the pane
 * says where a copy may still be, and offers the way on: a fresh questionnaire.
 */
export const Recover: React.FC<{ busy: boolean; onRestart: () => void }> = ({
  busy,
  onRestart,
}) => {
  const styles = useStyles();
  // The pane changed under the user's hands: focus goes to what it now says.
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className={styles.root} aria-labelledby="recover-title">
      <MessageBar intent="warning">
        <MessageBarBody>
          <h2 id="recover-title" className={styles.text} tabIndex={-1} ref={heading}>
            The Questionnaire sheet is missing
          </h2>
        </MessageBarBody>
      </MessageBar>
      <p className={styles.text}>
        It was deleted, or its table was removed. Excel cannot undo deleting a sheet: if the
        workbook is saved in OneDrive or SharePoint, File › Info › Version History has earlier
        copies with the answers.
      </p>
      <p className={styles.text}>
        Or start the questionnaire again here. Results, Action Plan and Action Tracker stay, and the
        tracker keeps everything you typed; they are redrawn once the new questionnaire is scored.
      </p>
      <Button appearance="primary" onClick={onRestart} disabled={busy}>
        {busy ? "Starting the questionnaire again…" : "Start the questionnaire again"}
      </Button>
    </section>
  );
};
