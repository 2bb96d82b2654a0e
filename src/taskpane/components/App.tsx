import * as React from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Tab,
  TabList,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { displayTheme } from "./displayTheme";
import { FacilitatorMode } from "./FacilitatorMode";
import { HoldsBack } from "./HoldsBack";
import type { AssessmentApi, Timers } from "../../office/api";
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
  const { state, create, scoreNow, setLive, select, answer, present, restoreView } = useAssessment(
    api,
    timers
  );
  const [view, setView] = React.useState<"results" | "facilitator">("results");
  const [large, setLarge] = React.useState(false);
  const [highContrast, setHighContrast] = React.useState(false);
  const [presenting, setPresenting] = React.useState(false);
  const [note, setNote] = React.useState("");
  const outcome = state.outcome;
  const framework = outcome?.framework;
  const selectQuestion = (id: string) => {
    const row = outcome?.questionnaire.rowAddress(id);
    if (outcome && row) void select(outcome.questionnaire.sheet, row);
  };
  const togglePresent = async () => {
    if (presenting) {
      await restoreView();
      setPresenting(false);
      setNote("Normal view restored.");
      return;
    }
    const shown = await present();
    if (!shown) return;
    setPresenting(true);
    setNote(
      shown.zoomed
        ? "Results are on screen, zoomed to fit."
        : "Results are on screen. This Excel cannot zoom from an add-in: use its zoom control."
    );
  };
  return (
    <FluentProvider theme={displayTheme({ large, highContrast })}>
      <main className={styles.root}>
        <Title2 as="h1">{APP_TITLE}</Title2>
        <div className={styles.toolbar}>
          <Switch checked={large} onChange={(_, d) => setLarge(d.checked)} label="Large type" />
          <Switch
            checked={highContrast}
            onChange={(_, d) => setHighContrast(d.checked)}
            label="High contrast"
          />
        </div>
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
            <div className={styles.toolbar}>
              <Button onClick={() => void togglePresent()} aria-pressed={presenting}>
                {presenting ? "Restore normal view" : "Present results on the projector"}
              </Button>
              <Caption1 aria-live="polite">{note}</Caption1>
            </div>
            <TabList
              selectedValue={view}
              onTabSelect={(_, data) => setView(data.value as "results" | "facilitator")}
              aria-label="View"
            >
              <Tab value="results">Results</Tab>
              <Tab value="facilitator">Facilitator mode</Tab>
            </TabList>
            {outcome && framework && view === "facilitator" && (
              <FacilitatorMode
                framework={framework}
                result={outcome.result}
                onAnswer={answer}
                onSelectQuestion={selectQuestion}
              />
            )}
            {outcome && view === "results" && (
              <>
                <ResultsSummary framework={outcome.framework} result={outcome.result} />
                {framework &&
                  (["present", "future"] as const).map((timeframe) => (
                    <HoldsBack
                      key={timeframe}
                      framework={framework}
                      result={outcome.result}
                      timeframe={timeframe}
                      onSelectQuestion={selectQuestion}
                    />
                  ))}
                <ProblemList problems={outcome.problems} onSelect={select} />
              </>
            )}
          </>
        )}
        <footer>
          <Caption1>
            {/* Pages beside the pane in the same folder (dist/): they work under any host. */}
            <Link href="help.html" target="_blank" rel="noopener">
              Help
            </Link>
            {" · "}
            <Link href="privacy.html" target="_blank" rel="noopener">
              Privacy: your answers never leave the workbook
            </Link>
            {" · "}
            <Link href="support.html" target="_blank" rel="noopener">
              Support
            </Link>
          </Caption1>
        </footer>
      </main>
    </FluentProvider>
  );
};

export default App;
