import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Framework } from "../../core/framework/types";
import type { Timeframe } from "../../core/scoring/types";
import {
  decisiveEffect,
  overrideKey,
  type Consensus,
  type ConsensusItem,
} from "../../core/consensus/consensus";
import type { SpreadFlag } from "../../core/consensus/statistics";
import { optionLevelNote } from "../../core/framework/optionWording";
import { QuestionChoices } from "./QuestionChoices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  text: { margin: 0, overflowWrap: "anywhere" },
  // The spread: one line per level, its name, a dot per answer and the count in figures, so it
  // reads without colour and is heard as "Mature: 3".
  strip: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  level: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  name: { flex: "0 0 40%", minWidth: 0, overflowWrap: "anywhere" },
  dots: {
    flex: "1 1 0",
    minWidth: 0,
    overflowWrap: "anywhere",
    letterSpacing: "2px",
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase200,
  },
  none: { color: tokens.colorNeutralForeground3 },
  count: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  effect: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  decisive: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { margin: 0, fontStyle: "italic", color: tokens.colorNeutralForeground2 },
});

const FLAG_WORDS: Record<SpreadFlag, string> = {
  single: "one answer only",
  agreed: "agreed: all answers within one level",
  split: "split: answers more than one level apart",
  polarised: "polarised: answers gathered at both ends",
};

export interface DiscussNextProps {
  framework: Framework;
  consensus: Consensus;
  /** Whether the spread (counts, range, flag, what it changes) is shown. */
  reveal: boolean;
  onReveal: (reveal: boolean) => void;
  /** Sets the agreed answer (null: the median), then scores; resolves once scored. */
  onOverride: (
    question: string,
    field: Timeframe,
    optionText: string | null,
    reason?: string
  ) => Promise<void>;
  announce: (message: string) => void;
}

/** What the disagreement changes, in words; a theme without a level yet cannot change. */
function effectOf(framework: Framework, item: ConsensusItem): string {
  const { agreed, lowest, highest } = item.themeLevel;
  if (agreed === null && lowest === null && highest === null) {
    const theme = framework.themes.find((t) => t.id === item.theme)!;
    return `${theme.name} has no level yet (some of its answers are missing), so this cannot change it yet.`;
  }
  return decisiveEffect(framework, item);
}

const keyOf = (item: ConsensusItem) => overrideKey(item.question, item.field);
const fieldName = (field: Timeframe) => (field === "present" ? "Present" : "Future");

/**
 * The disagreements, one at a time, in the queue's order (decisive first, then the most
 * dispersed): the question, the spread per level, how many answered, the flag, the agreed answer
 * and what the disagreement changes, in words. The facilitator accepts the median or sets the
 * agreed answer to one of the options. The order is the one the queue had when the view opened
 * (an answer agreed does not reshuffle it); a question that joins the queue later goes at the end.
 */
