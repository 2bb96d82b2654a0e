import { parseAssessment, questionsJson, scoreJson } from "../../../src/core/scoring/scoreJson";
import { exampleAssessment, SURREY } from "../../../src/core/examples/workedExamples";
import { getFramework } from "../../../src/core/framework/registry";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";

describe("questions JSON", () => {
  const json = questionsJson(getFramework("public"));

  it("has the contract's outline", () => {
    expect(Object.keys(json)).toEqual(["framework", "levels", "themes"]);
    expect(json.framework).toEqual({
      id: "public",
      name: "SVMI for the public sector",
      version: "1.0",
    });
    expect(json.levels[0]).toEqual({
      level: 0,
      label: "Incomplete/Non Compliant",
      description: expect.any(String),
    });
    const question = json.themes[0].questions[0];
    expect(Object.keys(question)).toEqual(["id", "text", "options", "actions"]);
    expect(Object.keys(question.options[0])).toEqual(["text", "level"]);
    expect(Object.keys(question.actions[0])).toEqual(["level", "text"]);
  });

  it("lists one action per option above the lowest", () => {
    for (const theme of json.themes) {
      for (const q of theme.questions) {
        expect(q.actions.map((a) => a.level)).toEqual(q.options.slice(1).map((o) => o.level));
      }
    }
  });
});

describe("score JSON", () => {
  const framework = getFramework("public");
  const json = JSON.parse(
    JSON.stringify(scoreJson(scoreAssessment(framework, exampleAssessment(framework, SURREY))))
  );

  it("has the contract's fields in order", () => {
    expect(Object.keys(json).slice(0, 6)).toEqual([
      "framework",
      "organisation",
      "themes",
      "overall",
      "actions",
      "problems",
    ]);
    expect(Object.keys(json.themes[0])).toEqual([
      "id",
      "name",
      "present",
      "future",
      "unanswered",
      "invalid",
    ]);
    expect(json.themes[0].present).toEqual({ level: 3, label: "Leader" });
    expect(json.themes[0].unanswered).toEqual({ present: 0, future: 0 });
    expect(json.themes[0].invalid).toEqual({ present: 0, future: 0 });
    expect(json.overall.present).toEqual({
      mean: 2.4,
      level: 2,
      label: "Mature",
      provisional: false,
    });
    expect(Object.keys(json.actions[0])).toEqual(["theme", "question", "level", "text"]);
  });
});

describe("reading an answers file", () => {
  it.each([
    ["not an object", [1, 2], "expected a JSON object"],
    [
      "an unknown framework",
      { framework: "charity", answers: [] },
      `'framework' must be one of "public", "business", "svm-adoption"; found "charity"`,
    ],
    ["no answers list", { framework: "public" }, "'answers' must be a list"],
    ["another version", { framework: "public", version: "0.9", answers: [] }, 'version "0.9"'],
    [
      "an organisation that is not text",
      { framework: "public", organisation: 5, answers: [] },
      "'organisation' must be text",
    ],
  ])("refuses %s", (_, data, message) => {
    const parsed = parseAssessment(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it("accepts missing and null answers as unanswered", () => {
    const parsed = parseAssessment({
      framework: "business",
      organisation: "Acme",
      answers: [{ question: "A1", present: null }],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = scoreAssessment(parsed.framework, parsed.assessment);
    expect(result.organisation).toBe("Acme");
    expect(result.themes).toHaveLength(9);
    expect(result.problems).toEqual([]);
    expect(result.overall.present).toEqual({
      mean: null,
      level: null,
      label: null,
      provisional: true,
    });
  });

  it("counts an answer that is not an option as invalid, beside the unanswered ones", () => {
    const parsed = parseAssessment({
      framework: "business",
      answers: [{ question: "A1", present: "Maybe", future: null }],
    });
    if (!parsed.ok) throw new Error(parsed.error);
    const json = JSON.parse(
      JSON.stringify(scoreJson(scoreAssessment(parsed.framework, parsed.assessment)))
    );
    const a = parsed.framework.themes[0].questions.length;
    expect(json.themes[0].unanswered).toEqual({ present: a - 1, future: a });
    expect(json.themes[0].invalid).toEqual({ present: 1, future: 0 });
    expect(json.problems).toEqual([
      {
        question: "A1",
        field: "present",
        message: "A1 present: 'Maybe' is not one of the options",
      },
    ]);
  });
});
