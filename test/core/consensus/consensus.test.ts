import {
  buildConsensus,
  decisiveEffect,
  overrideKey,
  type Consensus,
  type ConsensusItem,
  type Override,
} from "../../../src/core/consensus/consensus";
import type { Response } from "../../../src/core/consensus/responses";
import { lowerMedian } from "../../../src/core/consensus/statistics";
import type { Level } from "../../../src/core/framework/levels";
import { getFramework } from "../../../src/core/framework/registry";
import type { Framework, Question } from "../../../src/core/framework/types";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import type { AnswerInput, Timeframe } from "../../../src/core/scoring/types";
import { medalFramework } from "../../helpers/medalFramework";
import { seededRandom } from "../../helpers/seededRandom";

/*
 * Several participants' answers made into one agreed assessment: the agreed answer per question
 * and field, the decisive rule, the discussion queue and the team's answers. Property tests run
 * over the public SVMI and the Medal test framework with a seeded generator (a failure names its
 * seed); the decisive rule is checked against a brute-force rescoring with scoreAssessment.
 */

const PUBLIC = getFramework("public");
const MEDAL = medalFramework();
const FIELDS: readonly Timeframe[] = ["present", "future"];

type Levels = Record<string, [Level | null, Level | null]>;

/** A response from levels by question id ([present, future]; null: not answered). */
function response(participant: string, levels: Levels): Response {
  return {
    participant,
    source: `${participant}.xlsx`,
    answers: new Map(
      Object.entries(levels).map(([id, [present, future]]) => [id, { present, future }])
    ),
  };
}

const questionsOf = (framework: Framework) => framework.themes.flatMap((t) => t.questions);
const levelsOf = (question: Question) => question.options.map((o) => o.level);
const textAt = (question: Question, level: Level | null) =>
  level === null ? null : (question.options.find((o) => o.level === level)?.text ?? null);

/** Every question of a framework answered at one level each (clamped into its options). */
function everyQuestion(framework: Framework, at: (q: Question) => [Level, Level]): Levels {
  return Object.fromEntries(questionsOf(framework).map((q) => [q.id, at(q)]));
}

// ---- random cases

interface Case {
  seed: number;
  framework: Framework;
  responses: Response[];
  overrides: Map<string, Override>;
}

/**
 * Up to seven participants, each answering most questions at one of its options. Some questions
 * are answered alike by everyone, so the "all agree" cases are common; with `overrides`, some
 * items get an agreed value set by hand (at any level of the framework, so some are not one of
 * the question's options).
 */
function randomCase(seed: number, { overrides = false } = {}): Case {
  const random = seededRandom(seed);
  const framework = random.chance(0.5) ? PUBLIC : MEDAL;
  const count = random.int(0, 7);
  const unanimous = new Map<string, Level>();
  for (const q of questionsOf(framework))
    for (const field of FIELDS)
      if (random.chance(0.3)) unanimous.set(overrideKey(q.id, field), random.pick(levelsOf(q)));
  const responses = Array.from({ length: count }, (_, p) => {
    const levels: Levels = {};
    for (const q of questionsOf(framework)) {
      const pick = (field: Timeframe) => {
        if (random.chance(0.1)) return null;
        return unanimous.get(overrideKey(q.id, field)) ?? random.pick(levelsOf(q));
      };
      levels[q.id] = [pick("present"), pick("future")];
    }
    return response(`P${p + 1}`, levels);
  });
  const set = new Map<string, Override>();
  if (overrides) {
    for (const q of questionsOf(framework))
      for (const field of FIELDS)
        if (random.chance(0.15))
          set.set(overrideKey(q.id, field), {
            level: random.int(0, framework.topLevel),
            ...(random.chance(0.5) ? { reason: "agreed in the room" } : {}),
          });
  }
  return { seed, framework, responses, overrides: set };
}

const SEEDS = Array.from({ length: 300 }, (_, i) => 1000 + i);

/** The cases and their consensus, made once for all the properties below. */
const made = new Map<boolean, { c: Case; out: Consensus }[]>();
function cases(overrides: boolean) {
  let list = made.get(overrides);
  if (!list) {
    list = SEEDS.map((seed) => {
      const c = randomCase(seed, { overrides });
      return { c, out: buildConsensus(c.framework, c.responses, c.overrides) };
    });
    made.set(overrides, list);
  }
  return list;
}

