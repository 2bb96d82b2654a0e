import { getFramework } from "../../../src/core/framework/registry";
import { WorkbookError } from "../../../src/core/workbook/errors";
import { listsSheet } from "../../../src/core/workbook/layouts/lists";
import { questionnaireSheet } from "../../../src/core/workbook/layouts/questionnaire";
import { planNewAssessment } from "../../../src/core/workbook/planNewAssessment";

/*
 * planNewAssessment plans New assessment for every adapter: the Questionnaire and the hidden
 * lists sheet under names no sheet of the user's has (the dropdowns pointing at the lists sheet's
 * actual name), and the settings recording what the workbook holds. It refuses a workbook that
 * already holds an assessment, or whose defined names would clash with the questionnaire table.
 */
const PUBLIC = getFramework("public");
const DETAILS = { frameworkId: "public", organisation: "Anytown Council", date: "2026-03-01" };
const empty = { sheetNames: ["Sheet1"], definedNames: [], holdsAssessment: false };

describe("planNewAssessment", () => {
  it("adds the Questionnaire, then the lists sheet, under their own names", () => {
    const plan = planNewAssessment(PUBLIC, DETAILS, empty);
    expect(plan.sheets).toEqual([
      { kind: "questionnaire", spec: questionnaireSheet(PUBLIC, DETAILS) },
      { kind: "lists", spec: listsSheet(PUBLIC) },
    ]);
  });

  it("records the framework, its version and the details, a missing facilitator as blank", () => {
    expect(planNewAssessment(PUBLIC, DETAILS, empty).settings).toEqual({
      "svmi.framework": "public",
      "svmi.version": "1.0",
      "svmi.organisation": "Anytown Council",
      "svmi.date": "2026-03-01",
      "svmi.facilitator": "",
    });
    const business = getFramework("business");
    const withFacilitator = { ...DETAILS, frameworkId: "business", facilitator: "Sam Lee" };
    expect(planNewAssessment(business, withFacilitator, empty).settings).toMatchObject({
      "svmi.framework": "business",
      "svmi.version": business.version,
      "svmi.facilitator": "Sam Lee",
    });
  });

  it("takes free names beside the user's sheets, and points the dropdowns at the lists sheet", () => {
    const existing = {
      ...empty,
      sheetNames: ["questionnaire", "SVMI LISTS", "SVMI Lists (SVMI 2)"],
    };
    const [questionnaire, lists] = planNewAssessment(PUBLIC, DETAILS, existing).sheets;
    expect(questionnaire.spec.name).toBe("Questionnaire (SVMI 2)");
    expect(lists.spec.name).toBe("SVMI Lists (SVMI 3)");
    const sources = questionnaire.spec.validations!.map((v) => ("source" in v ? v.source : ""));
    expect(sources).toHaveLength(PUBLIC.questionCount);
    expect(sources.every((s) => s.startsWith("='SVMI Lists (SVMI 3)'!$B$"))).toBe(true);
  });

  it("refuses a workbook that already holds an assessment", () => {
    const call = () => planNewAssessment(PUBLIC, DETAILS, { ...empty, holdsAssessment: true });
    expect(call).toThrow(WorkbookError);
    expect(call).toThrow(
      new WorkbookError(
        "This workbook already holds an SVMI assessment: score it, or start a new one in another workbook."
      )
    );
  });

  it.each(["SVMI_Questions", "svmi_questions"])(
    "refuses a workbook with a defined name %p, the table's name",
    (name) => {
      const call = () =>
        planNewAssessment(PUBLIC, DETAILS, { ...empty, definedNames: ["Budget", name] });
      expect(call).toThrow(WorkbookError);
      expect(call).toThrow(
        new WorkbookError(
          "This workbook has a defined name SVMI_Questions, the name of the questionnaire table; rename it first."
        )
      );
    }
  );

  it("accepts defined names that only resemble the table's", () => {
    const existing = { ...empty, definedNames: ["SVMI_Questions2", "SVMI_Question"] };
    expect(planNewAssessment(PUBLIC, DETAILS, existing).sheets).toHaveLength(2);
  });
});
