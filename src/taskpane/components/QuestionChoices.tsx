import * as React from "react";
import {
  Button,
  Radio,
  RadioGroup,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Framework, Question } from "../../core/framework/types";
import type { Timeframe } from "../../core/scoring/types";
import { optionLevelNote } from "../../core/framework/optionWording";

/** How long arrowing may rest on an option before it counts as chosen (and is written). */
export const SETTLE_MS = 1500;

const useStyles = makeStyles({
  question: {
    padding: `${tokens.spacingVerticalS} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  label: { fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalXS} 0` },
  option: {
    alignItems: "flex-start",
    borderLeft: `6px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // The chosen option stands out by more than its dot: a bar, a fill and bold text (also in
  // high contrast, where fills are replaced but borders and weight stay).
  chosen: {
    borderLeft: `6px solid ${tokens.colorCompoundBrandStroke}`,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    // Fluent colours a checked radio's label through the input (":checked ~ label"): more
    // specific than a class, so this rule names the same path.
    "& input:enabled:checked ~ .fui-Radio__label": {
      color: tokens.colorNeutralForeground1Selected,
    },
  },
  // On the selected fill, text in the colour made for it (white on cyan fails in high contrast).
  chosenText: { color: tokens.colorNeutralForeground1Selected },
  note: { display: "block", color: tokens.colorNeutralForeground2, fontWeight: "normal" },
  chosenNote: { color: tokens.colorNeutralForeground1Selected },
  carried: {
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
    fontStyle: "italic",
    color: tokens.colorNeutralForeground2,
  },
  invalid: {
    color: tokens.colorPaletteRedForeground1,
    margin: `${tokens.spacingVerticalXS} 0`,
  },
});

export interface QuestionChoicesProps {
  framework: Framework;
  question: Question;
  timeframe: Timeframe;
  /** The option text the sheet holds now (as last scored), or "" for none. */
  scored: string;
  /** The sheet's cell holds something that is not an option. */
  invalid: boolean;
  /** Called once a choice settles (and differs from what the sheet holds). */
  onChoose: (text: string) => void;
  settleMs?: number;
  /** The snapshot this answer was carried from, while nobody has confirmed it. */
  carriedFrom?: string;
}

/**
 * One question's options for Present or Future. Arrow keys only browse: the option they reach
 * is shown as chosen but written only once the choice settles (Space or Enter, a click, Tab out
 * of the group, or a short rest), so passing through levels never writes or re-scores.
 */
export const QuestionChoices: React.FC<QuestionChoicesProps> = ({
  framework,
  question,
  timeframe,
  scored,
  invalid,
  onChoose,
  settleMs = SETTLE_MS,
  carriedFrom,
}) => {
  const styles = useStyles();
  const [browsing, setBrowsing] = React.useState<string>();
  const arrowed = React.useRef(false);
  const timer = React.useRef<ReturnType<typeof setTimeout>>();
  const shown = browsing ?? scored;
  const when = timeframe === "present" ? "Present" : "Future";
  const labelId = `q-${question.id}-${timeframe}`;

  const settle = (text: string | undefined) => {
    clearTimeout(timer.current);
    setBrowsing(undefined);
    if (text !== undefined && text !== scored) onChoose(text);
  };
  // A browse in progress belongs to its question and timeframe: leaving them (T, another theme,
  // another view) settles it, as Tab out does, so what looked chosen is what is written.
  const pending = React.useRef<{ text?: string; scored: string; onChoose: (t: string) => void }>();
  pending.current = { text: browsing, scored, onChoose };
  React.useEffect(
    () => () => {
      clearTimeout(timer.current);
      const left = pending.current;
      if (left?.text !== undefined && left.text !== left.scored) left.onChoose(left.text);
      setBrowsing(undefined);
    },
    [question.id, timeframe]
  );

  return (
    <div className={styles.question} role="group" aria-labelledby={labelId}>
      <p className={styles.label} id={labelId}>
        {question.id}. {question.text}
      </p>
      {carriedFrom && scored && (
        <p className={styles.carried} id={`${labelId}-carried`}>
          Carried from {carriedFrom}, not re-confirmed.{" "}
          <Button
            size="small"
            onClick={(event) => {
              // The note (and this button) goes once confirmed: focus stays on the answer chosen.
              const group = event.currentTarget.closest('[role="group"]');
              group?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
              onChoose(scored);
            }}
          >
            Confirm this answer
          </Button>
        </p>
      )}
      {invalid && (
        <p className={styles.invalid} id={`${labelId}-invalid`}>
          The sheet holds an answer that is not one of these options: choose one.
        </p>
      )}
      <RadioGroup
        value={shown}
        // The group's name says which answer it is: a screen reader hears Present or Future.
        aria-label={`${question.id} ${when}`}
        aria-invalid={invalid || undefined}
        aria-describedby={
          [invalid && `${labelId}-invalid`, carriedFrom && scored && `${labelId}-carried`]
            .filter(Boolean)
            .join(" ") || undefined
        }
        onKeyDown={(event) => {
          if (event.key.startsWith("Arrow")) arrowed.current = true;
          else if (event.key === " " || event.key === "Enter") {
            settle(browsing);
            if (event.key === "Enter") event.preventDefault();
          }
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) settle(browsing);
        }}
        onChange={(_, data) => {
          if (!arrowed.current) return settle(data.value);
          arrowed.current = false;
          setBrowsing(data.value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => settle(data.value), settleMs);
        }}
      >
        {question.options.map((option) => (
          <Radio
            key={option.level}
            className={mergeClasses(styles.option, option.text === shown && styles.chosen)}
            value={option.text}
            label={{
              // Through the slot, so these classes are merged after Fluent's own and win.
              className: option.text === shown ? styles.chosenText : undefined,
              children: (
                <>
                  {option.text}
                  <span
                    className={mergeClasses(
                      styles.note,
                      option.text === shown && styles.chosenNote
                    )}
                  >
                    {optionLevelNote(framework, option)}
                  </span>
                </>
              ),
            }}
          />
        ))}
      </RadioGroup>
    </div>
  );
};
