import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AssessmentApi } from "../../office/addin";
import type { Timers } from "../../office/liveScheduler";
import { useAssessment } from "../hooks/useAssessment";
import { NewAssessmentForm } from "./NewAssessmentForm";
import { ProblemList } from "./ProblemList";
import { ResultsSummary } from "./ResultsSummary";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  toolbar: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "center",
    flexWrap: "wrap",
  },
});

export const APP_TITLE = "Social Value Maturity Index";

export interface AppProps {
  api: AssessmentApi;
  /** Features this Excel lacks, said once at the top. */
  missingFeatures?: string[];
  timers?: Timers;
  today?: string;
}

const App: React.FC<AppProps> = ({
  api,
  missingFeatures = [],
  timers,
  today = new Date().toISOString().slice(0, 10),
}) => {
  const styles = useStyles();
  const { state, create, scoreNow, setLive, select } = useAssessment(api, timers);
  return (
    <main className={styles.root}>
      <Title2 as="h1">{APP_TITLE}</Title2>
      {missingFeatures.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            This version of Excel lacks: {missingFeatures.join("; ")}.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "loading" && <Spinner label="Reading the workbook…" />}
      {state.phase === "new" && (
        <NewAssessmentForm onCreate={create} busy={state.busy} today={today} />
      )}
      {state.phase === "ready" && (
        <>
          <div className={styles.toolbar}>
            <Button appearance="primary" onClick={() => void scoreNow()}>
              Score now
            </Button>
            <Switch
              checked={state.live}
              onChange={(_, data) => setLive(data.checked)}
              label={state.live ? "Live: results follow every edit" : "Live mode off"}
            />
            <Caption1 aria-live="polite">
              {state.runs > 0 ? `Scored ${state.runs} time${state.runs === 1 ? "" : "s"}` : ""}
            </Caption1>
          </div>
          {state.outcome && <ResultsSummary result={state.outcome.result} />}
          {state.outcome && <ProblemList problems={state.outcome.problems} onSelect={select} />}
        </>
      )}
    </main>
  );
};

export default App;