/**
 * Checks every random case; `check` reports what does not hold through `fail`. The test then
 * lists the first few failures, each with its seed (one expect for all: jest's expect is slow).
 */
function forCases(
  options: { overrides?: boolean },
  check: (c: Case, out: Consensus, fail: (what: string) => void) => void
) {
  const failures: string[] = [];
  for (const { c, out } of cases(options.overrides ?? false))
    check(c, out, (what) => failures.push(`seed ${c.seed} (${c.framework.id}): ${what}`));
  expect(failures.slice(0, 10)).toEqual([]);
}

const at = (item: ConsensusItem) => `${item.question} ${item.field}`;
const show = (value: unknown) => JSON.stringify(value);

/** The levels the participants gave for an item. */
function given(c: Case, item: ConsensusItem): Level[] {
  return c.responses
    .map((r) => r.answers.get(item.question)?.[item.field] ?? null)
    .filter((l): l is Level => l !== null);
}

// ---- brute force: the theme's level by scoreAssessment on full answer sets

function agreedAnswers(framework: Framework, out: Consensus): AnswerInput[] {
  const agreed = new Map(out.items.map((i) => [overrideKey(i.question, i.field), i.agreed]));
  return questionsOf(framework).map((q) => ({
    question: q.id,
    present: textAt(q, agreed.get(overrideKey(q.id, "present")) ?? null),
    future: textAt(q, agreed.get(overrideKey(q.id, "future")) ?? null),
  }));
}

/** The theme's level with every question at its agreed answer but this one at `level`. */
function themeLevelWith(
  framework: Framework,
  base: readonly AnswerInput[],
  item: ConsensusItem,
  level: Level | null
): Level | null {
  const question = framework.question(item.question)!;
  const answers = base.map((a) =>
    a.question === item.question ? { ...a, [item.field]: textAt(question, level) } : a
  );
  return scoreAssessment(framework, { answers }).themes.find((t) => t.id === item.theme)![
    item.field
  ].level;
}

