import { isLevelIn, levelsInUse } from "../../../src/core/framework/levels";
import { FRAMEWORK_IDS, getFramework } from "../../../src/core/framework/registry";
import { ladder, tinyFramework } from "../../helpers/tinyFramework";

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

describe("levelsInUse", () => {
  it("leaves out of the business framework's levels the Incomplete/Non Compliant it never uses", () => {
    const business = getFramework("business");
    expect(levelsInUse(business).map((l) => l.label)).toEqual([
      "Follower",
      "Mature",
      "Leader",
      "Innovator",
    ]);
    expect(levelsInUse(business)[0]).toBe(business.levels[1]);
  });

  it("keeps all five of the public framework's", () => {
    const publicFramework = getFramework("public");
    expect(levelsInUse(publicFramework)).toEqual(publicFramework.levels);
  });

  it.each(FRAMEWORK_IDS)("gives exactly the levels the %s framework's options carry", (id) => {
    const framework = getFramework(id);
    const carried = new Set(
      framework.themes.flatMap((t) => t.questions.flatMap((q) => q.options.map((o) => o.level)))
    );
    expect(levelsInUse(framework).map((l) => l.level)).toEqual([...carried].sort());
  });

  it("runs from the lowest option up to the top, which a theme reaches once its questions are met", () => {
    // No option at level 0 or 4: a theme answered at its top options is still at level 4.
    const framework = tinyFramework({ T: [ladder("Q1", 1, 2), ladder("Q2", 2, 3)] });
    expect(levelsInUse(framework).map((l) => l.level)).toEqual([1, 2, 3, 4]);
  });
});
