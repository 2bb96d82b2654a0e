import * as React from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AssessmentApi, Timers } from "../../office/api";
import { useAssessment } from "../hooks/useAssessment";
import { CommandBar } from "./CommandBar";
import { displayTheme } from "./displayTheme";
import type { FacilitatorPosition } from "./FacilitatorMode";
import { MoreButton, MorePanel } from "./MoreMenu";
import { Recover } from "./Recover";
import { ResultsView } from "./ResultsView";
import { StatusStrip } from "./StatusStrip";
import { answerProblems } from "./answerProblems";

// Views the first screen does not need load on demand (webpack makes a chunk of each).
const FacilitatorMode = React.lazy(
  () => import(/* webpackChunkName: "facilitator" */ "./FacilitatorMode")
);
const FirstRun = React.lazy(() => import(/* webpackChunkName: "first-run" */ "./FirstRun"));
const Cycles = React.lazy(() => import(/* webpackChunkName: "cycles" */ "./Cycles"));
// The national survey's export and a loaded benchmark (More).
const Benchmark = React.lazy(() => import(/* webpackChunkName: "benchmark" */ "./Benchmark"));
// Several participants' workbooks (More): their import and "Keep counts only".
const Participants = React.lazy(() =>
  import(/* webpackChunkName: "participants" */ "./Participants").then((m) => ({
    default: m.Participants,
  }))
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
    // Views lay themselves out by the pane's width (see ResultsSummary).
    containerType: "inline-size",
    containerName: "pane",
  },
  // The title, and the overflow menu's button at its end: a row the pane has anyway.
  top: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  tabs: { flexWrap: "wrap" },
  // Read by screen readers, never seen.
  spoken: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  footer: { marginTop: tokens.spacingVerticalL },
});

export const APP_TITLE = "Social Value Maturity Index";