describe("buildConsensus: properties over random cases", () => {
  it("without an override, the agreed answer is the lower median: between the lowest and highest", () => {
    forCases({}, (c, out, fail) => {
      for (const item of out.items) {
        const levels = given(c, item);
        if (item.override) fail(`${at(item)} has an override`);
        if (item.spread.n !== levels.length) fail(`${at(item)} n ${item.spread.n}`);
        if (item.agreed !== lowerMedian(levels)) fail(`${at(item)} agreed ${item.agreed}`);
        if (levels.length === 0) {
          if (item.agreed !== null) fail(`${at(item)}: agreed ${item.agreed} with no answers`);
          continue;
        }
        const { min, max } = item.spread;
        if (item.agreed === null || item.agreed < min! || item.agreed > max!)
          fail(`${at(item)}: agreed ${item.agreed} outside ${min}..${max}`);
        if (!levels.includes(item.agreed!)) fail(`${at(item)}: agreed ${item.agreed} nobody gave`);
      }
    });
  });

  it("a question its participants all answer alike is never decisive", () => {
    let unanimous = 0;
    forCases({}, (_, out, fail) => {
      for (const item of out.items) {
        if (item.spread.n === 0 || item.spread.min !== item.spread.max) continue;
        unanimous += 1;
        const { agreed, lowest, highest } = item.themeLevel;
        if (item.decisive || lowest !== agreed || highest !== agreed)
          fail(`${at(item)} all at ${item.spread.min}: ${show(item.themeLevel)}`);
      }
    });
    expect(unanimous).toBeGreaterThan(1000); // the generator makes plenty of them
  });

  it("an override always wins when its level is one of the question's options; otherwise it is ignored", () => {
    let valid = 0;
    let invalid = 0;
    forCases({ overrides: true }, (c, out, fail) => {
      for (const item of out.items) {
        const override = c.overrides.get(overrideKey(item.question, item.field));
        const median = lowerMedian(given(c, item));
        if (!override) {
          if (item.agreed !== median) fail(`${at(item)}: agreed ${item.agreed}, median ${median}`);
        } else if (levelsOf(c.framework.question(item.question)!).includes(override.level)) {
          valid += 1;
          if (item.agreed !== override.level || show(item.override) !== show(override))
            fail(`${at(item)}: agreed ${item.agreed}, override ${show(override)}`);
        } else {
          invalid += 1;
          if (item.agreed !== median || item.override)
            fail(`${at(item)}: agreed ${item.agreed} with an override at no option`);
        }
      }
    });
    expect(valid).toBeGreaterThan(100);
    expect(invalid).toBeGreaterThan(10);
  });

  it.each([
    ["without overrides", false],
    ["with overrides", true],
  ])(
    "decisive is exactly what rescoring with the lowest or highest answer says (%s)",
    (_, overrides) => {
      let decisive = 0;
      let notDecisive = 0;
      forCases({ overrides }, (c, out, fail) => {
        const base = agreedAnswers(c.framework, out);
        const baseScore = scoreAssessment(c.framework, { answers: base });
        for (const item of out.items) {
          const agreed = baseScore.themes.find((t) => t.id === item.theme)![item.field].level;
          // The same answer set as the base when the view is the agreed answer: no need to rescore.
          const rescored = (level: Level | null) =>
            level === item.agreed ? agreed : themeLevelWith(c.framework, base, item, level);
          const lowest = rescored(item.spread.min);
          const highest = rescored(item.spread.max);
          // "Either differs"; with no answers there is no lowest or highest view to try.
          const expected = item.spread.n > 0 && (lowest !== agreed || highest !== agreed);
          if (item.decisive !== expected)
            fail(`${at(item)}: decisive ${item.decisive}; rescored ${agreed}/${lowest}/${highest}`);
          if (item.themeLevel.agreed !== agreed)
            fail(`${at(item)}: theme level ${item.themeLevel.agreed}, scored ${agreed}`);
          if (item.spread.n > 0 && show(item.themeLevel) !== show({ agreed, lowest, highest }))
            fail(`${at(item)}: ${show(item.themeLevel)}, scored ${agreed}/${lowest}/${highest}`);
          if (item.decisive) decisive += 1;
          else if (item.spread.n > 1 && item.spread.max! > item.spread.min!) notDecisive += 1;
        }
      });
      // Both outcomes occur often enough for the comparison to mean something.
      expect(decisive).toBeGreaterThan(200);
      expect(notDecisive).toBeGreaterThan(200);
    }
  );

  it("the team's answers are the option texts of the agreed levels, and score to the items' theme levels", () => {
    forCases({ overrides: true }, (c, out, fail) => {
      if (show(out.answers) !== show(agreedAnswers(c.framework, out))) fail("answers differ");
      const scored = scoreAssessment(c.framework, { answers: out.answers });
      // Every text is an option: the only problem there can be is a future below the present.
      for (const problem of scored.problems)
        if (!/is below present/.test(problem.message)) fail(problem.message);
      for (const item of out.items) {
        const theme = scored.themes.find((t) => t.id === item.theme)!;
        if (item.themeLevel.agreed !== theme[item.field].level)
          fail(`${at(item)}: ${item.themeLevel.agreed} vs ${theme[item.field].level}`);
      }
    });
  });

  it("the queue holds every disagreement, decisive first, then by dispersion, then in question order", () => {
    forCases({ overrides: true }, (_, out, fail) => {
      const position = new Map(out.items.map((item, i) => [item, i]));
      const disagreements = out.items.filter(
        (i) => i.spread.n > 1 && i.spread.max! > i.spread.min!
      );
      if (
        out.queue.length !== disagreements.length ||
        disagreements.some((d) => !out.queue.includes(d))
      )
        fail(`queue of ${out.queue.length}, ${disagreements.length} disagreements`);
      const key = (x: ConsensusItem) => [
        Number(!x.decisive),
        -x.spread.dispersion,
        position.get(x)!,
      ];
      for (let i = 1; i < out.queue.length; i++) {
        const [a, b] = [key(out.queue[i - 1]), key(out.queue[i])];
        if ((a[0] - b[0] || a[1] - b[1] || a[2] - b[2]) >= 0)
          fail(`${at(out.queue[i - 1])} before ${at(out.queue[i])}`);
      }
    });
  });
});

