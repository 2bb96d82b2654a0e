import type { Framework, Theme } from "../framework/types";
import type { Level } from "../framework/levels";
import { themeCeiling } from "../scoring/scoreAssessment";
import type { AnswerInput, Timeframe } from "../scoring/types";
import type { Response } from "./responses";
import { spreadOf, type Spread } from "./statistics";

/**
 * Several participants' answers made into one agreed assessment. Per question and field the
 * agreed answer is the lower median of the answers given, unless a facilitator set it (an
 * override always wins). The team's assessment is the agreed answers, scored by the usual rules:
 * never a median of each person's theme levels.
 */

export interface Override {
  level: Level;
  reason?: string;
}

/** Overrides by `overrideKey(question, field)`. */
export type Overrides = ReadonlyMap<string, Override>;
export const overrideKey = (question: string, field: Timeframe) => `${question}@${field}`;

export interface ConsensusItem {
  question: string;
  theme: string;
  field: Timeframe;
  spread: Spread;
  agreed: Level | null;
  override?: Override;
  /**
   * With every other question at its agreed answer, putting this one at the lowest or the
   * highest participant's answer changes the theme's level.
   */
  decisive: boolean;
  /** The theme's level with this question at the agreed, lowest and highest answers. */
  themeLevel: Readonly<Record<"agreed" | "lowest" | "highest", Level | null>>;
}

export interface Consensus {
  participants: string[];
  /** Every question of the framework, Present then Future, in framework order. */
  items: ConsensusItem[];
  /** The agreed answers as option texts, ready to score or to write into the Questionnaire. */
  answers: AnswerInput[];
  /** Disagreements to talk about: decisive first, then by dispersion, then question order. */
  queue: ConsensusItem[];
}

const FIELDS: readonly Timeframe[] = ["present", "future"];

export function buildConsensus(
  framework: Framework,
  responses: readonly Response[],
  overrides: Overrides = new Map()
): Consensus {
  const levelCount = framework.levels.length;
  const draft = framework.themes.flatMap((theme) =>
    theme.questions.flatMap((question) =>
      FIELDS.map((field) => {
        const given = responses
          .map((r) => r.answers.get(question.id)?.[field] ?? null)
          .filter((l): l is Level => l !== null);
        const spread = spreadOf(given, levelCount);
        const override = overrides.get(overrideKey(question.id, field));
        const valid = override && question.options.some((o) => o.level === override.level);
        return {
          question: question.id,
          theme: theme.id,
          field,
          spread,
          agreed: valid ? override.level : spread.median,
          ...(valid ? { override } : {}),
        };
      })
    )
  );
  const agreedOf = new Map(draft.map((d) => [overrideKey(d.question, d.field), d.agreed]));
  const items: ConsensusItem[] = draft.map((d) => {
    const theme = framework.themes.find((t) => t.id === d.theme)!;
    const levelWith = (level: Level | null) =>
      themeLevelWith(framework, theme, d.field, agreedOf, d.question, level);
    const themeLevel = {
      agreed: levelWith(d.agreed),
      lowest: d.spread.min === null ? levelWith(d.agreed) : levelWith(d.spread.min),
      highest: d.spread.max === null ? levelWith(d.agreed) : levelWith(d.spread.max),
    };
    const decisive =
      d.spread.n > 0 &&
      (themeLevel.lowest !== themeLevel.agreed || themeLevel.highest !== themeLevel.agreed);
    return { ...d, decisive, themeLevel };
  });
  const position = new Map(items.map((item, i) => [item, i]));
  const queue = items
    .filter((item) => item.spread.n > 1 && item.spread.max! > item.spread.min!)
    .sort(
      (a, b) =>
        Number(b.decisive) - Number(a.decisive) ||
        b.spread.dispersion - a.spread.dispersion ||
        position.get(a)! - position.get(b)!
    );
  const answers = framework.themes.flatMap((theme) =>
    theme.questions.map((question) => {
      const text = (field: Timeframe) => {
        const level = agreedOf.get(overrideKey(question.id, field));
        return question.options.find((o) => o.level === level)?.text ?? null;
      };
      return { question: question.id, present: text("present"), future: text("future") };
    })
  );
  return { participants: responses.map((r) => r.participant), items, answers, queue };
}

/** A theme's level by the scoring rules, with one question's level replaced. */
function themeLevelWith(
  framework: Framework,
  theme: Theme,
  field: Timeframe,
  agreed: ReadonlyMap<string, Level | null>,
  replaced: string,
  level: Level | null
): Level | null {
  let lowest: Level = framework.topLevel;
  for (const question of theme.questions) {
    const at = question.id === replaced ? level : agreed.get(overrideKey(question.id, field));
    if (at === null || at === undefined) return null;
    lowest = Math.min(lowest, themeCeiling(framework, question, at));
  }
  return lowest;
}

/** What a decisive disagreement does, in words for the room. */
export function decisiveEffect(framework: Framework, item: ConsensusItem): string {
  const theme = framework.themes.find((t) => t.id === item.theme)!;
  const name = (level: Level | null) =>
    level === null ? "no level" : framework.levels[level].label;
  const { agreed, lowest, highest } = item.themeLevel;
  const parts: string[] = [];
  if (lowest !== agreed)
    parts.push(
      `if the lowest view is right, ${theme.name} ${lowest! < agreed! ? "drops" : "moves"} from ${name(agreed)} to ${name(lowest)}`
    );
  if (highest !== agreed)
    parts.push(
      `if the highest view is right, ${theme.name} ${highest! > agreed! ? "rises" : "moves"} from ${name(agreed)} to ${name(highest)}`
    );
  return parts.length
    ? `${parts.join("; ")}.`
    : `${theme.name} stays at ${name(agreed)} whichever view is right.`;
}

/**
 * Each theme's level if every question were at its lowest (or highest) participant's answer, by
 * the scoring rules; questions nobody answered stay at their agreed answer. For the Results radar.
 */
export function viewThemeLevels(
  framework: Framework,
  consensus: Consensus,
  field: Timeframe,
  view: "lowest" | "highest"
): (Level | null)[] {
  const at = new Map(
    consensus.items
      .filter((i) => i.field === field)
      .map((i) => [
        overrideKey(i.question, field),
        (view === "lowest" ? i.spread.min : i.spread.max) ?? i.agreed,
      ])
  );
  return framework.themes.map((theme) => themeLevelWith(framework, theme, field, at, "", null));
}
