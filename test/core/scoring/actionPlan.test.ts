import type { Level } from "../../../src/core/framework/levels";
import { actionPlanGrid, planActions } from "../../../src/core/scoring/actionPlan";
import type { QuestionScore } from "../../../src/core/scoring/types";
import { medalFramework } from "../../helpers/medalFramework";
import { ladder, tinyFramework } from "../../helpers/tinyFramework";

/**
 * The action plan: for each question, the actions of the options above its present answer up to
 * its future one, grouped by theme then target level; and the same as a theme-by-level grid.
 */

// T: Q1 runs 0-4, Q2 runs 1-3 (its options start at level 1); U: Q3 runs 0-4.
const tiny = tinyFramework({
  T: [ladder("Q1", 0, 4), ladder("Q2", 1, 3)],
  U: [ladder("Q3", 0, 4)],
});

/** Scores in framework order, as scoreAssessment builds them; only the levels matter here. */
function scores(levels: Record<string, [Level | null, Level | null]>): QuestionScore[] {
  return tiny.themes.flatMap((theme) =>
    theme.questions.map((q) => {
      const [present, future] = levels[q.id] ?? [null, null];
      return {
        id: q.id,
        theme: theme.id,
        present: { level: present, label: null },
        future: { level: future, label: null },
      };
    })
  );
}

describe("planActions", () => {
  it("takes each question from above its present answer up to and including its future", () => {
    expect(planActions(tiny, scores({ Q1: [1, 3] }))).toEqual([
      { theme: "T", question: "Q1", level: 2, text: "Q1 to 2" },
      { theme: "T", question: "Q1", level: 3, text: "Q1 to 3" },
    ]);
  });

  it("orders by theme, then target level, then question", () => {
    const plan = planActions(tiny, scores({ Q1: [0, 2], Q2: [1, 2], Q3: [3, 4] }));
    expect(plan.map((a) => a.text)).toEqual(["Q1 to 1", "Q1 to 2", "Q2 to 2", "Q3 to 4"]);
  });

  it("reads the action of a question whose options start above the lowest level", () => {
    expect(planActions(tiny, scores({ Q2: [1, 3] })).map((a) => [a.level, a.text])).toEqual([
      [2, "Q2 to 2"],
      [3, "Q2 to 3"],
    ]);
  });

  it.each<[string, [Level | null, Level | null]]>([
    ["no present answer", [null, 3]],
    ["no future answer", [1, null]],
    ["future equal to present", [2, 2]],
    ["future below present", [3, 1]],
  ])("plans nothing for %s", (_, levels) => {
    expect(planActions(tiny, scores({ Q1: levels }))).toEqual([]);
  });

  it("plans a three-level framework's steps with its own question and theme ids", () => {
    const medal = medalFramework();
    const levels: [Level, Level][] = [
      [0, 2], // Pe-1
      [1, 2], // Pe-2, which starts at Silver
      [0, 1], // Pl-1
    ];
    const medalScores = medal.themes.flatMap((theme) =>
      theme.questions.map((q) => ({
        id: q.id,
        theme: theme.id,
        present: { level: levels[q.position][0], label: null },
        future: { level: levels[q.position][1], label: null },
      }))
    );
    expect(planActions(medal, medalScores)).toEqual([
      { theme: "People", question: "Pe-1", level: 1, text: "Pe-1: start it in some teams" },
      { theme: "People", question: "Pe-1", level: 2, text: "Pe-1: take it to every team" },
      { theme: "People", question: "Pe-2", level: 2, text: "Pe-2: take it to every team" },
      { theme: "Pl.2", question: "Pl-1", level: 1, text: "Pl-1: start it in some teams" },
    ]);
  });
});

describe("actionPlanGrid", () => {
  it("gives every theme a row with one cell per level, texts in the order given", () => {
    const plan = planActions(tiny, scores({ Q1: [0, 2], Q2: [1, 2] }));
    expect(actionPlanGrid(tiny, plan)).toEqual([
      { theme: "T", name: "Theme T", cells: [[], ["Q1 to 1"], ["Q1 to 2", "Q2 to 2"], [], []] },
      { theme: "U", name: "Theme U", cells: [[], [], [], [], []] },
    ]);
  });

  it("has as many cells as the framework has levels", () => {
    const medal = medalFramework();
    const grid = actionPlanGrid(medal, [
      { theme: "Pl.2", question: "Pl-1", level: 2, text: "Pl-1: take it to every team" },
    ]);
    expect(grid.map((row) => [row.theme, row.name, row.cells])).toEqual([
      ["People", "People and skills", [[], [], []]],
      ["Pl.2", "Planning", [[], [], ["Pl-1: take it to every team"]]],
    ]);
  });

  it("leaves out actions for a theme the framework does not have", () => {
    const grid = actionPlanGrid(tiny, [
      { theme: "Z", question: "Z1", level: 1, text: "elsewhere" },
    ]);
    expect(grid.flatMap((row) => row.cells.flat())).toEqual([]);
  });
});
