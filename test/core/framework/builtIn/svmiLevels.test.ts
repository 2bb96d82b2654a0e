import { SVMI_LEVEL_LABELS, svmiLevels } from "../../../../src/core/framework/builtIn/svmiLevels";
import { getFramework } from "../../../../src/core/framework/registry";

/** The SVMI's five maturity levels, named as in its spreadsheet, each framework describing them. */

describe("svmiLevels", () => {
  it("pairs the five labels, lowest first, with the descriptions given in the same order", () => {
    expect(svmiLevels(["d0", "d1", "d2", "d3", "d4"])).toEqual([
      { label: "Incomplete/Non Compliant", description: "d0" },
      { label: "Follower", description: "d1" },
      { label: "Mature", description: "d2" },
      { label: "Leader", description: "d3" },
      { label: "Innovator", description: "d4" },
    ]);
  });

  it.each(["public", "business"])("gives the %s framework its levels", (id) => {
    const levels = getFramework(id).levels;
    expect(levels.map((l) => l.label)).toEqual([...SVMI_LEVEL_LABELS]);
    expect(levels.every((l) => l.description.trim().length > 0)).toBe(true);
  });
});