type View = "results" | "facilitator";

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
  const assessment = useAssessment(api, timers);
  const { state } = assessment;
  const [view, setView] = React.useState<View>("results");
  const [facilitatorOpened, setFacilitatorOpened] = React.useState(false);
  const [position, setPosition] = React.useState<FacilitatorPosition>({
    themeIndex: 0,
    timeframe: "present",
  });
  const [large, setLarge] = React.useState(false);
  const [highContrast, setHighContrast] = React.useState(false);
  const [moreOpen, setMoreOpen] = React.useState(false);
  const moreButton = React.useRef<HTMLButtonElement>(null);
  const [replacing, setReplacing] = React.useState(false);
  const [presenting, setPresenting] = React.useState(false);
  const [presentNote, setPresentNote] = React.useState("");
  const [created, setCreated] = React.useState<"new" | "example">();
  const [spoken, setSpoken] = React.useState("");
  const outcome = state.outcome;
  const framework = outcome?.framework;

  // Each view keeps its own scroll position: switching back lands where the facilitator was.
  // What counts is where the view was read, below the tabs: scrolling up to reach the tabs (to
  // switch views) is not a place to come back to.
  const scrolls = React.useRef<Record<View, number>>({ results: 0, facilitator: 0 });
  const tabs = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const remember = () => {
      const below = tabs.current ? tabs.current.offsetTop + tabs.current.offsetHeight : 0;
      if (window.scrollY > below) scrolls.current[view] = window.scrollY;
    };
    window.addEventListener("scroll", remember, { passive: true });
    return () => window.removeEventListener("scroll", remember);
  }, [view]);
  const switchView = (next: View) => {
    if (next === view) return;
    setCreated(undefined); // the next step is taken: the message has done its job
    if (next === "facilitator") setFacilitatorOpened(true);
    setView(next);
  };
  React.useLayoutEffect(() => {
    window.scrollTo(0, scrolls.current[view]); // a promise in newer Chromium: never returned
  }, [view]);

  const success = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    success.current?.focus();
  }, [created]);

  /** Selects a cell in the sheet; while projecting, says why not instead (Results stay shown). */
  const selectCell = (sheet: string, address: string) => {
    if (presenting) {
      setPresentNote(
        "Results stay on the projector: stop projecting to select cells in the sheet."
      );
      return;
    }
    void assessment.select(sheet, address);
  };
  const selectQuestion = (id: string) => {
    // Selecting a row shows the Questionnaire: not while the room is looking at Results.
    if (presenting) {
      setPresentNote(
        "Results stay on the projector: stop projecting to select questions in the sheet."
      );
      return;
    }
    const row = outcome?.questionnaire.rowAddress(id);
    if (outcome && row) void assessment.select(outcome.questionnaire.sheet, row);
  };
  const togglePresent = async () => {
    if (presenting) {
      await assessment.restoreView();
      setPresenting(false);
      setPresentNote("");
      setSpoken("Normal view restored.");
      return;
    }
    const shown = await assessment.present();
    if (!shown) return;
    setPresenting(true);
    setPresentNote(
      shown.zoomed
        ? "Results are on the projector, zoomed to fit. Answers given here keep them on screen."
        : "Results are on the projector. This Excel cannot zoom from an add-in: use its zoom control."
    );
  };
  const problems = React.useMemo(
    () => (outcome ? answerProblems(outcome) : { cells: new Set<string>(), first: undefined }),
    [outcome]
  );
  const carried = React.useMemo(
    () => new Map((outcome?.carried ?? []).map((c) => [`${c.question}@${c.field}`, c.from])),
    [outcome]
  );
  const unanswered =
    outcome?.result.themes.reduce((n, t) => n + t.unanswered.present + t.unanswered.future, 0) ?? 0;
  const showForm = state.phase === "new" || (state.phase === "ready" && replacing);

  return (
    <FluentProvider theme={displayTheme({ large, highContrast })}>
      <main className={styles.root} data-score-runs={state.runs}>
        <div className={styles.top}>
          <h1 className={styles.title}>{APP_TITLE}</h1>
          {/* On every view: Large type and High contrast are for the first screens too. */}
          {state.phase !== "loading" && (
            <MoreButton ref={moreButton} open={moreOpen} onToggle={() => setMoreOpen((o) => !o)} />
          )}
        </div>
        <MorePanel
          open={moreOpen}
          large={large}
          highContrast={highContrast}
          onLarge={setLarge}
          onHighContrast={setHighContrast}
          onClose={() => {
            setMoreOpen(false);
            moreButton.current?.focus();
          }}
          onStartAgain={
            state.phase !== "ready" || replacing
              ? undefined
              : () => {
                  setMoreOpen(false);
                  setCreated(undefined);
                  setReplacing(true);
                }
          }
        >
          {framework && state.phase === "ready" && !replacing && (
            <React.Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
              <Participants
                framework={framework}
                hasResponses={outcome?.consensus !== undefined}
                busy={state.busy}
                onImport={assessment.importResponses}
                onKeepCountsOnly={assessment.keepCountsOnly}
              />
              {outcome && (
                <Cycles
                  framework={framework}
                  assessedOn={outcome.details.date}
                  today={today}
                  labels={outcome.historyLabels}
                  busy={state.busy}
                  onSave={assessment.saveSnapshot}
                  onAdd={assessment.addSnapshot}
                  onStartFromLast={assessment.startFromLastCycle}
                />
              )}
              {outcome && (
                <Benchmark
                  framework={framework}
                  facts={{
                    frameworkId: framework.id,
                    organisation: outcome.details.organisation,
                    date: outcome.details.date || today,
                    facilitated: !!outcome.details.facilitator || !!outcome.consensus,
                  }}
                  loaded={outcome.benchmark}
                  busy={state.busy}
                  onExport={assessment.exportSubmission}
                  onWriteSheet={assessment.writeSubmissionSheet}
                  onLoad={assessment.loadBenchmark}
                  onChooseSegment={assessment.chooseBenchmarkSegment}
                />
              )}
            </React.Suspense>
          )}
        </MorePanel>
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
        {showForm && (
          <React.Suspense fallback={<Spinner label="Loading…" />}>
            <FirstRun
              busy={state.busy}
              today={today}
              onCreate={async (details) => {
                const done = await assessment.create(details, { replace: replacing });
                if (done) {
                  setReplacing(false);
                  setView("results");
                  setCreated("new");
                }
              }}
              onExample={async (details, answers) => {
                if (await assessment.createExample(details, answers)) setCreated("example");
              }}
              onCancel={replacing ? () => setReplacing(false) : undefined}
              initial={replacing ? outcome?.details : undefined}
            />
          </React.Suspense>
        )}
        {state.phase === "recover" && (
          <Recover busy={state.busy} onRestart={() => void assessment.restart()} />
        )}
        {state.phase === "ready" && !replacing && (
          <>
            <CommandBar
              live={state.live}
              onLive={assessment.setLive}
              onScore={() => void assessment.scoreNow()}
              presenting={presenting}
              onPresent={() => void togglePresent()}
            />

            {presentNote && <Caption1>{presentNote}</Caption1>}
            {created && (
              <MessageBar intent="success">
                <MessageBarBody>
                  <div ref={success} tabIndex={-1}>
                    {created === "example"
                      ? "The worked example is filled in and scored. Look at Results, the Action Plan and the Action Tracker in the workbook, or go through it in Facilitator mode."
                      : "Questionnaire created. Next: in the Questionnaire sheet, pick each question's Present and Future from its dropdown, or go through it here theme by theme."}{" "}
                    <Button
                      size="small"
                      onClick={() => {
                        setCreated(undefined);
                        switchView("facilitator");
                      }}
                    >
                      Open facilitator mode
                    </Button>{" "}
                    <Button size="small" appearance="subtle" onClick={() => setCreated(undefined)}>
                      Dismiss
                    </Button>
                  </div>
                </MessageBarBody>
              </MessageBar>
            )}
            {outcome && (
              <StatusStrip
                upToDate={!state.stale}
                toFix={problems.cells.size}
                unanswered={unanswered}
                onScore={() => void assessment.scoreNow()}
                onSelectFirstProblem={
                  problems.first
                    ? () => selectCell(problems.first!.sheet, problems.first!.address)
                    : undefined
                }
              />
            )}
            <TabList
              ref={tabs}
              className={styles.tabs}
              selectedValue={view}
              onTabSelect={(_, data) => switchView(data.value as View)}
              aria-label="View"
            >
              <Tab value="results">Results</Tab>
              <Tab value="facilitator">Facilitator mode</Tab>
            </TabList>
            {outcome && framework && (
              <>
                <div hidden={view !== "results"}>
                  <ResultsView
                    outcome={outcome}
                    onSelect={selectCell}
                    onSelectQuestion={selectQuestion}
                    onOpenSheet={assessment.openSheet}
                  />
                </div>
                {facilitatorOpened && (
                  <div hidden={view !== "facilitator"}>
                    <React.Suspense fallback={<Spinner label="Loading facilitator mode…" />}>
                      <FacilitatorMode
                        framework={framework}
                        result={outcome.result}
                        position={position}
                        onPosition={setPosition}
                        invalid={problems.cells}
                        active={view === "facilitator"}
                        onAnswer={(id, timeframe, text) =>
                          // While projecting, the projector keeps showing Results.
                          assessment.answer(id, timeframe, text, { select: !presenting })
                        }
                        onSelectQuestion={selectQuestion}
                        announce={setSpoken}
                        consensus={outcome.consensus}
                        carried={carried}
                        onOverride={assessment.setOverride}
                      />
                    </React.Suspense>
                  </div>
                )}
              </>
            )}
          </>
        )}
        <div className={styles.spoken} aria-live="polite" role="status">
          {spoken}
        </div>
        <footer className={styles.footer}>
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
