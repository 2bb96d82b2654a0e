import type { AnswerInput, ScoreResult } from "../../../src/core/scoring/types";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import {
  formatActionPlan,
  formatProblems,
  formatResultTable,
} from "../../../src/core/scoring/report";
import { medalFramework } from "../../helpers/medalFramework";

/** Plain-text views of a score for the terminal: the theme table, the action plan, the problems. */

// The medal framework: People (Pe-1 at levels 0-2, Pe-2 at 1-2) and Pl.2 (Pl-1 at 0-2).
const medal = medalFramework();
const [NONE, SOME, ALL] = ["Nothing in place yet", "Done in some teams", "Done everywhere"];
const score = (answers: AnswerInput[], organisation = "Medal org"): ScoreResult =>
  scoreAssessment(medal, { organisation, answers });

describe("formatResultTable", () => {
  it("aligns the themes' levels in columns, with the overall row set apart", () => {
    // People: Silver now, Gold later (both questions at their top). Pl.2: Bronze now, future unanswered.
    const result = score([
      { question: "Pe-1", present: SOME, future: ALL },
      { question: "Pe-2", present: SOME, future: ALL },
      { question: "Pl-1", present: NONE },
    ]);
    expect(formatResultTable(result).split("\n")).toEqual([
      "Medal org: Medal test framework (version 0.1)",
      "",
      "        Theme              Present       Future",
      "People  People and skills  Silver        Gold",
      "Pl.2    Planning           Bronze        - (1 to answer)",
      "",
      "        Overall            Bronze (0.5)  Provisional: mean 2.0, 1 of 2 themes",
    ]);
  });

  it("shows an unscored overall as provisional and a missing organisation as such", () => {
    const lines = formatResultTable(score([], "")).split("\n");
    expect(lines[0]).toBe("(no organisation): Medal test framework (version 0.1)");
    expect(lines[3]).toBe(
      "People  People and skills  - (2 to answer)                   - (2 to answer)"
    );
    expect(lines[6]).toBe(
      "        Overall            Provisional: no theme scored yet  Provisional: no theme scored yet"
    );
  });

  it("counts answers that are not options apart from blank ones", () => {
    const result = score([
      { question: "Pe-1", present: "Maybe", future: ALL },
      { question: "Pl-1", present: "Perhaps", future: "Sometimes" },
    ]);
    const cells = formatResultTable(result)
      .split("\n")
      .map((line) => line.split(/ {2,}/));
    expect(cells[3]).toEqual([
      "People",
      "People and skills",
      "- (1 to answer, 1 to fix)",
      "- (1 to answer)",
    ]);
    expect(cells[4]).toEqual(["Pl.2", "Planning", "- (1 to fix)", "- (1 to fix)"]);
    expect(cells[6]).toEqual([
      "",
      "Overall",
      "Provisional: no theme scored yet",
      "Provisional: no theme scored yet",
    ]);
  });
});

describe("formatActionPlan", () => {
  it("lists each theme's actions under the level they reach, named by the framework", () => {
    const result = score([
      { question: "Pe-1", present: NONE, future: ALL },
      { question: "Pe-2", present: SOME, future: ALL },
      { question: "Pl-1", present: SOME },
    ]);
    expect(formatActionPlan(medal, result).split("\n")).toEqual([
      "Action plan: 3 actions",
      "",
      "People  People and skills",
      "   To reach 'Silver':",
      "     - Pe-1: start it in some teams",
      "   To reach 'Gold':",
      "     - Pe-1: take it to every team",
      "     - Pe-2: take it to every team",
    ]);
  });

  it("says so when there is nothing to do", () => {
    const result = score([{ question: "Pe-1", present: SOME, future: SOME }]);
    expect(formatActionPlan(medal, result)).toBe(
      "Action plan: no actions (future matches present)."
    );
  });
});

describe("formatProblems", () => {
  it("lists each problem's message", () => {
    const result = score([
      { question: "Pe-1", present: "Maybe" },
      { question: "Pl-1", present: ALL, future: SOME },
    ]);
    expect(formatProblems(result)).toBe(
      [
        "Problems (2):",
        `  - ${result.problems[0].message}`,
        `  - ${result.problems[1].message}`,
      ].join("\n")
    );
    expect(result.problems[1].message).toContain("Silver is below present Gold");
  });

  it("says none when there are none", () => {
    expect(formatProblems(score([]))).toBe("Problems: none.");
  });
});
