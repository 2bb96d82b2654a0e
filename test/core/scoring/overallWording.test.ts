import { exampleAssessment, SURREY } from "../../../src/core/examples/workedExamples";
import { getFramework } from "../../../src/core/framework/registry";
import {
  overallWording,
  overallWordingOf,
  PROVISIONAL,
  scoredThemeCount,
  themeOpenWording,
} from "../../../src/core/scoring/overallWording";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import type { OverallScore, ThemeScore } from "../../../src/core/scoring/types";
import { medalFramework } from "../../helpers/medalFramework";

/*
 * One word for a result that is not final, "Provisional", with the mean and what it is over;
 * and for a theme without a level, how many answers it still needs.
 */

const provisional = (mean: number | null): OverallScore => ({
  mean,
  level: null,
  label: null,
  provisional: true,
});

describe("overallWording", () => {
  it("names the level of a final result, with its mean", () => {
    const final: OverallScore = { mean: 2.4, level: 2, label: "Mature", provisional: false };
    expect(overallWording(final, 10, 10)).toEqual({ label: "Mature", detail: "mean 2.4" });
  });

  it("says Provisional while a theme has no level, with the mean of those scored", () => {
    expect(overallWording(provisional(2.3), 10, 7)).toEqual({
      label: PROVISIONAL,
      detail: "mean 2.3 of the 7 themes scored so far; final once all 10 are",
    });
    expect(PROVISIONAL).toBe("Provisional");
  });

  it("reads well for one theme scored and for two themes in all", () => {
    expect(overallWording(provisional(1), 2, 1)).toEqual({
      label: "Provisional",
      detail: "mean 1.0 of the 1 theme scored so far; final once both are",
    });
  });

  it("says so when no theme is scored yet", () => {
    expect(overallWording(provisional(null), 9, 0)).toEqual({
      label: "Provisional",
      detail: "no theme scored yet",
    });
  });
});

describe("overallWordingOf and scoredThemeCount", () => {
  it("count the themes of a score that have a level", () => {
    const medal = medalFramework();
    // People answered in both timeframes, Planning in neither.
    const result = scoreAssessment(medal, {
      answers: [
        { question: "Pe-1", present: "Done in some teams", future: "Done everywhere" },
        { question: "Pe-2", present: "Done everywhere", future: "Done everywhere" },
      ],
    });
    expect(scoredThemeCount(result, "present")).toBe(1);
    expect(overallWordingOf(result, "future")).toEqual({
      label: "Provisional",
      detail: "mean 2.0 of the 1 theme scored so far; final once both are",
    });
  });

  it("give the final level once every theme is scored", () => {
    const framework = getFramework("public");
    const surrey = scoreAssessment(framework, exampleAssessment(framework, SURREY));
    expect(scoredThemeCount(surrey, "future")).toBe(10);
    expect(overallWordingOf(surrey, "future")).toEqual({ label: "Leader", detail: "mean 3.2" });
  });
});

describe("themeOpenWording", () => {
  const theme = (unanswered: number, invalid: number): ThemeScore => ({
    id: "T",
    name: "Theme",
    present: { level: null, label: null },
    future: { level: 1, label: "Follower" },
    unanswered: { present: unanswered, future: 0 },
    invalid: { present: invalid, future: 0 },
  });

  it.each([
    [2, 0, "2 to answer"],
    [0, 1, "1 to fix"],
    [2, 1, "2 to answer, 1 to fix"],
    [0, 0, ""],
  ])("%i blank and %i invalid: '%s'", (unanswered, invalid, expected) => {
    expect(themeOpenWording(theme(unanswered, invalid), "present")).toBe(expected);
  });
});
