import { textReport } from "../../../src/cli/commands/textReport";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import {
  formatActionPlan,
  formatProblems,
  formatResultTable,
} from "../../../src/core/scoring/report";
import { medalFramework } from "../../helpers/medalFramework";

/** A score as the terminal shows it: the theme table, the problems, then the action plan. */

describe("textReport", () => {
  const medal = medalFramework();
  const result = scoreAssessment(medal, {
    organisation: "Medal org",
    answers: [
      { question: "Pe-1", present: "Nothing in place yet", future: "Done in some teams" },
      { question: "Pl-1", present: "Perhaps" },
    ],
  });

  it("puts the table, the problems and the plan one after another, a blank line between", () => {
    expect(textReport(medal, result)).toBe(
      `${formatResultTable(result)}\n\n${formatProblems(result)}\n\n${formatActionPlan(medal, result)}`
    );
  });

  it("labels the plan's levels from the framework it is given", () => {
    const text = textReport(medal, result);
    expect(text).toContain("Problems (1):");
    expect(text.indexOf("Problems (1):")).toBeLessThan(text.indexOf("Action plan:"));
    expect(text).toContain("To reach 'Silver':\n     - Pe-1: start it in some teams");
  });
});
