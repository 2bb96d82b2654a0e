import { exampleAssessment, SURREY, WALSALL } from "../../../src/core/examples/workedExamples";
import { getFramework } from "../../../src/core/framework/registry";
import { holdsBack } from "../../../src/core/scoring/holdsBack";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";

const framework = getFramework("public");
const score = (example: typeof SURREY) =>
  scoreAssessment(framework, exampleAssessment(framework, example));

describe("what holds each theme back", () => {
  const surrey = score(SURREY);
  const held = holdsBack(framework, surrey);

  it("lists exactly the questions at each theme's minimum", () => {
    for (const hold of held.themes.present) {
      const theme = framework.themes.find((t) => t.id === hold.theme)!;
      const levels = new Map(surrey.questions.map((q) => [q.id, q.present.level!]));
      if (hold.level === 4) {
        expect(hold.questions).toEqual([]);
        continue;
      }
      // Each listed question is at the theme level (a top option counts as fully met) ...
      for (const id of hold.questions) {
        const q = theme.questions.find((x) => x.id === id)!;
        expect(levels.get(id) === q.topLevel ? 4 : levels.get(id)).toBe(hold.level);
      }
      // ... and every other question of the theme is above it.
      for (const q of theme.questions.filter((x) => !hold.questions.includes(x.id))) {
        const ceiling = levels.get(q.id) === q.topLevel ? 4 : levels.get(q.id)!;
        expect(ceiling).toBeGreaterThan(hold.level!);
      }
      expect(hold.questions.length).toBeGreaterThan(0);
    }
  });

  it("says how far the overall level is from the next, in whole theme steps", () => {
    // Surrey: present mean 2.4 (sum 24 over 10 themes) -> 6 steps to Leader (3.0).
    expect(held.overall.present).toMatchObject({ level: 2, next: 3, steps: 6, short: 0.6 });
    expect(held.overall.present.message).toBe("0.6 short of Leader: raise any 6 themes one level.");
    // Future mean 3.2 -> 8 steps to Innovator; only the themes below Innovator can rise.
    expect(held.overall.future).toMatchObject({ level: 3, next: 4, steps: 8, short: 0.8 });
    expect(held.overall.future.easiest.length).toBeLessThan(10);
  });

  it("names the themes still unanswered instead of a level", () => {
    const partial = scoreAssessment(framework, {
      answers: exampleAssessment(framework, WALSALL).answers.filter(
        (a) => !a.question.startsWith("B")
      ),
    });
    const hold = holdsBack(framework, partial);
    expect(hold.overall.present.message).toBe(
      "No overall level yet: answer every question of theme B."
    );
    const b = hold.themes.present.find((t) => t.theme === "B")!;
    expect(b.level).toBeNull();
    expect(b.unanswered).toEqual(framework.themes[1].questions.map((q) => q.id));
  });

  it("puts the themes needing the fewest questions moved first", () => {
    const { easiest } = held.overall.present;
    const count = (id: string) => held.themes.present.find((t) => t.theme === id)!.questions.length;
    for (let i = 1; i < easiest.length; i++)
      expect(count(easiest[i - 1])).toBeLessThanOrEqual(count(easiest[i]));
  });
});
