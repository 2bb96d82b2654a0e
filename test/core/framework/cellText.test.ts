import { FORMULA_STARTS, startsLikeAFormula } from "../../../src/core/framework/cellText";

/* What a spreadsheet would read as a formula when the text is typed (or written) into a cell. */

describe("startsLikeAFormula", () => {
  it.each(["=1+1", "+44 20", "-X", "@PL"])("is true of %j", (text) => {
    expect(startsLikeAFormula(text)).toBe(true);
  });

  it.each(["PL1", "A-1", "x=1", " =1", ""])("is false of %j", (text) => {
    expect(startsLikeAFormula(text)).toBe(false);
  });

  it("names the characters as the messages say them", () => {
    expect(FORMULA_STARTS).toBe("=, +, - or @");
  });
});
