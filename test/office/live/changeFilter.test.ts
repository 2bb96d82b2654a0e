import { classifyChange, type ChangeEvent } from "../../../src/office/live/changeFilter";

/*
 * classifyChange: what an edit on the questionnaire sheet means for live mode. Only edits touching
 * the Present/Future columns count: a local one re-scores, a co-author's (Remote) only refreshes
 * the view, and the add-in's own writes are ignored.
 */

const ANSWERS = [3, 4]; // columns D and E
const edit = (address: string, extra: Partial<ChangeEvent> = {}): ChangeEvent => ({
  address,
  source: "Local",
  ...extra,
});

describe("classifyChange", () => {
  it.each([
    ["D8", "rescore"],
    ["e12", "rescore"],
    ["Questionnaire!E9", "rescore"],
    ["'Our answers'!$D$8", "rescore"],
    ["A8:H8", "rescore"], // a pasted row crosses the answer columns
    ["E20:C10", "rescore"], // written backwards, still D and E
    ["D:E", "rescore"],
    ["F8", "ignore"], // the level columns the add-in itself writes
    ["A1:C99", "ignore"],
    ["H8", "ignore"], // evidence notes
  ])("a local edit of %s: %s", (address, verdict) => {
    expect(classifyChange(edit(address), ANSWERS)).toBe(verdict);
  });

  it("scores an edit of the details above the table (on every sheet's header), nothing else there", () => {
    // The table's header on row 7: rows 1 to 6 hold the title and details, labels in A, values in B.
    expect(classifyChange(edit("B2"), ANSWERS, 6)).toBe("rescore"); // the organisation
    expect(classifyChange(edit("B3"), ANSWERS, 6)).toBe("rescore"); // the date
    expect(classifyChange(edit("C2"), ANSWERS, 6)).toBe("ignore"); // beside the details
    expect(classifyChange(edit("B7"), ANSWERS, 6)).toBe("ignore"); // the table's header
    expect(classifyChange(edit("B2"), ANSWERS)).toBe("ignore"); // no details rows known
  });

  it("only refreshes for a co-author's edit of an answer, whose add-in writes the scores", () => {
    expect(classifyChange(edit("D8", { source: "Remote" }), ANSWERS)).toBe("refresh");
    expect(classifyChange(edit("G8", { source: "Remote" }), ANSWERS)).toBe("ignore");
  });

  it("ignores the add-in's own writes where Excel says so (ExcelApi 1.14 triggerSource)", () => {
    expect(classifyChange(edit("D8", { triggerSource: "ThisLocalAddin" }), ANSWERS)).toBe("ignore");
    expect(classifyChange(edit("D8", { triggerSource: "Unknown" }), ANSWERS)).toBe("rescore");
  });

  it("scores once more for an address it cannot read, such as inserted rows", () => {
    expect(classifyChange(edit("8:10"), ANSWERS)).toBe("rescore");
    expect(classifyChange(edit("not an address"), ANSWERS)).toBe("rescore");
  });

  it("ignores every readable edit when no answer columns are known", () => {
    expect(classifyChange(edit("D8"), [])).toBe("ignore");
  });
});
