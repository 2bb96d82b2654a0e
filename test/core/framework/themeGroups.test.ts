import { themeGroupProblems, themeGroupRuns } from "../../../src/core/framework/themeGroups";

/* Theme groups: on every theme or none, each group's themes together, listed in runs. */

const themes = (...groups: (string | undefined)[]) =>
  groups.map((group, i) => ({ id: `T${i + 1}`, ...(group !== undefined ? { group } : {}) }));

describe("themeGroupProblems", () => {
  it("accepts themes with no groups, and groups each listed together", () => {
    expect(themeGroupProblems(themes(undefined, undefined))).toEqual([]);
    expect(themeGroupProblems(themes("A", "A", "B", "C", "C"))).toEqual([]);
  });

  it("names each theme without a group among grouped ones", () => {
    expect(themeGroupProblems(themes("A", undefined, "A", ""))).toEqual([
      "theme T2 has no group while other themes have one; give every theme a group, or none",
      "theme T4 has no group while other themes have one; give every theme a group, or none",
    ]);
  });

  it("names each theme of a group that comes back after another group", () => {
    expect(themeGroupProblems(themes("A", "B", "A", "B"))).toEqual([
      "theme T3: the themes of group 'A' must be listed together, one after another",
      "theme T4: the themes of group 'B' must be listed together, one after another",
    ]);
  });
});

describe("themeGroupRuns", () => {
  it("gives the themes in order, a run per group", () => {
    const runs = themeGroupRuns(themes("A", "A", "B"));
    expect(runs.map((r) => [r.group, r.themes.map((t) => t.id)])).toEqual([
      ["A", ["T1", "T2"]],
      ["B", ["T3"]],
    ]);
  });

  it("gives one run with no group where no theme has one", () => {
    const runs = themeGroupRuns(themes(undefined, undefined));
    expect(runs).toEqual([{ themes: [{ id: "T1" }, { id: "T2" }] }]);
  });
});