export const DiscussNext: React.FC<DiscussNextProps> = ({
  framework,
  consensus,
  reveal,
  onReveal,
  onOverride,
  announce,
}) => {
  const styles = useStyles();
  const [order, setOrder] = React.useState(() => consensus.queue.map(keyOf));
  React.useEffect(() => {
    setOrder((known) => {
      const added = consensus.queue.map(keyOf).filter((k) => !known.includes(k));
      return added.length ? [...known, ...added] : known;
    });
  }, [consensus]);
  const byKey = new Map(consensus.items.map((item) => [keyOf(item), item]));
  const inQueue = new Set(consensus.queue.map(keyOf));
  const keys = order.filter((k) => inQueue.has(k));
  const [index, setIndex] = React.useState(0);
  const at = Math.min(index, Math.max(0, keys.length - 1));
  const item = keys.length ? byKey.get(keys[at]) : undefined;
  const [reason, setReason] = React.useState("");
  // The choice shows at once; the next score confirms it.
  const [pending, setPending] = React.useState<string>();
  const [writing, setWriting] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const moved = React.useRef(false);
  React.useEffect(() => {
    setReason(item?.override?.reason ?? "");
    setPending(undefined);
    // Only a move to another question resets what is typed.
  }, [item?.question, item?.field]);
  React.useEffect(() => {
    if (!moved.current || !item) return;
    moved.current = false;
    heading.current?.focus();
    announce(`Discuss ${at + 1} of ${keys.length}: ${item.question} ${fieldName(item.field)}.`);
  }, [at, item?.question, item?.field]);

  if (!item) {
    return (
      <section className={styles.root} aria-labelledby="discuss-title">
        <h2 className={styles.heading} id="discuss-title">
          Discuss next
        </h2>
        <p className={styles.text}>
          Nothing to discuss: on every question, the participants who answered gave the same answer.
        </p>
      </section>
    );
  }

  const question = framework.question(item.question)!;
  const theme = framework.themes.find((t) => t.id === item.theme)!;
  const label = (level: number | null) => (level === null ? "none" : framework.levels[level].label);
  const agreedOption = question.options.find((o) => o.level === item.agreed);
  const go = (next: number) => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(keys.length - 1, next)));
  };
  const set = (text: string | null) => {
    setPending(text ?? undefined);
    setWriting(true);
    const reasonGiven = reason.trim() ? reason.trim() : undefined;
    void onOverride(item.question, item.field, text, reasonGiven).finally(() => {
      setPending(undefined);
      setWriting(false);
    });
    announce(
      text === null
        ? `${item.question} ${fieldName(item.field)}: the median is agreed.`
        : `${item.question} ${fieldName(item.field)}: agreed answer set.`
    );
  };
  const { spread } = item;
  const levels = question.options.map((o) => o.level);

  return (
    <section className={styles.root} aria-labelledby="discuss-title">
      <h2 className={styles.heading} id="discuss-title" tabIndex={-1} ref={heading}>
        Discuss {at + 1} of {keys.length}: {item.question} {fieldName(item.field)}
      </h2>
      <p className={styles.text}>
        {theme.id} {theme.name} · {item.field === "present" ? "where we are now" : "in 2–3 years"}
      </p>
      <Switch
        checked={reveal}
        onChange={(_, data) => onReveal(data.checked)}
        label="Reveal the spread"
        aria-describedby="reveal-hint"
      />
      <Caption1 id="reveal-hint">
        Hides the spread until everyone has answered: the counts, the range, the flag and what it
        changes.
      </Caption1>
      <p className={styles.text}>
        <span className={styles.count}>{spread.n}</span> of {consensus.participants.length}{" "}
        participants answered.
      </p>
      {reveal ? (
        <>
          <ul className={styles.strip} aria-label="Answers per level">
            {levels.map((level) => {
              const count = spread.counts[level] ?? 0;
              return (
                <li key={level} className={styles.level}>
                  <span className={styles.name}>{framework.levels[level].label}</span>
                  <span className={styles.dots} aria-hidden="true">
                    {count ? "●".repeat(count) : <span className={styles.none}>·</span>}
                  </span>
                  <span className={styles.count}>{count}</span>
                </li>
              );
            })}
          </ul>
          <p className={styles.text}>
            Range:{" "}
            {spread.min === spread.max
              ? label(spread.min)
              : `${label(spread.min)} to ${label(spread.max)}`}
            . Flag: {FLAG_WORDS[spread.flag]}.
          </p>
          <p
            className={mergeClasses(styles.effect, item.decisive && styles.decisive)}
            data-testid="decisive-effect"
          >
            {item.decisive && <strong>Decisive: </strong>}
            {effectOf(framework, item)}
          </p>
          <p className={styles.text}>
            Agreed now:{" "}
            <strong>{agreedOption ? optionLevelNote(framework, agreedOption) : "none"}</strong>
            {item.override ? " (set by you)" : " (the lower median)"}
          </p>
        </>
      ) : (
        <p className={styles.hidden}>
          The spread is hidden. Turn on Reveal once everyone has answered.
          {item.override ? " An agreed answer is set." : ""}
        </p>
      )}
      <p className={styles.text}>Set the agreed answer, or accept the median below:</p>
      <QuestionChoices
        framework={framework}
        question={question}
        timeframe={item.field}
        scored={pending ?? (reveal || item.override ? (agreedOption?.text ?? "") : "")}
        invalid={false}
        onChoose={(text) => set(text)}
      />
      <Field label="Reason (optional, kept on the Consensus sheet)">
        <Input value={reason} onChange={(_, data) => setReason(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => set(null)} disabled={writing}>
          Accept the median
        </Button>
      </div>
      <div className={styles.row}>
        <Button onClick={() => go(at - 1)} disabled={at === 0}>
          Previous question
        </Button>
        <Button appearance="primary" onClick={() => go(at + 1)} disabled={at === keys.length - 1}>
          Next question
        </Button>
      </div>
    </section>
  );
};
