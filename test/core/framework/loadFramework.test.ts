import {
  FRAMEWORK_IDS,
  FRAMEWORK_SPECS,
  getFramework,
  type BuiltInFrameworkId,
} from "../../../src/core/framework/registry";
import { SVMI_LEVEL_LABELS } from "../../../src/core/framework/builtIn/svmiLevels";
import {
  FrameworkError,
  loadFramework,
  validateFramework,
} from "../../../src/core/framework/loadFramework";
import { ladder, tinySpec } from "../../helpers/tinyFramework";

/** Each built-in framework's level labels, lowest first: the SVMI's five, or the four mindsets over a floor. */
const LEVEL_LABELS: Record<BuiltInFrameworkId, readonly string[]> = {
  public: SVMI_LEVEL_LABELS,
  business: SVMI_LEVEL_LABELS,
  "svm-adoption": ["Not yet", "Compliance", "Strategic", "Delivery", "Systemic"],
};

/** Whether a theme's lowest option is at level 0 (else 1). */
function startsAtZero(id: BuiltInFrameworkId, themeId: string): boolean {
  if (id === "public") return "AEFHJ".includes(themeId); // the Act's fundamental requirements
  return id === "svm-adoption"; // every characteristic can be below Compliance
}

describe("the built-in frameworks", () => {
  it("use the SVMI's five level labels exactly", () => {
    expect([...SVMI_LEVEL_LABELS]).toEqual([
      "Incomplete/Non Compliant",
      "Follower",
      "Mature",
      "Leader",
      "Innovator",
    ]);
  });

  it("public sector has the ten themes A-J in the SVMI's order", () => {
    expect(getFramework("public").themes.map((t) => `${t.id} ${t.name}`)).toEqual([
      "A Policy & Scope",
      "B Internal Management",
      "C Measurement: Themes, Outcomes and Measures",
      "D Commissioning",
      "E Procurement",
      "F Market Engagement and Partnerships",
      "G Contract Management",
      "H Cross Sector Collaboration",
      "I Reporting",
      "J Governance and Accountability",
    ]);
  });

  it("business has the nine themes of the business matrix", () => {
    expect(getFramework("business").themes.map((t) => t.name)).toEqual([
      "Policy and Scope",
      "Culture and Management",
      "Stakeholder Engagement",
      "Community Projects Design",
      "Social Value Measurement: Themes, Outcomes and Measures",
      "Bid Management and Contract Reporting",
      "Procurement and Commissioning of Supply Chain",
      "Reporting",
      "Governance and Accountability",
    ]);
  });

  it.each(FRAMEWORK_IDS)("%s has an id, a version and a description for every level", (id) => {
    const framework = getFramework(id);
    expect(framework.id).toBe(id);
    expect(framework.version).toMatch(/^\d+\.\d+$/);
    expect(framework.levels.map((l) => l.label)).toEqual([...LEVEL_LABELS[id]]);
    for (const level of framework.levels) expect(level.description.length).toBeGreaterThan(20);
  });

  it.each(FRAMEWORK_IDS)("%s passes every schema check", (id) => {
    expect(validateFramework(FRAMEWORK_SPECS[id])).toEqual([]);
  });

  it("level 0 exists only for the Act's fundamental requirements: public themes A, E, F, H, J", () => {
    const withLevelZero = (id: "public" | "business") =>
      getFramework(id)
        .themes.filter((t) => t.questions.some((q) => q.lowestLevel === 0))
        .map((t) => t.id);
    expect(withLevelZero("public")).toEqual(["A", "E", "F", "H", "J"]);
    expect(withLevelZero("business")).toEqual([]);
  });

  it.each(FRAMEWORK_IDS)(
    "every theme of %s can reach the top level (Innovator, Systemic) and fall to its lowest level",
    (id) => {
      for (const theme of getFramework(id).themes) {
        expect(Math.max(...theme.questions.map((q) => q.topLevel))).toBe(4);
        expect(Math.min(...theme.questions.map((q) => q.lowestLevel))).toBe(
          startsAtZero(id, theme.id) ? 0 : 1
        );
      }
    }
  );
});

