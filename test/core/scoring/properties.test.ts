import fc from "fast-check";
import type { AnswerInput, ScoreResult } from "../../../src/core/scoring/types";
import { FRAMEWORK_IDS, getFramework } from "../../../src/core/framework/registry";
import type { Framework, Question } from "../../../src/core/framework/types";
import type { Level } from "../../../src/core/framework/levels";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";

/** A full assessment as option indexes per question: [present, future]. */
type Picks = [number, number][];

function arbitraryPicks(framework: Framework): fc.Arbitrary<Picks> {
  const questions = framework.themes.flatMap((t) => t.questions);
  return fc.tuple(
    ...questions.map((q) => fc.tuple(fc.nat(q.options.length - 1), fc.nat(q.options.length - 1)))
  ) as unknown as fc.Arbitrary<Picks>;
}

function toAnswers(framework: Framework, picks: Picks): AnswerInput[] {
  const questions = framework.themes.flatMap((t) => t.questions);
  return questions.map((q, i) => ({
    question: q.id,
    present: q.options[picks[i][0]].text,
    future: q.options[picks[i][1]].text,
  }));
}

/** A question answered at its top option holds its theme at nothing below the framework's top. */
const ceiling = (framework: Framework, q: Question, level: Level) =>
  level === q.topLevel ? framework.topLevel : level;

// Every built-in framework: the SVMI's two, and svm-adoption with its own level names.
describe.each(FRAMEWORK_IDS)("scoring properties (%s)", (id) => {
  const framework = getFramework(id);
  const questions = framework.themes.flatMap((t) => t.questions);
  const score = (picks: Picks): ScoreResult =>
    scoreAssessment(framework, { answers: toAnswers(framework, picks) });

  it("a theme's level is the minimum over its questions (a question met at its top counts as the top level)", () => {
    fc.assert(
      fc.property(arbitraryPicks(framework), (picks) => {
        const result = score(picks);
        framework.themes.forEach((theme, t) => {
          for (const [field, index] of [
            ["present", 0],
            ["future", 1],
          ] as const) {
            const levels = theme.questions.map((q) => {
              const pick = picks[questions.indexOf(q)][index];
              return ceiling(framework, q, q.options[pick].level);
            });
            expect(result.themes[t][field].level).toBe(Math.min(...levels));
          }
        });
      })
    );
  });

  it("raising any one answer never lowers any theme or overall level", () => {
    fc.assert(
      fc.property(
        arbitraryPicks(framework),
        fc.nat(questions.length - 1),
        fc.boolean(),
        (picks, qi, isFuture) => {
          const slot = isFuture ? 1 : 0;
          fc.pre(picks[qi][slot] < questions[qi].options.length - 1);
          const raised = picks.map((p) => [...p]) as Picks;
          raised[qi][slot] += 1;
          const before = score(picks);
          const after = score(raised);
          before.themes.forEach((theme, t) => {
            expect(after.themes[t].present.level!).toBeGreaterThanOrEqual(theme.present.level!);
            expect(after.themes[t].future.level!).toBeGreaterThanOrEqual(theme.future.level!);
          });
          expect(after.overall.present.level!).toBeGreaterThanOrEqual(
            before.overall.present.level!
          );
          expect(after.overall.future.level!).toBeGreaterThanOrEqual(before.overall.future.level!);
        }
      )
    );
  });

  it("the action plan holds exactly the levels between present and future, per question", () => {
    fc.assert(
      fc.property(arbitraryPicks(framework), (picks) => {
        const result = score(picks);
        questions.forEach((q, i) => {
          const present = q.options[picks[i][0]].level;
          const future = q.options[picks[i][1]].level;
          const planned = result.actions.filter((a) => a.question === q.id).map((a) => a.level);
          const expected = [];
          for (let level = present + 1; level <= future; level++) expected.push(level);
          expect(planned).toEqual(expected);
        });
      })
    );
  });

  it("the overall level is the floor of the mean of the theme levels", () => {
    fc.assert(
      fc.property(arbitraryPicks(framework), (picks) => {
        const { themes, overall } = score(picks);
        const sum = themes.reduce((total, t) => total + t.present.level!, 0);
        expect(overall.present.level).toBe(Math.floor(sum / themes.length));
        // To one decimal, half up: with eight themes a mean such as 1.25 shows as 1.3.
        expect(overall.present.mean).toBe(Math.round((sum / themes.length) * 10) / 10);
        expect(Math.abs(overall.present.mean! - sum / themes.length)).toBeLessThanOrEqual(
          0.05 + 1e-9
        );
      })
    );
  });
});
