import type { Level } from "../../../src/core/framework/levels";
import { leikDispersion, lowerMedian, spreadOf } from "../../../src/core/consensus/statistics";

/*
 * The spread of one question's answers across participants. Levels are numbered from 0 here; the
 * issue's worked values are on a 1–5 scale, so its "3,3,3,3,3" is 2,2,2,2,2 below.
 */

const LEVELS = 5;
/** The 1–5 values as our levels 0–4. */
const fromOneBased = (values: number[]): Level[] => values.map((v) => v - 1);
const countsOf = (levels: readonly Level[], m = LEVELS) => spreadOf(levels, m).counts;

describe("lowerMedian", () => {
  it.each([
    ["none", [], null],
    ["one", [3], 3],
    ["an odd count: the middle one", [4, 0, 2], 2],
    ["an odd count with repeats", [1, 1, 4, 4, 4], 4],
    ["an even count: the lower of the two middle ones", [4, 1, 3, 0], 1],
    ["an even count split between two levels", [0, 0, 4, 4], 0],
    ["two alike", [2, 2], 2],
    ["unsorted input, left unchanged", [3, 1, 2], 2],
  ] as [string, Level[], Level | null][])("%s", (_, levels, median) => {
    const before = [...levels];
    expect(lowerMedian(levels)).toBe(median);
    expect(levels).toEqual(before);
  });

  it("is always a level someone chose", () => {
    for (const levels of [
      [0, 4],
      [1, 3, 3, 4],
      [0, 1, 3, 4],
    ] as Level[][])
      expect(levels).toContain(lowerMedian(levels));
  });
});

describe("leikDispersion (Leik's ordinal D)", () => {
  it.each([
    ["3,3,3,3,3: everyone alike", [3, 3, 3, 3, 3], 0],
    ["2,2,4,4,5", [2, 2, 4, 4, 5], 0.5],
    ["1,1,1,5,5,5: half at each end", [1, 1, 1, 5, 5, 5], 1],
    ["1,5: one at each end", [1, 5], 1],
    ["1,2: neighbours", [1, 2], 0.25],
    ["1,2,3,4,5: one at each level", [1, 2, 3, 4, 5], 0.6],
    ["1,1,2,2,5: an even split lands on 0.5 exactly", [1, 1, 2, 2, 5], 0.5],
    ["a single answer", [4], 0],
  ])("%s -> %p", (_, values, d) => {
    // Exactly: a dispersion summed in shares drifted an ulp below 0.5 (found by this test).
    expect(leikDispersion(countsOf(fromOneBased(values)))).toBe(d);
  });

  it("is 0 with no answers, or on a scale of one level", () => {
    expect(leikDispersion([0, 0, 0, 0, 0])).toBe(0);
    expect(leikDispersion([])).toBe(0);
    expect(leikDispersion([7])).toBe(0);
  });

  it("follows the formula 2/(m−1) · Σ min(F_i, 1 − F_i) on other scales", () => {
    // Three levels, counts 1,2,1: F = 1/4, 3/4; D = 2/2 · (1/4 + 1/4) = 1/2.
    expect(leikDispersion([1, 2, 1])).toBe(0.5);
    // Two levels: D = 2 · min(F_1, 1 − F_1).
    expect(leikDispersion([1, 3])).toBe(0.5);
    expect(leikDispersion([2, 2])).toBe(1);
  });

  it("gives equal dispersions equal values, so ties in the queue go to question order", () => {
    // Both are 1/6: 0,0,1 … on the high side and 2,1 on the low side.
    expect(leikDispersion([0, 0, 0, 2, 1])).toBe(leikDispersion([2, 1, 0, 0, 0]));
    // Both exactly 0.5: 1,1,2,2,5 on five levels, and 1,2,1 on three.
    expect(leikDispersion([2, 2, 0, 0, 1])).toBe(leikDispersion([1, 2, 1]));
  });

  it("lies between 0 and 1, and is the same with the scale turned upside down", () => {
    for (const counts of [
      [5, 0, 0, 0, 1],
      [1, 2, 3, 4, 5],
      [0, 3, 0, 3, 0],
      [9, 1, 0, 2, 7],
    ]) {
      const d = leikDispersion(counts);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(1);
      expect(leikDispersion([...counts].reverse())).toBe(d);
    }
  });
});

describe("spreadOf", () => {
  it("counts answers per level of the framework, with n, min, max and the lower median", () => {
    expect(spreadOf([3, 1, 3, 4], LEVELS)).toEqual({
      counts: [0, 1, 0, 2, 1],
      n: 4,
      min: 1,
      max: 4,
      median: 3,
      dispersion: leikDispersion([0, 1, 0, 2, 1]),
      flag: "split",
    });
  });

  it("has one count per level of a framework of another size", () => {
    expect(spreadOf([0, 2], 3).counts).toEqual([1, 0, 1]);
    expect(spreadOf([], 9).counts).toEqual(Array(9).fill(0));
  });

  it("of no answers: nothing to report", () => {
    expect(spreadOf([], LEVELS)).toEqual({
      counts: [0, 0, 0, 0, 0],
      n: 0,
      min: null,
      max: null,
      median: null,
      dispersion: 0,
      flag: "single",
    });
  });

  it.each([
    ["single: no answer", [], "single"],
    ["single: one answer", [4], "single"],
    ["agreed: all alike", [2, 2, 2], "agreed"],
    ["agreed: within one level", [2, 3, 3, 2], "agreed"],
    ["agreed: within one level, even at the ends of the scale", [0, 1], "agreed"],
    ["polarised: half at each end (D = 1)", [0, 0, 4, 4], "polarised"],
    ["polarised: D exactly 0.5 (2,2,4,4,5)", fromOneBased([2, 2, 4, 4, 5]), "polarised"],
    ["polarised: D exactly 0.5 (1,1,2,2,5)", fromOneBased([1, 1, 2, 2, 5]), "polarised"],
    ["split: two levels apart, but most together (D < 0.5)", [1, 2, 2, 2, 3], "split"],
    ["split: 1,3 with many in the middle", [1, 2, 2, 2, 2, 2, 3], "split"],
    ["polarised: two apart, one each (D = 0.5)", [1, 3], "polarised"],
  ] as [string, Level[], string][])("%s", (_, levels, flag) => {
    const spread = spreadOf(levels, LEVELS);
    expect(spread.flag).toBe(flag);
    if (flag === "split") expect(spread.dispersion).toBeLessThan(0.5);
    if (flag === "polarised") expect(spread.dispersion).toBeGreaterThanOrEqual(0.5);
  });
});
