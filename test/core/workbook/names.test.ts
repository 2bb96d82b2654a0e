import { freeSheetName } from "../../../src/core/workbook/names";

/*
 * freeSheetName picks the name a new sheet of svmi's gets: its own name, or "<name> (SVMI n)" with
 * the lowest n from 2 that no sheet has. Excel compares sheet names ignoring case, so `taken`
 * holds the workbook's names lowercased.
 */
describe("freeSheetName", () => {
  it("keeps the base name when no sheet has it", () => {
    expect(freeSheetName("Results", new Set())).toBe("Results");
    expect(freeSheetName("Results", new Set(["results 2", "action plan"]))).toBe("Results");
  });

  it("numbers from 2 when a sheet has the name in any case", () => {
    expect(freeSheetName("Results", new Set(["results"]))).toBe("Results (SVMI 2)");
    expect(freeSheetName("Action Plan", new Set(["action plan"]))).toBe("Action Plan (SVMI 2)");
  });

  it("skips numbered names already taken, to the first free one", () => {
    const taken = new Set(["results", "results (svmi 2)", "results (svmi 3)", "results (svmi 5)"]);
    expect(freeSheetName("Results", taken)).toBe("Results (SVMI 4)");
  });

  it("does not mistake a numbered name for the base", () => {
    expect(freeSheetName("Results", new Set(["results (svmi 2)"]))).toBe("Results");
  });
});