describe("the schema check at load", () => {
  /** The same data with the readonly types dropped, so a test can break it on purpose. */
  interface Editable {
    version: string;
    themes: {
      questions: {
        options: { level: number; text: string; action?: string; criteria?: string[] }[];
      }[];
    }[];
  }
  const valid = () => tinySpec({ T: [ladder("Q1", 0, 2), ladder("Q2", 2, 3)] });
  const q1 = (spec: Editable) => spec.themes[0].questions[0].options;

  it("accepts a valid framework", () => {
    expect(() => loadFramework(valid())).not.toThrow();
  });

  it.each<[string, (spec: Editable) => void, string]>([
    [
      "a repeated question id",
      (s) =>
        (s.themes[0].questions[1] = ladder(
          "Q1",
          1,
          2
        ) as unknown as Editable["themes"][0]["questions"][0]),
      "question id 'Q1' is used twice",
    ],
    ["a level outside 0-4", (s) => (q1(s)[2].level = 5), "levels run 0-4"],
    ["a gap between levels", (s) => (q1(s)[2].level = 4), "is at level 4; expected 2"],
    ["a missing action", (s) => delete q1(s)[1].action, "(level 1) has no action"],
    ["an action on the lowest option", (s) => (q1(s)[0].action = "x"), "cannot have an action"],
    [
      "a single option",
      (s) => (s.themes[0].questions[1].options.length = 1),
      "needs at least two options",
    ],
    ["two options with the same text", (s) => (q1(s)[1].text = " l0 "), "repeats the text"],
    [
      "a criterion from another theme",
      (s) => (q1(s)[1].criteria = ["X.1.1"]),
      "from another theme",
    ],
    [
      "a criterion at another level",
      (s) => (q1(s)[1].criteria = ["T.3.1"]),
      "names criterion T.3.1",
    ],
    ["no version", (s) => (s.version = ""), "has no version"],
  ])("rejects %s", (_, breakIt, message) => {
    const spec = valid();
    breakIt(spec as unknown as Editable);
    expect(() => loadFramework(spec)).toThrow(FrameworkError);
    expect(validateFramework(spec).join("\n")).toContain(message);
  });
});

describe("rules every framework obeys, built in, registered or a bank", () => {
  const twoThemes = () => tinySpec({ T: [ladder("Q1", 0, 2)], U: [ladder("Q2", 1, 3)] });

  it("refuses level labels that differ only in case: the sheets' colours would not tell them apart", () => {
    const spec = twoThemes();
    const levels = spec.levels.map((l, i) => (i === 3 ? { ...l, label: "FOLLOWER" } : l));
    expect(validateFramework({ ...spec, levels })).toEqual([
      "level labels must be unique, ignoring case: 'Follower' and 'FOLLOWER'",
    ]);
  });

  it.each(["=1+1", "+T", "-T", "@T"])(
    "refuses a theme or question id starting with a formula character: %s",
    (id) => {
      const spec = twoThemes();
      const themes = [
        { ...spec.themes[0], id },
        { ...spec.themes[1], questions: [ladder(id, 1, 3)] },
      ];
      expect(validateFramework({ ...spec, themes })).toEqual([
        `theme ${id}: an id may not start with =, +, - or @`,
        `question ${id}: an id may not start with =, +, - or @`,
      ]);
    }
  );

  it("keeps each theme's group, and leaves it out where there is none", () => {
    const spec = twoThemes();
    const grouped = loadFramework({
      ...spec,
      themes: spec.themes.map((t) => ({ ...t, group: "Doing" })),
    });
    expect(grouped.themes.map((t) => t.group)).toEqual(["Doing", "Doing"]);
    expect(loadFramework(spec).themes.every((t) => !("group" in t))).toBe(true);
  });

  it("gives every theme a group or none, and lists a group's themes together", () => {
    const spec = tinySpec({
      T: [ladder("Q1", 0, 2)],
      U: [ladder("Q2", 0, 2)],
      V: [ladder("Q3", 0, 2)],
    });
    const withGroups = (...groups: (string | undefined)[]) => ({
      ...spec,
      themes: spec.themes.map((t, i) => (groups[i] ? { ...t, group: groups[i] } : t)),
    });
    expect(validateFramework(withGroups("A", "A", "B"))).toEqual([]);
    expect(validateFramework(withGroups("A", undefined, "A"))).toEqual([
      "theme U has no group while other themes have one; give every theme a group, or none",
    ]);
    expect(validateFramework(withGroups("A", "B", "A"))).toEqual([
      "theme V: the themes of group 'A' must be listed together, one after another",
    ]);
  });

  it("lets a framework in code have fewer than three themes: only banks are charted by a user", () => {
    // The three-theme rule is readBank's (bankShape.ts); the test frameworks have one or two.
    expect(validateFramework(twoThemes())).toEqual([]);
  });
});
