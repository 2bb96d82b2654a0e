import * as React from "react";
import {
  Button,
  Field,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ScoreResult, Timeframe } from "../../core/scoring/types";
import type { Framework } from "../../core/framework/types";
import { LevelBadge } from "./LevelBadge";
import { HoldsBack } from "./HoldsBack";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  nav: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  levels: { margin: 0 },
  question: {
    padding: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  option: { alignItems: "flex-start" },
  keys: { color: tokens.colorNeutralForeground2 },
  tabs: { flexWrap: "wrap" },
});

export interface FacilitatorModeProps {
  framework: Framework;
  result: ScoreResult;
  /** Resolves once the choice is written and scored. */
  onAnswer: (questionId: string, timeframe: Timeframe, optionText: string) => Promise<void>;
  onSelectQuestion: (questionId: string) => void;
}

/**
 * One theme at a time, for a workshop around a projected workbook: each question's options as
 * large labelled choices for Present or Future. Every choice is written to its answer cell; every
 * edit made in the sheet shows here, because what is shown comes from the last score.
 * Keys: arrows choose within a question, T switches Present/Future, Alt+Right/Left (or Page
 * Down/Up) go to the next/previous theme.
 */
export const FacilitatorMode: React.FC<FacilitatorModeProps> = ({
  framework,
  result,
  onAnswer,
  onSelectQuestion,
}) => {
  const styles = useStyles();
  const [themeIndex, setThemeIndex] = React.useState(0);
  const [timeframe, setTimeframe] = React.useState<Timeframe>("present");
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
  const scored = result.themes[themeIndex];
  const levelOf = new Map(result.questions.map((q) => [q.id, q]));
  const go = (index: number) =>
    setThemeIndex(Math.max(0, Math.min(framework.themes.length - 1, index)));

  // Keys work wherever focus is in the taskpane (after a theme change it is on the page itself).
  const onKeyDown = (event: KeyboardEvent) => {
    const typing = (event.target as HTMLElement).closest?.(
      'input[type=text], textarea, select, [role="combobox"], [role="listbox"]'
    );
    if ((event.altKey && event.key === "ArrowRight") || event.key === "PageDown") {
      go(themeIndex + 1);
      event.preventDefault();
    } else if ((event.altKey && event.key === "ArrowLeft") || event.key === "PageUp") {
      go(themeIndex - 1);
      event.preventDefault();
    } else if (
      !typing &&
      !event.altKey &&
      !event.ctrlKey &&
      (event.key === "t" || event.key === "T")
    ) {
      setTimeframe((t) => (t === "present" ? "future" : "present"));
      event.preventDefault();
    }
  };

  const keyHandler = React.useRef(onKeyDown);
  keyHandler.current = onKeyDown;
  React.useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const total = framework.themes.reduce((n, t) => n + t.questions.length, 0);
  const answered = (tf: Timeframe) => result.questions.filter((q) => q[tf].level !== null).length;
  const complete = result.themes.filter(
    (t) => t.present.level !== null && t.future.level !== null
  ).length;
  const given = answered("present") + answered("future");

  return (
    <section className={styles.root} aria-labelledby="facilitator-theme">
      <div className={styles.nav}>
        <Button onClick={() => go(themeIndex - 1)} disabled={themeIndex === 0}>
          Previous theme
        </Button>
        <Field label="Go to theme">
          <Select
            value={theme.id}
            onChange={(_, data) => go(framework.themes.findIndex((t) => t.id === data.value))}
          >
            {framework.themes.map((t) => (
              <option key={t.id} value={t.id}>
                {`${t.id} ${t.name}`}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          onClick={() => go(themeIndex + 1)}
          disabled={themeIndex === framework.themes.length - 1}
        >
          Next theme
        </Button>
      </div>

      <Field
        label={`${given} of ${total * 2} answers given; ${complete} of ${framework.themes.length} themes complete`}
        validationState="none"
      >
        <ProgressBar value={given} max={total * 2} thickness="large" />
      </Field>

      <Title3 as="h2" id="facilitator-theme">
        Theme {theme.id} of {framework.themes.length}: {theme.name}
      </Title3>
      <Text>
        Present: <LevelBadge framework={framework} level={scored.present} /> Future:{" "}
        <LevelBadge framework={framework} level={scored.future} />
      </Text>
      <details open>
        <summary>What the five levels mean</summary>
        <dl className={styles.levels}>
          {framework.levels.map((l) => (
            <React.Fragment key={l.level}>
              <dt>
                <strong>{l.label}</strong>
              </dt>
              <dd>{l.description}</dd>
            </React.Fragment>
          ))}
        </dl>
      </details>

      <TabList
        className={styles.tabs}
        selectedValue={timeframe}
        onTabSelect={(_, data) => setTimeframe(data.value as Timeframe)}
        aria-label="Answering for (T switches)"
      >
        <Tab value="present">Present: where we are now</Tab>
        <Tab value="future">Future: in 2 to 3 years</Tab>
      </TabList>

      {theme.questions.map((question) => {
        const level = levelOf.get(question.id)?.[timeframe].level ?? null;
        const chosen =
          pending.get(`${question.id}@${timeframe}`) ??
          question.options.find((o) => o.level === level)?.text ??
          "";
        return (
          <div key={question.id} className={styles.question}>
            <Field label={`${question.id}. ${question.text}`}>
              <RadioGroup
                value={chosen}
                aria-label={`${question.id} ${timeframe === "present" ? "Present" : "Future"}`}
                onChange={(_, data) => choose(question.id, timeframe, data.value)}
              >
                {question.options.map((option) => (
                  <Radio
                    key={option.level}
                    className={styles.option}
                    value={option.text}
                    label={`${framework.levels[option.level].label}: ${option.text}`}
                  />
                ))}
              </RadioGroup>
            </Field>
          </div>
        );
      })}

      <HoldsBack
        framework={framework}
        result={result}
        timeframe={timeframe}
        theme={theme.id}
        onSelectQuestion={onSelectQuestion}
      />
      <Text size={200} className={styles.keys}>
        Keys: arrow keys choose within a question; T switches Present and Future; Alt+Right and
        Alt+Left (or Page Down and Page Up) go to the next and previous theme.
      </Text>
    </section>
  );
};
