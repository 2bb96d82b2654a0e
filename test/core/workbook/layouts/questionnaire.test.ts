import { getFramework } from "../../../../src/core/framework/registry";
import type { Framework } from "../../../../src/core/framework/types";
import type { AssessmentDetails } from "../../../../src/core/workbook/details";
import { splitSheetReference } from "../../../../src/core/workbook/excelNames";
import { listsSheet } from "../../../../src/core/workbook/layouts/lists";
import {
  PROVENANCE_AREA,
  questionnaireSheet,
  TABLE_HEADER_ROW,
} from "../../../../src/core/workbook/layouts/questionnaire";
import {
  COLUMN_ORDER,
  COLUMNS,
  SHEET_NAMES,
  TABLE_NAME,
} from "../../../../src/core/workbook/names";
import { ANSWER_ALERT } from "../../../../src/core/workbook/sheetRules";
import { area, parseAddress, type Validation } from "../../../../src/core/workbook/sheetSpec";
import { medalFramework } from "../../../helpers/medalFramework";

/*
 * The Questionnaire of a new assessment: the details above, then the SVMI_Questions table with
 * one row per question, a dropdown of that question's options (a row of the lists sheet) on its
 * Present and Future cells, and level colours on its two level columns.
 */

const details: AssessmentDetails = {
  frameworkId: "public",
  organisation: "Anytown Council",
  date: "2025-03-31",
  facilitator: "Sam Lee",
};
const FIRST_BODY_ROW = TABLE_HEADER_ROW + 1;
const PRESENT = COLUMN_ORDER.indexOf(COLUMNS.present);
const PRESENT_LEVEL = COLUMN_ORDER.indexOf(COLUMNS.presentLevel);

const questionsOf = (framework: Framework) => framework.themes.flatMap((t) => t.questions);
const sourceOf = (v: Validation) => ("source" in v ? v.source : undefined);

