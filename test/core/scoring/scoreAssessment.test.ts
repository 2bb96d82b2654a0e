import type { AnswerInput } from "../../../src/core/scoring/types";
import { getFramework } from "../../../src/core/framework/registry";
import type { Level } from "../../../src/core/framework/levels";
import { overallScore, scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { ladder, tinyFramework } from "../../helpers/tinyFramework";

// Theme T: Q1 runs 0-4, Q2 runs 1-2 (tops out at Mature), Q3 runs 3-4 (a single Innovator step).
const framework = tinyFramework({
  T: [ladder("Q1", 0, 4), ladder("Q2", 1, 2), ladder("Q3", 3, 4)],
});
const answer = (
  question: string,
  present?: string | null,
  future?: string | null
): AnswerInput => ({ question, present, future });
const themeLevel = (answers: AnswerInput[]) =>
  scoreAssessment(framework, { answers }).themes[0].present.level;

describe("a theme's level", () => {
  it.each<[string, [string, string, string], Level]>([
    ["the lowest question holds the theme", ["L2", "L2", "L4"], 2],
    ["a question short of its top holds the theme at its level", ["L4", "L1", "L4"], 1],
    ["a question at its top asks nothing more (Q2 tops at Mature)", ["L4", "L2", "L4"], 4],
    ["a single-step question not yet met holds the theme below it", ["L4", "L2", "L3"], 3],
    ["Incomplete/Non Compliant on one question", ["L0", "L2", "L4"], 0],
    ["everything met", ["L4", "L2", "L4"], 4],
  ])("%s", (_, [q1, q2, q3], expected) => {
    expect(themeLevel([answer("Q1", q1), answer("Q2", q2), answer("Q3", q3)])).toBe(expected);
  });

  it("is null while any question is unanswered, and says how many", () => {
    const result = scoreAssessment(framework, {
      answers: [answer("Q1", "L3", "L4"), answer("Q2", "", null)],
    });
    expect(result.themes[0]).toMatchObject({
      present: { level: null, label: null },
      future: { level: null, label: null },
      unanswered: { present: 2, future: 2 },
      invalid: { present: 0, future: 0 },
    });
  });

  it("counts answers that are not options apart from blank ones, and has no level while either is open", () => {
    const result = scoreAssessment(framework, {
      answers: [
        answer("Q1", "Maybe", "L4"),
        answer("Q2", "", "L2"),
        answer("Q3", 4 as unknown as string, "L5"),
      ],
    });
    expect(result.themes[0]).toMatchObject({
      present: { level: null, label: null },
      future: { level: null, label: null },
      unanswered: { present: 1, future: 0 },
      invalid: { present: 2, future: 1 },
    });
    expect(result.problems.map((p) => [p.question, p.field])).toEqual([
      ["Q1", "present"],
      ["Q3", "present"],
      ["Q3", "future"],
    ]);
    // An invalid answer alone holds the theme back too.
    const onlyInvalid = scoreAssessment(framework, {
      answers: [answer("Q1", "L4", "L4"), answer("Q2", "L2", "Nope"), answer("Q3", "L4", "L4")],
    }).themes[0];
    expect([onlyInvalid.present.level, onlyInvalid.future.level]).toEqual([4, null]);
    expect([onlyInvalid.unanswered.future, onlyInvalid.invalid.future]).toEqual([0, 1]);
  });

  it("treats a blank answer as unanswered, not as level 0", () => {
    const result = scoreAssessment(framework, {
      answers: [answer("Q1", "   ", "L1"), answer("Q2", "L1", "L1"), answer("Q3", "L3", "L3")],
    });
    expect(result.themes[0].present.level).toBeNull();
    expect(result.themes[0].unanswered.present).toBe(1);
    expect(result.themes[0].invalid.present).toBe(0);
    expect(result.themes[0].future.level).toBe(1);
    expect(result.problems).toEqual([]);
  });

  it("scores present and future independently", () => {
    const result = scoreAssessment(framework, {
      answers: [answer("Q1", "L0", "L4"), answer("Q2", "L1", "L2"), answer("Q3", "L3", "L4")],
    });
    expect([result.themes[0].present.label, result.themes[0].future.label]).toEqual([
      "Incomplete/Non Compliant",
      "Innovator",
    ]);
  });
});

describe("answer matching", () => {
  const real = getFramework("public");
  const a1 = real.question("A1")!;
  const leader = a1.options.find((o) => o.level === 3)!.text;

  it.each([
    ["exact text", leader],
    ["other case", leader.toUpperCase()],
    ["surrounding and repeated spaces", `  ${leader.replace(/ /g, "   ")}\t`],
    ["non-breaking spaces and a line break", leader.replace(" ", "\u00a0").replace(" ", "\n")],
  ])("accepts %s", (_, text) => {
    expect(a1.findOption(text)?.level).toBe(3);
  });

  it("accepts typographic quotes and dashes for plain ones", () => {
    const withQuote = real.question("F1")!.options.find((o) => o.text.includes("'"))!;
    expect(real.question("F1")!.findOption(withQuote.text.replace(/'/g, "\u2019"))).toBe(withQuote);
    const withDash = real.question("E3")!.options.find((o) => o.text.includes("5-10%"))!;
    expect(real.question("E3")!.findOption(withDash.text.replace("-", "\u2013"))).toBe(withDash);
  });

  it.each([
    ["a word missing", leader.replace("works ", "")],
    ["a prefix only", leader.slice(0, 30)],
    ["a level name", "Leader"],
  ])("rejects %s: never a guess", (_, text) => {
    expect(a1.findOption(text)).toBeUndefined();
  });

  it("reports an unknown answer as a problem naming question and field, and keeps scoring", () => {
    const result = scoreAssessment(framework, {
      answers: [answer("Q1", "Maybe", "L4"), answer("Q2", "L2", "L2"), answer("Q3", "L4", "L4")],
    });
    expect(result.problems).toEqual([
      {
        question: "Q1",
        field: "present",
        message: "Q1 present: 'Maybe' is not one of the options",
      },
    ]);
    expect(result.themes[0].present.level).toBeNull();
    expect(result.themes[0].unanswered.present).toBe(0);
    expect(result.themes[0].invalid.present).toBe(1);
    expect(result.themes[0].future.level).toBe(4);
  });

  it("reports answers that are not text", () => {
    const result = scoreAssessment(framework, {
      answers: [{ question: "Q1", present: 3 as unknown as string }],
    });
    expect(result.problems[0]).toMatchObject({ question: "Q1", field: "present" });
    expect(result.problems[0].message).toContain("expected the text of an option");
  });

  it("reports unknown and repeated questions without losing the rest", () => {
    const result = scoreAssessment(framework, {
      answers: [answer("Q9", "L1"), answer("Q1", "L1"), answer("Q1", "L4")],
    });
    expect(result.problems.map((p) => [p.question, p.field])).toEqual([
      ["Q9", "question"],
      ["Q1", "question"],
    ]);
    expect(result.questions.find((q) => q.id === "Q1")!.present.level).toBe(1);
  });
});

describe("future below present", () => {
  it("is a problem and yields no actions for that question", () => {
    const result = scoreAssessment(framework, {
      answers: [answer("Q1", "L3", "L1"), answer("Q2", "L1", "L2"), answer("Q3", "L3", "L3")],
    });
    expect(result.problems).toEqual([
      {
        question: "Q1",
        field: "future",
        message: "Q1 future: Follower is below present Leader; no actions are planned for it",
      },
    ]);
    expect(result.actions.map((a) => a.question)).toEqual(["Q2"]);
  });
});

describe("the overall result", () => {
  it.each<[(Level | null)[], number | null, Level | null, boolean]>([
    [[0, 1, 1, 1, 0, 0, 1, 0, 1, 0], 0.5, 0, false], // East Herts present
    [[2, 2, 1, 1, 2, 1, 1, 0, 1, 1], 1.2, 1, false], // Walsall present
    [[3, 3, 2, 3, 3, 2, 2, 2, 2, 3], 2.5, 2, false], // Walsall future: 2.5 is still Mature
    [[3, 4, 4, 3, 4, 3, 3, 2, 3, 3], 3.2, 3, false], // Surrey future
    [[4, 4, 4, 4, 4, 4, 4, 4, 4], 4, 4, false],
    [[3, 3, 3, 3, 3, 3, 3, 3, 2], 2.9, 2, false], // 26/9 = 2.89: shown 2.9, still Mature
    [[2, null, 3], 2.5, null, true], // provisional: mean of the scored themes, no level
    [[null, null], null, null, true],
  ])("themes %j give mean %s, level %s", (levels, mean, level, provisional) => {
    expect(overallScore(getFramework("public"), levels)).toMatchObject({
      mean,
      level,
      provisional,
    });
  });
});

describe("the action plan", () => {
  it("lists every step from present + 1 to future, grouped by target level, in question order", () => {
    const result = scoreAssessment(framework, {
      answers: [answer("Q1", "L0", "L3"), answer("Q2", "L1", "L2"), answer("Q3", "L3", "L4")],
    });
    expect(result.actions.map((a) => `${a.level}:${a.question}`)).toEqual([
      "1:Q1",
      "2:Q1",
      "2:Q2",
      "3:Q1",
      "4:Q3",
    ]);
    expect(result.actions[0]).toEqual({ theme: "T", question: "Q1", level: 1, text: "Q1 to 1" });
  });

  it("plans nothing for a question missing either answer", () => {
    const result = scoreAssessment(framework, {
      answers: [answer("Q1", "L0"), answer("Q2", undefined, "L2")],
    });
    expect(result.actions).toEqual([]);
  });
});
