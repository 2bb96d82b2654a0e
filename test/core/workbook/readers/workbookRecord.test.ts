import { getFramework, knownFrameworkIds } from "../../../../src/core/framework/registry";
import { NoAssessmentError, WorkbookError } from "../../../../src/core/workbook/errors";
import {
  detailsFromCells,
  frameworkOf,
  markedSheetName,
  recordFromListsSheet,
} from "../../../../src/core/workbook/readers/workbookRecord";

/*
 * What a workbook records about itself: the sheet each of svmi's marker names points at, the
 * framework and version written on the lists sheet (and whether svmi can score that), and the
 * details typed above the questionnaire table.
 */
describe("markedSheetName", () => {
  it.each([
    ["='Action Plan'!$A$1", "Action Plan"],
    ["Results!$A$1", "Results"],
    ["='It''s ours'!$A$1", "It's ours"],
    ["='Results (SVMI 2)'!A1:B2", "Results (SVMI 2)"],
  ])("reads %p as %p", (formula, sheet) => {
    expect(markedSheetName(formula)).toBe(sheet);
  });

  it.each(["#REF!", "=#REF!$A$1", "", "=A1", undefined])("finds no sheet in %p", (formula) => {
    expect(markedSheetName(formula)).toBeUndefined();
  });
});

describe("recordFromListsSheet", () => {
  it("reads the labelled rows wherever they are, trimmed, numbers as text", () => {
    expect(
      recordFromListsSheet([
        ["Question ID", "Options"],
        [" svmi.version ", 1],
        ["svmi.framework", " business ", "note"],
      ])
    ).toEqual({ frameworkId: "business", version: "1" });
  });

  it("leaves out what is missing or blank", () => {
    expect(recordFromListsSheet([])).toEqual({ frameworkId: undefined, version: undefined });
    expect(recordFromListsSheet([["svmi.framework", null], ["svmi.version"]])).toEqual({
      frameworkId: undefined,
      version: undefined,
    });
  });
});

describe("frameworkOf", () => {
  it("returns the recorded framework when its version is the one svmi knows", () => {
    expect(frameworkOf({ frameworkId: "public", version: "1.0" })).toBe(getFramework("public"));
  });

  it("compares versions as numbers, as Excel turns a typed 1.0 into 1", () => {
    expect(frameworkOf({ frameworkId: "business", version: "1" }).id).toBe("business");
    expect(frameworkOf({ frameworkId: "business", version: "1.00" }).id).toBe("business");
    expect(() => frameworkOf({ frameworkId: "business", version: "v1.0" })).toThrow(
      "This assessment was made with"
    );
  });

  it("says there is no assessment when no framework is recorded", () => {
    const call = () => frameworkOf({ version: "1.0" });
    expect(call).toThrow(NoAssessmentError);
    expect(call).toThrow("This workbook holds no SVMI assessment yet.");
  });

  it("names the known frameworks when the recorded one is unknown", () => {
    let error: unknown;
    try {
      frameworkOf({ frameworkId: "charity", version: "1.0" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).not.toBeInstanceOf(NoAssessmentError);
    expect((error as Error).message).toBe(
      `This workbook records an unknown SVMI framework 'charity' (known: ${knownFrameworkIds().join(", ")}).`
    );
    expect(knownFrameworkIds()).toEqual(expect.arrayContaining(["public", "business"]));
  });

  it("refuses another version, or none", () => {
    const name = getFramework("public").name;
    const call = () => frameworkOf({ frameworkId: "public", version: "2.0" });
    expect(call).toThrow(WorkbookError);
    expect(call).toThrow(
      new WorkbookError(
        `This assessment was made with ${name} version 2.0; this tool knows version 1.0.`
      )
    );
    expect(() => frameworkOf({ frameworkId: "public" })).toThrow(`${name} version (none);`);
  });
});

describe("detailsFromCells", () => {
  it("reads the labelled rows in any case, the first of each label winning", () => {
    expect(
      detailsFromCells("public", [
        ["Social Value Maturity Index: self-assessment"],
        [" ORGANISATION ", "  Anytown Council "],
        ["Assessment date", "2026-03-01"],
        ["Facilitator", "Sam Lee"],
        ["Organisation", "A later one"],
      ])
    ).toEqual({
      frameworkId: "public",
      organisation: "Anytown Council",
      date: "2026-03-01",
      facilitator: "Sam Lee",
    });
  });

  it("reads a date Excel stored as a day number", () => {
    // 46082 days after 1899-12-30 is 2026-03-01.
    expect(detailsFromCells("public", [["Assessment date", 46082]]).date).toBe("2026-03-01");
  });

  it("gives empty details, without a facilitator, when nothing is typed", () => {
    expect(detailsFromCells("business", [["Organisation"], ["Facilitator", ""]])).toEqual({
      frameworkId: "business",
      organisation: "",
      date: "",
    });
  });
});

describe("detailsFromCells in a participant's copy", () => {
  it("reads the Participant row (and a Role row), which a team's workbook does not have", () => {
    expect(
      detailsFromCells("public", [
        ["Organisation", "Anytown Council"],
        ["Framework", "SVMI for the public sector, version 1.0"],
        [" participant ", "  Ana Lee "],
        ["Role", "Cabinet member"],
        ["Participant", "a later one"],
      ])
    ).toEqual({
      frameworkId: "public",
      organisation: "Anytown Council",
      date: "",
      participant: "Ana Lee",
      role: "Cabinet member",
    });
  });

  it("keeps no participant for a blank Participant row", () => {
    expect(detailsFromCells("public", [["Participant", ""], ["Role"]])).toEqual({
      frameworkId: "public",
      organisation: "",
      date: "",
    });
  });
});

describe("detailsFromCells reads only the date as a date (found in review)", () => {
  it("keeps an organisation typed as a number", () => {
    const details = detailsFromCells("public", [
      ["Organisation", 2024],
      ["Assessment date", 46083],
    ]);
    expect(details).toMatchObject({ organisation: "2024", date: "2026-03-02" });
  });
});