describe("buildConsensus: worked cases", () => {
  // Medal: People = Pe-1 (Bronze, Silver, Gold) and Pe-2 (Silver, Gold); Planning = Pl-1.
  const [BRONZE, SILVER, GOLD] = [0, 1, 2];

  it("lists every question, Present then Future, in framework order, and the participants", () => {
    const out = buildConsensus(MEDAL, [response("Ana", {}), response("Ben", {})]);
    expect(out.participants).toEqual(["Ana", "Ben"]);
    expect(out.items.map((i) => `${i.question}@${i.field}`)).toEqual([
      "Pe-1@present",
      "Pe-1@future",
      "Pe-2@present",
      "Pe-2@future",
      "Pl-1@present",
      "Pl-1@future",
    ]);
    expect(out.items.map((i) => i.theme)).toEqual([
      "People",
      "People",
      "People",
      "People",
      "Pl.2",
      "Pl.2",
    ]);
  });

  it("takes the lower median, flags the spread, and finds the decisive disagreement", () => {
    const out = buildConsensus(MEDAL, [
      response("Ana", { "Pe-1": [BRONZE, GOLD], "Pe-2": [GOLD, GOLD], "Pl-1": [SILVER, GOLD] }),
      response("Ben", { "Pe-1": [GOLD, GOLD], "Pe-2": [GOLD, GOLD], "Pl-1": [SILVER, GOLD] }),
      response("Cai", { "Pe-1": [SILVER, GOLD], "Pe-2": [SILVER, GOLD], "Pl-1": [SILVER, GOLD] }),
    ]);
    const item = (q: string, field: Timeframe) =>
      out.items.find((i) => i.question === q && i.field === field)!;
    const pe1 = item("Pe-1", "present");
    expect(pe1.spread).toMatchObject({
      counts: [1, 1, 1],
      n: 3,
      min: BRONZE,
      max: GOLD,
      dispersion: 2 / 3,
      flag: "polarised",
    });
    expect(pe1.agreed).toBe(SILVER);
    // Pe-2 present agreed at Gold (fully met), so People is at Pe-1's Silver; the lowest view
    // (Bronze) drops it, the highest (Gold, fully met) raises it to Gold.
    expect(pe1.themeLevel).toEqual({ agreed: SILVER, lowest: BRONZE, highest: GOLD });
    expect(pe1.decisive).toBe(true);
    // Pe-2: Silver, Gold, Gold: agreed Gold; Cai's Silver would hold People at Silver anyway.
    const pe2 = item("Pe-2", "present");
    expect(pe2.agreed).toBe(GOLD);
    expect(pe2.spread.flag).toBe("agreed");
    expect(pe2.themeLevel).toEqual({ agreed: SILVER, lowest: SILVER, highest: SILVER });
    expect(pe2.decisive).toBe(false);
    expect(item("Pl-1", "present")).toMatchObject({ agreed: SILVER, decisive: false });
    expect(out.queue).toEqual([pe1, pe2]);
    expect(out.answers).toEqual([
      { question: "Pe-1", present: "Done in some teams", future: "Done everywhere" },
      { question: "Pe-2", present: "Done everywhere", future: "Done everywhere" },
      { question: "Pl-1", present: "Done in some teams", future: "Done everywhere" },
    ]);
  });

  it("scores the team from the agreed answers, not from a median of each person's theme levels", () => {
    const out = buildConsensus(MEDAL, [
      response("Ana", { "Pe-1": [GOLD, null], "Pe-2": [SILVER, null] }), // People: Silver
      response("Ben", { "Pe-1": [SILVER, null], "Pe-2": [GOLD, null] }), // People: Silver
      response("Cai", { "Pe-1": [GOLD, null], "Pe-2": [GOLD, null] }), // People: Gold
      response("Dee", { "Pe-1": [GOLD, null], "Pe-2": [GOLD, null] }), // People: Gold
      response("Eve", { "Pe-1": [SILVER, null], "Pe-2": [SILVER, null] }), // People: Silver
    ]);
    // The median of the five People levels would be Silver. The agreed answers are Pe-1 Gold and
    // Pe-2 Gold (each the lower median of S, S, G, G, G), so the team's People is Gold.
    expect(out.items[0].agreed).toBe(GOLD);
    expect(out.items[2].agreed).toBe(GOLD);
    expect(scoreAssessment(MEDAL, { answers: out.answers }).themes[0].present.level).toBe(GOLD);
    expect(out.items[0].themeLevel.agreed).toBe(GOLD);
  });

  it("treats a question nobody answered as unanswered: no agreed answer, the theme has no level", () => {
    const out = buildConsensus(MEDAL, [response("Ana", { "Pe-1": [SILVER, GOLD] })]);
    const pe2 = out.items.find((i) => i.question === "Pe-2" && i.field === "present")!;
    expect(pe2).toMatchObject({ agreed: null, decisive: false });
    expect(pe2.spread).toMatchObject({ n: 0, flag: "single" });
    expect(pe2.themeLevel).toEqual({ agreed: null, lowest: null, highest: null });
    expect(out.answers[1]).toEqual({ question: "Pe-2", present: null, future: null });
    expect(out.queue).toEqual([]);
  });

  it("keeps an override and its reason, and uses it for the other questions' theme levels", () => {
    const overrides = new Map([
      [overrideKey("Pe-2", "present"), { level: SILVER, reason: "no lead named yet" }],
    ]);
    const out = buildConsensus(
      MEDAL,
      [
        response("Ana", { "Pe-1": [GOLD, GOLD], "Pe-2": [GOLD, GOLD] }),
        response("Ben", { "Pe-1": [GOLD, GOLD], "Pe-2": [GOLD, GOLD] }),
      ],
      overrides
    );
    const [pe1, , pe2] = out.items;
    expect(pe2).toMatchObject({
      agreed: SILVER,
      override: { level: SILVER, reason: "no lead named yet" },
    });
    // Everyone said Gold, the facilitator Silver: the participants' view would raise People.
    expect(pe2.themeLevel).toEqual({ agreed: SILVER, lowest: GOLD, highest: GOLD });
    expect(pe2.decisive).toBe(true);
    expect(pe1.themeLevel.agreed).toBe(SILVER);
    expect(out.answers[1].present).toBe("Done in some teams");
    // Nobody disagrees, so there is nothing to discuss in the queue.
    expect(out.queue).toEqual([]);
  });

  it("ignores an override at a level the question has no option for", () => {
    // Pe-2's options start at Silver.
    const overrides = new Map([[overrideKey("Pe-2", "present"), { level: BRONZE }]]);
    const out = buildConsensus(MEDAL, [response("Ana", { "Pe-2": [GOLD, null] })], overrides);
    expect(out.items[2]).toMatchObject({ agreed: GOLD });
    expect(out.items[2].override).toBeUndefined();
  });

  it("counts a question answered at its top option as fully met (theme at the framework's top)", () => {
    // Public A2 has options at levels 2 and 3 only: 3 is its top, so it does not hold A below 4.
    const a2 = PUBLIC.question("A2")!;
    expect(a2.topLevel).toBe(3);
    const top = everyQuestion(PUBLIC, (q) => [q.topLevel, q.topLevel]);
    const out = buildConsensus(PUBLIC, [
      response("Ana", { ...top, A2: [2, 3] }),
      response("Ben", { ...top, A2: [3, 3] }),
    ]);
    const item = out.items.find((i) => i.question === "A2" && i.field === "present")!;
    expect(item.agreed).toBe(2); // lower median of 2 and 3
    expect(item.themeLevel).toEqual({ agreed: 2, lowest: 2, highest: 4 });
    expect(item.decisive).toBe(true);
    const theme = PUBLIC.themes.find((t) => t.id === item.theme)!.name;
    expect(decisiveEffect(PUBLIC, item)).toBe(
      `if the highest view is right, ${theme} rises from ${PUBLIC.levels[2].label} to ${PUBLIC.levels[4].label}.`
    );
  });
});

