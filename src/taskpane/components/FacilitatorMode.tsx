import * as React from "react";
import { Button, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import type { ScoreResult, Timeframe } from "../../core/scoring/types";
import type { Consensus } from "../../core/consensus/consensus";
import { DiscussNext } from "./DiscussNext";
import { HoldsBack } from "./HoldsBack";
import { LevelLegend } from "./LevelLegend";
import { QuestionChoices } from "./QuestionChoices";
import { ThemeHeader } from "./ThemeHeader";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  nav: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  keys: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FacilitatorPosition {
  themeIndex: number;
  timeframe: Timeframe;
}

export interface FacilitatorModeProps {
  framework: Framework;
  result: ScoreResult;
  /** Where the facilitator is: kept by the App, so switching views never loses it. */
  position: FacilitatorPosition;
  onPosition: (position: FacilitatorPosition) => void;
  /** The answer cells holding something that is not an option ("A3@present"). */
  invalid: ReadonlySet<string>;
  /** Only the visible view listens to keys. */
  active: boolean;
  /** Resolves once the choice is written and scored. */
  onAnswer: (questionId: string, timeframe: Timeframe, optionText: string) => Promise<void>;
  onSelectQuestion: (questionId: string) => void;
  /** Said to screen readers (a polite live region the App owns). */
  announce: (message: string) => void;
  /** Several participants' answers, when the workbook holds them: Discuss next walks them. */
  consensus?: Consensus;
  /** Answers carried from the last cycle, not yet confirmed: "A3@present" → its snapshot. */
  carried?: ReadonlyMap<string, string>;
  /** Sets a question's agreed answer (null: the median); resolves once written and scored. */
  onOverride?: (
    questionId: string,
    field: Timeframe,
    optionText: string | null,
    reason?: string
  ) => Promise<void>;
}

/**
 * One theme at a time, for a workshop around a projected workbook: a sticky header (which theme,
 * Present or Future, Previous/Next), then each question's options. A settled choice is written
 * to its answer cell; what is shown comes from the last score, so edits in the sheet show here.
 * Keys: arrows browse a question's options, T switches Present/Future, Alt+Right/Left or
 * Ctrl+PageDown/PageUp (as Excel's sheet tabs) go to the next/previous theme. PageUp/PageDown
 * keep scrolling the pane.
 */
const FacilitatorMode: React.FC<FacilitatorModeProps> = ({
  framework,
  result,
  position,
  onPosition,
  invalid,
  active,
  onAnswer,
  onSelectQuestion,
  announce,
  consensus,
  carried,
  onOverride,
}) => {
  const styles = useStyles();
  const { themeIndex, timeframe } = position;
  // Discuss next: the participants' disagreements one at a time, instead of the themes. The
  // spread stays hidden until revealed (kept while the view is switched).
  const [discussing, setDiscussing] = React.useState(false);
  const [reveal, setReveal] = React.useState(false);
  const discuss = discussing && consensus !== undefined && onOverride !== undefined;
  // A choice shows at once, before the re-score that confirms it comes back. While choices are
  // still being written, a score of an earlier one must not pull the display back to it; once all
  // are written, the sheet's answers (perhaps edited there meanwhile) are what shows.
  const [pending, setPending] = React.useState(new Map<string, string>());
  const inFlight = React.useRef(0);
  React.useEffect(() => {
    if (inFlight.current === 0) setPending(new Map());
  }, [result]);
  const choose = (questionId: string, tf: Timeframe, text: string) => {
    setPending((p) => new Map(p).set(`${questionId}@${tf}`, text));
    inFlight.current += 1;
    void onAnswer(questionId, tf, text).finally(() => {
      inFlight.current -= 1;
      if (inFlight.current === 0) setPending(new Map());
    });
  };

  const theme = framework.themes[themeIndex];
  const levelOf = new Map(result.questions.map((q) => [q.id, q]));
  const heading = React.useRef<HTMLHeadingElement>(null);
  const moved = React.useRef(false);
  const fromList = React.useRef(false);
  const go = (index: number, from?: "list") => {
    const next = Math.max(0, Math.min(framework.themes.length - 1, index));
    if (next === themeIndex) return;
    moved.current = true;
    // From the theme list, focus stays there: arrowing through it must go on working.
    fromList.current = from === "list";
    onPosition({ themeIndex: next, timeframe });
  };
  const switchTimeframe = (tf: Timeframe) => {
    if (tf === timeframe) return;
    onPosition({ themeIndex, timeframe: tf });
    announce(
      `Answering ${tf === "present" ? "Present: where we are now" : "Future: in 2 to 3 years"}.`
    );
  };
  // After a theme change: focus and scroll to the theme's heading, and say where we are.
  React.useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (!fromList.current) heading.current?.focus();
    heading.current?.closest("section")?.scrollIntoView?.({ block: "start" }); // (jsdom has none)
    announce(`Theme ${themeIndex + 1} of ${framework.themes.length}: ${theme.id} ${theme.name}.`);
    // Only a theme change moves focus: the other values are read as they are then.
  }, [themeIndex]);

  const section = React.useRef<HTMLElement>(null);
  const inView = (target: EventTarget | null) =>
    !(target instanceof Node) ||
    target === document.body ||
    Boolean(section.current?.contains(target));
  // Keys work wherever focus is in the taskpane, while this view is the one shown.
  const onKeyDown = (event: KeyboardEvent) => {
    const typing = (event.target as HTMLElement).closest?.(
      'input[type=text], input[type=date], textarea, select, [role="combobox"], [role="listbox"]'
    );
    const next =
      (event.altKey && event.key === "ArrowRight") || (event.ctrlKey && event.key === "PageDown");
    const previous =
      (event.altKey && event.key === "ArrowLeft") || (event.ctrlKey && event.key === "PageUp");
    if (next || previous) {
      go(themeIndex + (next ? 1 : -1));
      event.preventDefault();
    } else if (
      !typing &&
      // A one-key shortcut only where it is expected: in this view, or with focus nowhere.
      inView(event.target) &&
      !event.altKey &&
      !event.ctrlKey &&
      !event.metaKey &&
      (event.key === "t" || event.key === "T")
    ) {
      switchTimeframe(timeframe === "present" ? "future" : "present");
      event.preventDefault();
    }
  };
  const keyHandler = React.useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  // The theme keys, while the themes are shown.
  const themeKeys = active && !discuss;
  React.useEffect(() => {
    if (!themeKeys) return;
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, [themeKeys]);

  const navigation = (
    <div className={styles.nav}>
      <Button onClick={() => go(themeIndex - 1)} disabled={themeIndex === 0}>
        Previous theme
      </Button>
      <Button
        appearance="primary"
        onClick={() => go(themeIndex + 1)}
        disabled={themeIndex === framework.themes.length - 1}
      >
        Next theme
      </Button>
    </div>
  );

  const discussSwitch = consensus && onOverride && (
    <Switch
      checked={discussing}
      onChange={(_, data) => {
        setDiscussing(data.checked);
        announce(
          data.checked
            ? "Discuss next: the participants' disagreements, one at a time."
            : "Back to the themes."
        );
      }}
      label={`Discuss next (${consensus.queue.length} to talk about, of ${consensus.participants.length} participants)`}
    />
  );
  if (discuss)
    return (
      <div className={styles.root}>
        {discussSwitch}
        <DiscussNext
          framework={framework}
          consensus={consensus}
          reveal={reveal}
          onReveal={setReveal}
          onOverride={onOverride}
          announce={announce}
        />
      </div>
    );

  return (
    <section className={styles.root} aria-labelledby="facilitator-theme" ref={section}>
      {discussSwitch}
      <ThemeHeader
        framework={framework}
        result={result}
        themeIndex={themeIndex}
        timeframe={timeframe}
        headingRef={heading}
        onTheme={go}
        onTimeframe={switchTimeframe}
      />
      <LevelLegend framework={framework} />
      {theme.questions.map((question) => {
        const level = levelOf.get(question.id)?.[timeframe].level ?? null;
        const scored =
          pending.get(`${question.id}@${timeframe}`) ??
          question.options.find((o) => o.level === level)?.text ??
          "";
        return (
          <QuestionChoices
            // By question only: switching Present/Future keeps focus on the same question.
            key={question.id}
            framework={framework}
            question={question}
            timeframe={timeframe}
            scored={scored}
            invalid={invalid.has(`${question.id}@${timeframe}`)}
            carriedFrom={carried?.get(`${question.id}@${timeframe}`)}
            onChoose={(text) => choose(question.id, timeframe, text)}
          />
        );
      })}
      {navigation}
      <HoldsBack
        framework={framework}
        result={result}
        timeframe={timeframe}
        theme={theme.id}
        onSelectQuestion={onSelectQuestion}
      />
      <p className={styles.keys}>
        Keys: arrow keys browse a question&apos;s options and Space or Enter chooses (a choice also
        settles after a moment); T switches Present and Future; Alt+Right and Alt+Left (or Ctrl+Page
        Down and Ctrl+Page Up) go to the next and previous theme.
      </p>
    </section>
  );
};

export default FacilitatorMode;
