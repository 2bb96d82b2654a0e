import * as React from "react";
import { Button, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import type { ScoreResult, ThemeScore, Timeframe } from "../../core/scoring/types";
import { LevelBadge } from "./LevelBadge";

const useStyles = makeStyles({
  // Stays at the top while the questions scroll under it: where we are, and the way on.
  header: {
    position: "sticky",
    top: 0,
    // Above focused controls scrolling under it (Fluent raises those to 1).
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXS} 0`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    // Focus lands here after every theme change, by key or by click: always show where it is.
    ":focus": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  levels: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  switch: { display: "flex", gap: tokens.spacingHorizontalXS },
  half: {
    flex: "1 1 0",
    minWidth: 0,
    whiteSpace: "normal",
    flexDirection: "column",
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  on: { fontWeight: tokens.fontWeightBold },
  hint: { fontSize: tokens.fontSizeBase200 },
  nav: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  arrow: { minWidth: "40px", fontSize: tokens.fontSizeBase500 },
  select: { flex: "1 1 0", minWidth: 0 },
});

/** Answers still to give (or fix) in a theme for one timeframe. */
export function answersLeft(theme: ThemeScore, timeframe: Timeframe): number {
  return theme.unanswered[timeframe] + theme.invalid[timeframe];
}

export interface ThemeHeaderProps {
  framework: Framework;
  result: ScoreResult;
  themeIndex: number;
  timeframe: Timeframe;
  headingRef: React.RefObject<HTMLHeadingElement>;
  onTheme: (index: number, from?: "list") => void;
  onTimeframe: (timeframe: Timeframe) => void;
}

export const ThemeHeader: React.FC<ThemeHeaderProps> = ({
  framework,
  result,
  themeIndex,
  timeframe,
  headingRef,
  onTheme,
  onTimeframe,
}) => {
  const styles = useStyles();
  const header = React.useRef<HTMLDivElement>(null);
  // Focus moved backwards (Shift+Tab) must not land under the sticky header: the page scrolls
  // focused elements clear of it (WCAG 2.4.11).
  React.useLayoutEffect(() => {
    const root = document.documentElement;
    const set = () => {
      root.style.scrollPaddingTop = `${(header.current?.offsetHeight ?? 0) + 8}px`;
    };
    set();
    const observer = typeof ResizeObserver === "undefined" ? undefined : new ResizeObserver(set);
    if (header.current) observer?.observe(header.current);
    return () => {
      observer?.disconnect();
      root.style.scrollPaddingTop = "";
    };
  }, []);
  const theme = framework.themes[themeIndex];
  const scored = result.themes[themeIndex];
  const count = framework.themes.length;
  const half = (tf: Timeframe, text: string, hint: string) => (
    <Button
      className={mergeClasses(styles.half, tf === timeframe && styles.on)}
      appearance={tf === timeframe ? "primary" : "secondary"}
      aria-pressed={tf === timeframe}
      onClick={() => onTimeframe(tf)}
    >
      {text}
      <span className={styles.hint}> — {hint}</span>
    </Button>
  );
  return (
    <>
      {/* The heading scrolls away; the theme list below keeps saying which theme it is. */}
      <h2 className={styles.heading} id="facilitator-theme" tabIndex={-1} ref={headingRef}>
        Theme {themeIndex + 1} of {count}: {theme.id} {theme.name}
      </h2>
      <div className={styles.header} ref={header}>
        <div className={styles.switch} role="group" aria-label="Answering for (T switches)">
          {half("present", "PRESENT", "where we are now")}
          {half("future", "FUTURE", "in 2–3 years")}
        </div>
        <div className={styles.nav}>
          <Button
            className={styles.arrow}
            onClick={() => onTheme(themeIndex - 1)}
            disabled={themeIndex === 0}
            aria-label="Previous theme"
            title="Previous theme (Alt+Left)"
          >
            ‹
          </Button>
          <Select
            className={styles.select}
            aria-label="Go to theme"
            value={theme.id}
            onChange={(_, data) =>
              onTheme(
                framework.themes.findIndex((t) => t.id === data.value),
                "list"
              )
            }
          >
            {framework.themes.map((t, i) => {
              // What is left first: a narrow pane cuts the end of the name, never the count.
              const left = answersLeft(result.themes[i], timeframe);
              return (
                <option key={t.id} value={t.id}>
                  {`${left === 0 ? "✓" : `${left} left`} · ${t.id} ${t.name}`}
                </option>
              );
            })}
          </Select>
          <Button
            className={styles.arrow}
            onClick={() => onTheme(themeIndex + 1)}
            disabled={themeIndex === count - 1}
            aria-label="Next theme"
            title="Next theme (Alt+Right)"
          >
            ›
          </Button>
        </div>
      </div>
      {/* Below the sticky part: at Large type it would take too much of the screen. */}
      <div className={styles.levels}>
        <span>
          Present <LevelBadge framework={framework} level={scored.present} empty="not scored" />
        </span>
        <span>
          Future <LevelBadge framework={framework} level={scored.future} empty="not scored" />
        </span>
      </div>
    </>
  );
};
