import { isLevelIn } from "../../../src/core/framework/levels";

/** Levels are numbers from 0 (a framework's lowest) to its level count minus one. */

describe("isLevelIn", () => {
  it.each([0, 1, 4])("accepts %p among five levels", (value) => {
    expect(isLevelIn(5, value)).toBe(true);
  });

  it.each([5, -1, 2.5, NaN, Infinity, "2", null, undefined, [1]])(
    "refuses %p among five levels",
    (value) => {
      expect(isLevelIn(5, value)).toBe(false);
    }
  );

  it("depends on the level count: 2 is a level of three levels, not of two", () => {
    expect(isLevelIn(3, 2)).toBe(true);
    expect(isLevelIn(2, 2)).toBe(false);
    expect(isLevelIn(0, 0)).toBe(false);
  });
});