describe("questionnaireSheet", () => {
  const publicFramework = getFramework("public");
  const medal = medalFramework();

  it("writes the details above the table", () => {
    const sheet = questionnaireSheet(medal, details);
    expect(sheet.name).toBe(SHEET_NAMES.questionnaire);
    // Medal is not the SVMI: the title names it, and its provenance is beside the details.
    expect(sheet.values.slice(0, TABLE_HEADER_ROW)).toEqual([
      ["Medal test framework: self-assessment"],
      ["Organisation", "Anytown Council", null, null, "made up for svmi's tests"],
      ["Assessment date", "2025-03-31"],
      ["Facilitator", "Sam Lee"],
      ["Framework", "Medal test framework, version 0.1"],
      [],
    ]);
    const without: AssessmentDetails = { ...details, facilitator: undefined };
    expect(questionnaireSheet(medal, without).values[3]).toEqual(["Facilitator", ""]);
  });

  it("keeps the SVMI's title, and no provenance, for the SVMI's own frameworks", () => {
    for (const id of ["public", "business"]) {
      const framework = getFramework(id);
      const sheet = questionnaireSheet(framework, { ...details, frameworkId: id });
      expect(sheet.values[0]).toEqual(["Social Value Maturity Index: self-assessment"]);
      expect(sheet.values[1]).toEqual(["Organisation", "Anytown Council"]);
      expect(sheet.merges).toEqual([area(0, 0, 1, 4)]);
    }
  });

  it("says, beside the details, that Social Value Model adoption is derived, not official", () => {
    const adoption = getFramework("svm-adoption");
    const sheet = questionnaireSheet(adoption, { ...details, frameworkId: "svm-adoption" });
    expect(sheet.values[0]).toEqual(["Social Value Model adoption: self-assessment"]);
    const { row, column } = PROVENANCE_AREA;
    expect(sheet.values[row][column]).toBe(adoption.provenance);
    expect(adoption.provenance).toMatch(/2023 practitioner report.*not an official framework/);
    // One merged, wrapped block over rows 2-5 of columns E-H, clear of the details and the table.
    expect(sheet.merges).toContainEqual(PROVENANCE_AREA);
    expect(PROVENANCE_AREA.row + PROVENANCE_AREA.rows).toBeLessThanOrEqual(TABLE_HEADER_ROW);
    expect(column).toBeGreaterThan(COLUMN_ORDER.indexOf(COLUMNS.present));
    expect(sheet.styles).toContainEqual(
      expect.objectContaining({
        ...PROVENANCE_AREA,
        style: expect.objectContaining({ wrap: true }),
      })
    );
    // The details read as before: label and value in columns A and B.
    expect(sheet.values.slice(1, 5).map((r) => r.slice(0, 2))).toEqual([
      ["Organisation", "Anytown Council"],
      ["Assessment date", "2025-03-31"],
      ["Facilitator", "Sam Lee"],
      ["Framework", `${adoption.name}, version ${adoption.version}`],
    ]);
  });

  it("has one table row per question, with its theme, id and text and blank answers", () => {
    const sheet = questionnaireSheet(medal, details);
    expect(sheet.values.slice(TABLE_HEADER_ROW)).toEqual([
      [...COLUMN_ORDER],
      ["People People and skills", "Pe-1", "Do staff get training?", "", "", "", "", ""],
      ["People People and skills", "Pe-2", "Is there a named lead?", "", "", "", "", ""],
      ["Pl.2 Planning", "Pl-1", "Is there a written plan?", "", "", "", "", ""],
    ]);
  });

  it("leads each Theme cell with the theme's group where the framework groups its themes", () => {
    const adoption = getFramework("svm-adoption");
    const sheet = questionnaireSheet(adoption, { ...details, frameworkId: "svm-adoption" });
    const body = sheet.values.slice(FIRST_BODY_ROW);
    // Still one row per question, in order: the Theme column names each row's theme.
    expect(body.map((row) => row[1])).toEqual(questionsOf(adoption).map((q) => q.id));
    const themeCells = [...new Set(body.map((row) => row[0]))];
    expect(themeCells).toEqual([
      "Setting strategy · PC Policy and culture",
      "Setting strategy · IA Inclusive approach",
      "Implementation · WL Whole lifecycle perspective",
      "Implementation · SC Supply chain engagement",
      "Implementation · CM Contract management",
      "Implementation · MR Measurement and reporting",
      "Enablers · CC Social value capability and capacity",
      "Enablers · GA Governance and accountability",
    ]);
  });

  it("keeps the SVMI's Theme cells as they were: the id and name, no group", () => {
    const sheet = questionnaireSheet(publicFramework, details);
    const themeCells = [...new Set(sheet.values.slice(FIRST_BODY_ROW).map((row) => row[0]))];
    expect(themeCells).toEqual(publicFramework.themes.map((t) => `${t.id} ${t.name}`));
    expect(themeCells[0]).toBe("A Policy & Scope");
  });

  test.each([["public"], ["medal"]])("puts the %s table exactly over its rows", (which) => {
    const framework = which === "public" ? publicFramework : medal;
    const sheet = questionnaireSheet(framework, details);
    expect(sheet.table).toEqual({
      name: TABLE_NAME,
      area: area(TABLE_HEADER_ROW, 0, framework.questionCount + 1, COLUMN_ORDER.length),
    });
    expect(sheet.values).toHaveLength(FIRST_BODY_ROW + framework.questionCount);
    expect(sheet.freezeRows).toBe(FIRST_BODY_ROW);
    expect(sheet.print?.repeatRows).toEqual(area(TABLE_HEADER_ROW, 0, 1, COLUMN_ORDER.length));
  });

  it("gives each question's Present and Future a dropdown of exactly its options", () => {
    const sheet = questionnaireSheet(publicFramework, details);
    const lists = listsSheet(publicFramework).values;
    const questions = questionsOf(publicFramework);
    expect(sheet.validations).toHaveLength(questions.length);
    questions.forEach((question, i) => {
      const validation = sheet.validations![i];
      expect(validation.area).toEqual(area(FIRST_BODY_ROW + i, PRESENT, 1, 2));
      expect(sheet.values[validation.area.row][1]).toBe(question.id);
      expect(validation.alert).toBe(ANSWER_ALERT);
      // The source is a row of the lists sheet that holds this question's options, and only them.
      const reference = splitSheetReference(sourceOf(validation)!.replace(/^=/, ""));
      expect(reference?.sheet).toBe(SHEET_NAMES.lists);
      const options = parseAddress(reference!.address)!;
      const row = lists[options.row];
      expect(row[0]).toBe(question.id);
      expect(row.slice(options.column, options.column + options.columns)).toEqual(
        question.options.map((o) => o.text)
      );
      expect(options.column + options.columns).toBe(row.length);
    });
    expect(sourceOf(sheet.validations![0])).toMatch(/^='SVMI Lists'!\$B\$\d+:\$[A-Z]+\$\d+$/);
  });

  test.each([
    ["FY24", "='FY24'!"], // reads as a cell reference
    ["O'Brien lists", "='O''Brien lists'!"],
    ["Lists", "=Lists!"],
  ])("writes the lists sheet %j in the dropdown source as %s", (name, prefix) => {
    const sheet = questionnaireSheet(medal, details, name);
    for (const validation of sheet.validations!) {
      expect(sourceOf(validation)!.startsWith(prefix)).toBe(true);
    }
    expect(sourceOf(sheet.validations![1])).toBe(`${prefix}$B$6:$C$6`); // Pe-2: two options
  });

  test.each([["public"], ["medal"]])(
    "colours the %s level columns with the framework's own levels",
    (which) => {
      const framework = which === "public" ? publicFramework : medal;
      const rules = questionnaireSheet(framework, details).conditionalRules!;
      const levelColumns = area(FIRST_BODY_ROW, PRESENT_LEVEL, framework.questionCount, 2);
      expect(rules).toHaveLength(framework.levels.length);
      expect(rules.map((r) => r.area)).toEqual(rules.map(() => levelColumns));
      expect(rules.map((r) => [r.when, r.format])).toEqual(
        framework.levels.map((l) => [{ beginsWith: l.label }, { fill: l.fill, fontColor: l.text }])
      );
    }
  );
});
