import {
  SVM_ADOPTION_FRAMEWORK,
  SVM_ADOPTION_GROUPS,
} from "../../../../src/core/framework/builtIn/svmAdoption";
import { levelColours } from "../../../../src/core/framework/levelColours";
import { isNotYetOption, optionLevelNote } from "../../../../src/core/framework/optionWording";
import { getFramework } from "../../../../src/core/framework/registry";
import { scoreAssessment } from "../../../../src/core/scoring/scoreAssessment";

/**
 * The Social Value Model adoption framework (from seed 003): the report's eight characteristics
 * in its groups, its four mindsets over a floor, and two or three graded practices for each.
 */

const framework = getFramework("svm-adoption");

describe("svm-adoption", () => {
  it("is version 0.1 and says it is derived from a 2023 practitioner report, not official", () => {
    expect([framework.id, framework.name, framework.version]).toEqual([
      "svm-adoption",
      "Social Value Model adoption",
      "0.1",
    ]);
    expect(framework.provenance).toMatch(/2023 practitioner report/);
    expect(framework.provenance).toMatch(/not an official framework/);
  });

  it("has the floor and the four mindsets as levels, in the report's order", () => {
    expect(framework.levels.map((l) => l.label)).toEqual([
      "Not yet",
      "Compliance",
      "Strategic",
      "Delivery",
      "Systemic",
    ]);
  });

  it("has the eight critical characteristics as themes, in the report's order", () => {
    expect(framework.themes.map((t) => `${t.id} ${t.name}`)).toEqual([
      "PC Policy and culture",
      "IA Inclusive approach",
      "WL Whole lifecycle perspective",
      "SC Supply chain engagement",
      "CM Contract management",
      "MR Measurement and reporting",
      "CC Social value capability and capacity",
      "GA Governance and accountability",
    ]);
  });

  it("groups them as the report does, each characteristic in one group, in theme order", () => {
    expect(SVM_ADOPTION_GROUPS.map((g) => [g.name, g.themes.join(" ")])).toEqual([
      ["Setting strategy", "PC IA"],
      ["Implementation", "WL SC CM MR"],
      ["Enablers", "CC GA"],
    ]);
    expect(SVM_ADOPTION_GROUPS.flatMap((g) => g.themes)).toEqual(framework.themes.map((t) => t.id));
  });

  it("gives each theme the group it has in SVM_ADOPTION_GROUPS, the one list of them", () => {
    const groupOf = new Map(SVM_ADOPTION_GROUPS.flatMap((g) => g.themes.map((t) => [t, g.name])));
    expect(framework.themes.map((t) => t.group)).toEqual(
      framework.themes.map((t) => groupOf.get(t.id))
    );
    expect(framework.themes.every((t) => t.group !== undefined)).toBe(true);
  });

  it("grades every characteristic at every level by two or three statements, each with an action above the floor", () => {
    for (const theme of framework.themes) {
      expect(theme.questions.length).toBeGreaterThanOrEqual(2);
      expect(theme.questions.length).toBeLessThanOrEqual(3);
      for (const level of framework.levels) {
        const cell = theme.questions.map((q) => q.options.find((o) => o.level === level.level));
        expect(cell.every((o) => o && o.text.length > 20)).toBe(true);
        expect(cell.every((o) => (level.level === 0 ? !o!.action : o!.action!.length > 20))).toBe(
          true
        );
      }
    }
  });

  it("names questions by their characteristic and a number", () => {
    for (const theme of framework.themes)
      expect(theme.questions.map((q) => q.id)).toEqual(
        theme.questions.map((_, i) => `${theme.id}${i + 1}`)
      );
  });

  it("shows a floor option's level as plain 'Not yet', not 'Not yet — counts as Not yet'", () => {
    const floors = framework.themes.flatMap((t) => t.questions.map((q) => q.options[0]));
    expect(floors.filter((o) => isNotYetOption(o))).toEqual([]);
    expect(new Set(floors.map((o) => optionLevelNote(framework, o)))).toEqual(new Set(["Not yet"]));
  });

  it("gives its five levels distinct colours from the shared scale", () => {
    expect(framework.levels.map(({ fill, text }) => ({ fill, text }))).toEqual(levelColours(5));
    expect(new Set(framework.levels.map((l) => l.fill)).size).toBe(5);
  });

  it("scores with its own level names", () => {
    const answers = framework.themes.flatMap((t) =>
      t.questions.map((q, i) => ({
        question: q.id,
        present: q.options[i === 0 ? 2 : 3].text,
        future: q.options[4].text,
      }))
    );
    const result = scoreAssessment(framework, { answers });
    expect(result.themes.map((t) => t.present.label)).toEqual(Array(8).fill("Strategic"));
    expect(result.overall.future).toMatchObject({ level: 4, label: "Systemic" });
    expect(result.actions.filter((a) => a.question === "PC1").map((a) => a.level)).toEqual([3, 4]);
    expect(SVM_ADOPTION_FRAMEWORK.themes).toHaveLength(8);
  });
});
