import { distributionOf, rankLevel } from "../../../src/core/benchmark/distribution";
import { lowerMedian } from "../../../src/core/consensus/statistics";

/*
 * Median and quartiles as levels, by nearest rank: of m levels sorted lowest first, the one at
 * rank ceil(p·m). Expected values are worked out by hand beside each case.
 */

describe("distributionOf", () => {
  it("takes the lower median and the same lower rule for the quartiles (even count)", () => {
    // Levels 1, 2, 3, 4 (m = 4): median rank 2 -> 2; q1 rank 1 -> 1; q3 rank 3 -> 3.
    expect(distributionOf([0, 1, 1, 1, 1])).toEqual({
      counts: [0, 1, 1, 1, 1],
      median: 2,
      q1: 1,
      q3: 3,
    });
  });

  it("works on an odd count", () => {
    // Levels 0, 1, 1, 2, 2, 3, 4 (m = 7): median rank 4 -> 2; q1 rank 2 -> 1; q3 rank 6 -> 3.
    expect(distributionOf([1, 2, 2, 1, 1])).toMatchObject({ median: 2, q1: 1, q3: 3 });
    // Levels 0, 4, 4, 4, 4 (m = 5): q1 rank 2 -> 4; the lowest level is not the first quartile.
    expect(distributionOf([1, 0, 0, 0, 4])).toMatchObject({ median: 4, q1: 4, q3: 4 });
  });

  it("gives one organisation's level for each of them", () => {
    expect(distributionOf([0, 0, 1])).toMatchObject({ median: 2, q1: 2, q3: 2 });
  });

  it("has no levels when nothing is counted", () => {
    expect(distributionOf([0, 0, 0])).toEqual({
      counts: [0, 0, 0],
      median: null,
      q1: null,
      q3: null,
    });
  });

  it("agrees with the consensus's lower median on every small set", () => {
    // Every multiset of up to 6 levels on 3 levels: the median from counts is the lower median.
    for (let a = 0; a <= 6; a++)
      for (let b = 0; a + b <= 6; b++)
        for (let c = 0; a + b + c <= 6; c++) {
          const levels = [...Array(a).fill(0), ...Array(b).fill(1), ...Array(c).fill(2)];
          expect(rankLevel([a, b, c], 1 / 2)).toBe(lowerMedian(levels));
        }
  });
});
