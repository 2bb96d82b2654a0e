import { getFramework } from "../../src/core/framework/registry";
import { SHEET_MARKERS } from "../../src/core/workbook/names";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { newAssessmentWorkbook, scoreAssessmentFile } from "../../src/xlsx/workbookFile";
import { expectExcelClean } from "../helpers/excelStrict";
import { cells, filledSurrey, marked } from "../helpers/workbooks";
import { readCells, readSharedStrings } from "../../src/xlsx/parts/sheetCells";

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

/** Every visible sheet's title (cell A1), by sheet name: the hidden lists sheet names the tool, not the framework. */
function titles(bytes: Uint8Array): Record<string, string> {
  const pkg = XlsxPackage.open(bytes);
  const shared = readSharedStrings(pkg.text("xl/sharedStrings.xml"));
  return Object.fromEntries(
    pkg
      .sheets()
      .filter((sheet) => sheet.name !== "SVMI Lists")
      .map((sheet) => [sheet.name, String(readCells(pkg.text(sheet.path)!, shared)[0]?.[0] ?? "")])
  );
}

describe("where the adoption framework comes from, and its titles", () => {
  const answers = new Map(
    adoption.themes.flatMap((t) =>
      t.questions.map((q) => [q.id, { present: q.options[1].text, future: q.options[2].text }])
    )
  );
  const scored = scoreAssessmentFile(newAssessmentWorkbook(adoption, details, answers)).bytes;
  const pkg = XlsxPackage.open(scored);

  it("says on the Questionnaire, the Results and the Action Plan that it is derived, not official", () => {
    expect(adoption.provenance).toMatch(/2023 practitioner report.*not an official framework/);
    // Questionnaire: beside the details (E2); Results and Action Plan: under the header (row 6).
    expect(cells(pkg, SHEET_MARKERS.questionnaire)[1][4]).toBe(adoption.provenance);
    for (const marker of [SHEET_MARKERS.results, SHEET_MARKERS.actionPlan])
      expect(cells(pkg, marker)[5].slice(0, 2)).toEqual(["Source", adoption.provenance]);
  });

  it("titles no sheet as the SVMI", () => {
    const found = titles(scored);
    expect(found).toEqual({
      Questionnaire: "Social Value Model adoption: self-assessment",
      Results: "Social Value Model adoption: results",
      "Action Plan": "Social Value Model adoption: action plan",
      "Action Tracker": "Social Value Model adoption: action tracker",
    });
    for (const title of Object.values(found)) expect(title).not.toMatch(/SVMI|Maturity Index/);
  });

  it("shows the whole provenance: its rows are tall enough for the wrapped text", () => {
    // The row's height as the file gives it (Excel and LibreOffice do not re-measure on opening).
    const height = (marker: string, row: number) => {
      const xml = pkg.text(marked(pkg, marker).path)!;
      const attrs = xml.match(new RegExp(`<row r="${row}"[^>]*>`))?.[0] ?? "";
      return Number(/ ht="([\d.]+)"/.exec(attrs)?.[1] ?? 15);
    };
    // Column B is 300 points wide on the Results, 230 on the Action Plan: several lines each.
    expect(height(SHEET_MARKERS.results, 6)).toBeGreaterThan(45);
    expect(height(SHEET_MARKERS.actionPlan, 6)).toBeGreaterThan(45);
  });
});

describe("an SVMI workbook", () => {
  it("keeps its titles, and no provenance", () => {
    const scored = scoreAssessmentFile(filledSurrey()).bytes;
    expect(titles(scored)).toEqual({
      Questionnaire: "Social Value Maturity Index: self-assessment",
      Results: "SVMI results",
      "Action Plan": "SVMI action plan",
      "Action Tracker": "SVMI action tracker",
    });
    const pkg = XlsxPackage.open(scored);
    expect(cells(pkg, SHEET_MARKERS.results)[5] ?? []).toEqual([]);
    expect(cells(pkg, SHEET_MARKERS.actionPlan)[5] ?? []).toEqual([]);
    expect((cells(pkg, SHEET_MARKERS.questionnaire)[1] ?? []).slice(2).filter(Boolean)).toEqual([]);
  });
});
