import { getFramework } from "../../src/core/framework/registry";
import { SHEET_MARKERS } from "../../src/core/workbook/names";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { newAssessmentWorkbook, scoreAssessmentFile } from "../../src/xlsx/workbookFile";
import { expectExcelClean } from "../helpers/excelStrict";
import { cells } from "../helpers/workbooks";

/**
 * The Social Value Model adoption framework through the .xlsx adapter unchanged: template, fill,
 * score, with its own level names on the Questionnaire, the Results and the Action Plan.
 */

const adoption = getFramework("svm-adoption");
const details = {
  frameworkId: "svm-adoption",
  organisation: "Anytown Council",
  date: "2026-11-22",
};

it("scores a filled adoption workbook with the mindsets as levels", () => {
  // Present at Compliance throughout, Future at Delivery: two steps to plan per question.
  const answers = new Map(
    adoption.themes.flatMap((t) =>
      t.questions.map((q) => [q.id, { present: q.options[1].text, future: q.options[3].text }])
    )
  );
  const scored = scoreAssessmentFile(newAssessmentWorkbook(adoption, details, answers));
  expectExcelClean(scored.bytes);
  const { result } = scored.score;
  expect(result.framework.id).toBe("svm-adoption");
  expect(result.themes.map((t) => [t.id, t.present.label, t.future.label])).toEqual(
    adoption.themes.map((t) => [t.id, "Compliance", "Delivery"])
  );
  expect(result.overall.present).toMatchObject({ level: 1, label: "Compliance", mean: 1 });
  expect(result.actions).toHaveLength(2 * adoption.questionCount);

  const pkg = XlsxPackage.open(scored.bytes);
  const text = (marker: string) => cells(pkg, marker).flat().map(String).join("\n");
  expect(text(SHEET_MARKERS.results)).toContain("Compliance");
  expect(text(SHEET_MARKERS.results)).toContain("Delivery");
  expect(text(SHEET_MARKERS.results)).not.toMatch(/Follower|Innovator/);
  expect(text(SHEET_MARKERS.actionPlan)).toContain(adoption.question("GA2")!.options[3].action!);
});
