import { getFramework } from "../../../../src/core/framework/registry";
import {
  isSvmiFramework,
  sheetTitle,
  type TitledSheet,
} from "../../../../src/core/workbook/layouts/sheetTitles";
import { medalFramework } from "../../../helpers/medalFramework";

/*
 * Sheet titles: the SVMI's frameworks keep the titles users know; any other framework is named
 * as itself, so no sheet of an adoption assessment or a user's bank claims to be the SVMI.
 */

const SHEETS: TitledSheet[] = [
  "questionnaire",
  "results",
  "actionPlan",
  "tracker",
  "progress",
  "consensus",
  "benchmark",
];

describe("sheetTitle", () => {
  it("keeps exactly the SVMI's titles for public and business", () => {
    for (const id of ["public", "business"]) {
      expect(SHEETS.map((s) => sheetTitle(getFramework(id), s))).toEqual([
        "Social Value Maturity Index: self-assessment",
        "SVMI results",
        "SVMI action plan",
        "SVMI action tracker",
        "SVMI progress",
        "SVMI consensus",
        "SVMI benchmark",
      ]);
    }
  });

  it("names Social Value Model adoption as itself, never as the SVMI", () => {
    const titles = SHEETS.map((s) => sheetTitle(getFramework("svm-adoption"), s));
    expect(titles).toEqual([
      "Social Value Model adoption: self-assessment",
      "Social Value Model adoption: results",
      "Social Value Model adoption: action plan",
      "Social Value Model adoption: action tracker",
      "Social Value Model adoption: progress",
      "Social Value Model adoption: consensus",
      "Social Value Model adoption: benchmark",
    ]);
    for (const title of titles) expect(title).not.toMatch(/SVMI|Maturity Index/);
  });

  it("tells the SVMI by name, so a bank that keeps the SVMI's name keeps its titles", () => {
    expect(isSvmiFramework({ name: "SVMI for the public sector (Anytown wording)" })).toBe(true);
    expect(isSvmiFramework({ name: "Social Value Maturity Index, official text" })).toBe(true);
    expect(isSvmiFramework(medalFramework())).toBe(false);
    expect(isSvmiFramework({ name: "SVMIX check" })).toBe(false);
    expect(sheetTitle(medalFramework(), "results")).toBe("Medal test framework: results");
  });
});
