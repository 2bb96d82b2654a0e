import { suppressedInSplit } from "../../../src/core/benchmark/suppression";

/*
 * One split's suppression: below k, and then the smallest others until the suppressed together
 * hold at least k, since the total minus the published segments gives them together.
 */

describe("suppressedInSplit", () => {
  it("suppresses nothing when every segment has k or more", () => {
    expect(suppressedInSplit([5, 6, 7], 5)).toEqual([false, false, false]);
  });

  it("suppresses the next-smallest too when only one is below k (the subtraction case)", () => {
    // Total 18: publishing 10 and 6 would give the 2 as 18 - 10 - 6.
    expect(suppressedInSplit([10, 6, 2], 5)).toEqual([false, true, true]);
    expect(suppressedInSplit([3, 100], 5)).toEqual([true, true]);
  });

  it("keeps suppressing while the suppressed hold fewer than k between them", () => {
    // 3 + 1 = 4 < 5 would be known together by subtraction; 6 is added.
    expect(suppressedInSplit([10, 6, 3, 1], 5)).toEqual([false, true, true, true]);
    // 4 + 4 = 8 >= 5: nothing more to hide.
    expect(suppressedInSplit([10, 4, 4], 5)).toEqual([false, true, true]);
  });

  it("takes the first of two equally small segments", () => {
    expect(suppressedInSplit([2, 6, 6], 5)).toEqual([true, true, false]);
  });

  it("suppresses a lone segment below k", () => {
    expect(suppressedInSplit([3], 5)).toEqual([true]);
  });

  it("counts segments hidden already as hidden, whatever their size (a split's distributions)", () => {
    // Distribution sizes 10, 1, 0, the middle segment suppressed as a whole: its 1 and nothing
    // else is hidden, so the 10 goes too, or the total minus it would give the 1.
    expect(suppressedInSplit([10, 1, 0], 5, [false, true, false])).toEqual([true, true, true]);
    // A hidden segment with k or more levels between it and the small ones: nothing more.
    expect(suppressedInSplit([10, 2, 4], 5, [false, false, true])).toEqual([false, true, true]);
    // Nothing counted in what is hidden: nothing to give away.
    expect(suppressedInSplit([10, 0], 5, [false, true])).toEqual([false, true]);
  });
});