describe("the queue's order", () => {
  it("puts decisive items first, then the more dispersed, then question order", () => {
    const [BRONZE, SILVER, GOLD] = [0, 1, 2];
    const out = buildConsensus(MEDAL, [
      response("Ana", {
        "Pe-1": [SILVER, BRONZE],
        "Pe-2": [SILVER, SILVER],
        "Pl-1": [BRONZE, BRONZE],
      }),
      response("Ben", { "Pe-1": [GOLD, GOLD], "Pe-2": [SILVER, SILVER], "Pl-1": [GOLD, GOLD] }),
      response("Cai", { "Pe-1": [GOLD, BRONZE], "Pe-2": [SILVER, SILVER], "Pl-1": [GOLD, GOLD] }),
    ]);
    const name = (i: ConsensusItem) => `${i.question}@${i.field}${i.decisive ? "!" : ""}`;
    // Pl-1 present and future (Bronze, Gold, Gold: agreed Gold, the lowest view drops Planning):
    // decisive, D = 2/3 each, in question order. Pe-1 future (Bronze, Gold, Bronze: agreed Bronze;
    // the highest view gives Pe-1 Gold, but Pe-2 at Silver holds People at Silver): decisive,
    // D = 2/3. Pe-1 present (Silver, Gold, Gold): People is held at Silver by Pe-2 whatever the
    // view: not decisive, D = 1/3.
    expect(out.queue.map(name)).toEqual([
      "Pe-1@future!",
      "Pl-1@present!",
      "Pl-1@future!",
      "Pe-1@present",
    ]);
  });

  it("breaks a tie in dispersion by question order, even where shares summed in floats differ", () => {
    // A1 answered 3, 4, 4 and F1 answered 0, 0, 1 both have D = 1/6 exactly; summed as shares they
    // came out 0.16666666666666666 and …69, which put F1 first (found by this test). Nothing
    // else is answered, so no theme has a level and neither is decisive.
    const out = buildConsensus(PUBLIC, [
      response("Ana", { A1: [3, null], F1: [0, null] }),
      response("Ben", { A1: [4, null], F1: [0, null] }),
      response("Cai", { A1: [4, null], F1: [1, null] }),
    ]);
    expect(out.queue.map((i) => [i.question, i.decisive, i.spread.dispersion])).toEqual([
      ["A1", false, 1 / 6],
      ["F1", false, 1 / 6],
    ]);
  });
});

