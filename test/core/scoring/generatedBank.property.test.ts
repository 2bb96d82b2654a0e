import fc from "fast-check";
import { bankText, readBank } from "../../../src/core/framework/bank";
import { loadFramework } from "../../../src/core/framework/loadFramework";
import type { Framework } from "../../../src/core/framework/types";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import type { QuestionsJson } from "../../../src/core/scoring/scoreJson";
import { seededRandom, type Random } from "../../helpers/seededRandom";

/*
 * The scoring rules hold for any question bank, not only for the frameworks svmi ships: banks are
 * generated at random (seeded: a failure names its seed), 3 to 6 levels of their own names, 3 to
 * 5 themes (a bank needs three, for the radar chart) of a few questions, each question's options
 * on a run of levels of its own. Each is read as a user's bank file is, then scored on random
 * answers.
 */

const BANKS = 40;
const RUNS_PER_BANK = 40;

/** A valid bank, as a user would write it: the JSON `svmi questions --json` prints. */
function generatedBank(random: Random, seed: number): QuestionsJson {
  const levelCount = random.int(3, 6);
  const levels = Array.from({ length: levelCount }, (_, level) => ({
    level,
    label: `Stage ${String.fromCharCode(65 + level)}${random.int(0, 99)}`,
    description: `What stage ${level} means in bank ${seed}.`,
  }));
  let questionNumber = 0;
  const themes = Array.from({ length: random.int(3, 5) }, (_, t) => ({
    id: `T${t + 1}`,
    name: `Theme ${t + 1}`,
    questions: Array.from({ length: random.int(1, 4) }, () => {
      const id = `Q${++questionNumber}`;
      const lowest = random.int(0, levelCount - 2);
      const top = random.int(lowest + 1, levelCount - 1);
      const ladder = Array.from({ length: top - lowest + 1 }, (_, i) => lowest + i);
      return {
        id,
        text: `Question ${id}?`,
        options: ladder.map((level, i) => ({
          text: `${id} answered at ${level}`,
          level,
          ...(i === 0 && random.chance(0.3) ? { notYet: true } : {}),
        })),
        actions: ladder.slice(1).map((level) => ({ level, text: `Take ${id} to ${level}` })),
      };
    }),
  }));
  return {
    framework: { id: `generated-${seed}`, name: `Generated bank ${seed}`, version: "1" },
    levels,
    themes,
  };
}

/** Option positions per question (present, future), from each question's lowest option. */
type Picks = [number, number][];

function arbitraryPicks(framework: Framework): fc.Arbitrary<Picks> {
  const questions = framework.themes.flatMap((t) => t.questions);
  return fc.tuple(
    ...questions.map((q) => fc.tuple(fc.nat(q.options.length - 1), fc.nat(q.options.length - 1)))
  ) as unknown as fc.Arbitrary<Picks>;
}

const seeds = Array.from({ length: BANKS }, (_, i) => i + 1);

describe.each(seeds)("a generated bank (seed %i)", (seed) => {
  const json = generatedBank(seededRandom(seed), seed);
  const read = readBank(JSON.stringify(json));
  if (!("spec" in read)) throw new Error(`seed ${seed}: ${read.problems.join("; ")}`);
  const framework = loadFramework(read.spec);
  const questions = framework.themes.flatMap((t) => t.questions);
  const score = (picks: Picks) =>
    scoreAssessment(framework, {
      answers: questions.map((q, i) => ({
        question: q.id,
        present: q.options[picks[i][0]].text,
        future: q.options[picks[i][1]].text,
      })),
    });
  const check = (property: (picks: Picks) => void) =>
    fc.assert(fc.property(arbitraryPicks(framework), property), { seed, numRuns: RUNS_PER_BANK });

  it("reads back as the bank it was written as", () => {
    expect(JSON.parse(bankText(framework))).toEqual(json);
  });

  it("scores a theme at the highest level all its questions meet (a question at its top meets every level)", () => {
    check((picks) => {
      const result = score(picks);
      framework.themes.forEach((theme, t) => {
        for (const [field, slot] of [
          ["present", 0],
          ["future", 1],
        ] as const) {
          const met = theme.questions.map((q) => {
            const level = q.options[picks[questions.indexOf(q)][slot]].level;
            return level === q.topLevel ? framework.topLevel : level;
          });
          expect(result.themes[t][field].level).toBe(Math.min(...met));
          expect(result.themes[t][field].label).toBe(framework.levels[Math.min(...met)].label);
        }
      });
    });
  });

  it("scores overall at the floor of the mean of the theme levels", () => {
    check((picks) => {
      const { themes, overall } = score(picks);
      for (const field of ["present", "future"] as const) {
        const sum = themes.reduce((total, t) => total + t[field].level!, 0);
        expect(overall[field].level).toBe(Math.floor(sum / themes.length));
        expect(overall[field].label).toBe(framework.levels[overall[field].level!].label);
      }
    });
  });

  it("plans, per question, a step for each level above the present up to the future, and no other", () => {
    check((picks) => {
      const { actions } = score(picks);
      questions.forEach((q, i) => {
        const present = q.options[picks[i][0]].level;
        const future = q.options[picks[i][1]].level;
        const planned = actions.filter((a) => a.question === q.id);
        const expected = [];
        for (let level = present + 1; level <= future; level++) expected.push(level);
        expect(planned.map((a) => a.level)).toEqual(expected);
        expect(planned.map((a) => a.text)).toEqual(
          expected.map((level) => `Take ${q.id} to ${level}`)
        );
      });
    });
  });
});
