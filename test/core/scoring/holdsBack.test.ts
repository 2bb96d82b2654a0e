import { exampleAssessment, SURREY, WALSALL } from "../../../src/core/examples/workedExamples";
import { getFramework } from "../../../src/core/framework/registry";
import { holdsBack } from "../../../src/core/scoring/holdsBack";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { ladder, tinyFramework } from "../../helpers/tinyFramework";

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
      "Provisional: no overall level until you answer every question of theme B."
    );
    const b = hold.themes.present.find((t) => t.theme === "B")!;
    expect(b.level).toBeNull();
    expect(b.unanswered).toEqual(framework.themes[1].questions.map((q) => q.id));
    expect(b.invalid).toEqual([]);
    expect(b.message).toBe(`B ${framework.themes[1].name}: no level until these are answered:`);
  });

  it("lists answers that are not options apart from blank ones, and asks to fix them", () => {
    const answers = exampleAssessment(framework, WALSALL).answers.map((a) =>
      a.question === "B1"
        ? { ...a, present: "Maybe" }
        : a.question === "C1"
          ? { ...a, present: "" }
          : a
    );
    const hold = holdsBack(framework, scoreAssessment(framework, { answers }));
    const b = hold.themes.present.find((t) => t.theme === "B")!;
    expect([b.level, b.unanswered, b.invalid]).toEqual([null, [], ["B1"]]);
    expect(b.message).toBe(
      `B ${framework.themes[1].name}: no level until these answers are fixed (they are not among the options):`
    );
    const c = hold.themes.present.find((t) => t.theme === "C")!;
    expect([c.unanswered, c.invalid]).toEqual([["C1"], []]);
    expect(hold.overall.present.message).toBe(
      "Provisional: no overall level until you answer every question of theme C and fix the answers that are not options in theme B."
    );
    // The future answers are untouched: a question with a level is never listed as invalid.
    expect(hold.themes.future.every((t) => t.invalid.length === 0)).toBe(true);

    const both = holdsBack(
      framework,
      scoreAssessment(framework, {
        answers: answers.map((a) => (a.question === "B2" ? { ...a, present: null } : a)),
      })
    ).themes.present.find((t) => t.theme === "B")!;
    expect([both.unanswered, both.invalid]).toEqual([["B2"], ["B1"]]);
    expect(both.message).toMatch(/: no level until these are answered or fixed:$/);
  });

  it("puts the themes needing the fewest questions moved first", () => {
    const { easiest } = held.overall.present;
    const count = (id: string) => held.themes.present.find((t) => t.theme === id)!.questions.length;
    for (let i = 1; i < easiest.length; i++)
      expect(count(easiest[i - 1])).toBeLessThanOrEqual(count(easiest[i]));
  });
});

describe("the overall step, in words that follow how many themes can rise", () => {
  // Themes with one question each, running over all five levels.
  const four = tinyFramework({
    W: [ladder("W1", 0, 4)],
    X: [ladder("X1", 0, 4)],
    Y: [ladder("Y1", 0, 4)],
    Z: [ladder("Z1", 0, 4)],
  });
  const overall = (levels: number[]) =>
    holdsBack(
      four,
      scoreAssessment(four, {
        answers: levels.map((level, i) => ({ question: `${"WXYZ"[i]}1`, present: `L${level}` })),
      })
    ).overall.present;

  it("says 'any N' while more themes can rise than need to", () => {
    // Sum 5 over 4 themes: 3 steps to Mature (2.0); all four can rise.
    expect(overall([2, 1, 1, 1]).message).toBe(
      "0.8 short of Mature: raise any 3 themes one level."
    );
  });

  it("says 'every theme' when every theme must rise", () => {
    expect(overall([1, 1, 1, 1])).toMatchObject({ steps: 4, easiest: ["W", "X", "Y", "Z"] });
    expect(overall([1, 1, 1, 1]).message).toBe("1.0 short of Mature: raise every theme one level.");
  });

  it("names the top level when every theme below it must rise", () => {
    // Two at Innovator, two at Leader: mean 3.5, 2 steps to Innovator, only those two can rise.
    expect(overall([4, 4, 3, 3]).message).toBe(
      "0.5 short of Innovator: raise both themes below Innovator one level."
    );
    // One at Leader: 1 step, one theme can rise.
    expect(overall([4, 4, 4, 3]).message).toBe(
      "0.3 short of Innovator: raise the one theme below Innovator one level."
    );
    const five = tinyFramework(
      Object.fromEntries([..."VWXYZ"].map((id) => [id, [ladder(`${id}1`, 0, 4)]]))
    );
    const result = scoreAssessment(five, {
      answers: [4, 3, 3, 3, 3].map((level, i) => ({
        question: `${"VWXYZ"[i]}1`,
        present: `L${level}`,
      })),
    });
    expect(holdsBack(five, result).overall.present.message).toBe(
      "0.8 short of Innovator: raise all 4 themes below Innovator one level."
    );
  });

  it("counts levels in all when the themes that can rise must rise more than once", () => {
    expect(overall([4, 4, 4, 0]).message).toBe(
      "1.0 short of Innovator: raise themes 4 levels in all."
    );
  });
});