describe("decisiveEffect", () => {
  const [BRONZE, SILVER, GOLD] = [0, 1, 2];
  const people = MEDAL.themes[0].name;
  const [bronze, silver, gold] = MEDAL.levels.map((l) => l.label);

  it("says what each view would do to the theme, in the framework's level names", () => {
    const out = buildConsensus(MEDAL, [
      response("Ana", { "Pe-1": [BRONZE, null], "Pe-2": [GOLD, null] }),
      response("Ben", { "Pe-1": [SILVER, null], "Pe-2": [GOLD, null] }),
      response("Cai", { "Pe-1": [GOLD, null], "Pe-2": [GOLD, null] }),
    ]);
    expect(decisiveEffect(MEDAL, out.items[0])).toBe(
      `if the lowest view is right, ${people} drops from ${silver} to ${bronze}; if the highest view is right, ${people} rises from ${silver} to ${gold}.`
    );
  });

  it("says the theme stays where it is when no view changes it", () => {
    const out = buildConsensus(MEDAL, [
      response("Ana", { "Pe-1": [SILVER, null], "Pe-2": [SILVER, null] }),
      response("Ben", { "Pe-1": [GOLD, null], "Pe-2": [SILVER, null] }),
    ]);
    expect(decisiveEffect(MEDAL, out.items[0])).toBe(
      `${people} stays at ${silver} whichever view is right.`
    );
  });

  it("says 'moves' when an override sits outside the participants' views", () => {
    const out = buildConsensus(
      MEDAL,
      [response("Ana", { "Pe-1": [GOLD, null], "Pe-2": [GOLD, null] })],
      new Map([[overrideKey("Pe-1", "present"), { level: BRONZE }]])
    );
    expect(decisiveEffect(MEDAL, out.items[0])).toBe(
      `if the lowest view is right, ${people} moves from ${bronze} to ${gold}; if the highest view is right, ${people} rises from ${bronze} to ${gold}.`
    );
  });
});
