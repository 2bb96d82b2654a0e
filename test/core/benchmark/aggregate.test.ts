import { aggregate } from "../../../src/core/benchmark/aggregate";
import type { Segment } from "../../../src/core/benchmark/benchmark";
import { even, TINY, tinySubmission } from "./submissions";

/*
 * Aggregation of a small hand-made set, every number worked out by hand in the comments. Theme A
 * is A1 = A2 = a; theme B is B1's level, or 4 when B1 is at its top option (3); overall is
 * floor((A + B) / 2).
 */

// Present [a, B1]; future all at the top (a 4, B1 3) but org 3 (a 3) and org 2 (blank).
const ORGS: { a: number; b1: number; type: string; region: string }[] = [
  { a: 1, b1: 2, type: "district", region: "SE" }, // A 1, B 2, overall 1
  { a: 0, b1: 1, type: "district", region: "SE" }, // A 0, B 1, overall 0
  { a: 2, b1: 3, type: "district", region: "SE" }, // A 2, B 4, overall 3
  { a: 1, b1: 1, type: "district", region: "NW" }, // A 1, B 1, overall 1
  { a: 3, b1: 2, type: "district", region: "NW" }, // A 3, B 2, overall 2
  { a: 4, b1: 3, type: "county", region: "NW" }, // A 4, B 4, overall 4
  { a: 2, b1: 1, type: "county", region: "NW" }, // A 2, B 1, overall 1
];
const SET = ORGS.map(({ a, b1, type, region }, i) => {
  const future = i === 1 ? null : i === 2 ? 3 : 4;
  const futureB = i === 1 ? null : 3;
  return tinySubmission({ A1: [a, future], A2: [a, future], B1: [b1, futureB] }, { type, region });
});
const run = (k: number, by: ("type" | "region")[] = []) =>
  aggregate(SET, { k, by, framework: TINY, generatedAt: "2026-12-01T09:00:00Z" });
const theme = (segment: Segment, id: string) => segment.themes!.find((t) => t.id === id)!;

describe("aggregate", () => {
  it("counts each level and takes the nearest-rank median and quartiles", () => {
    const [all] = run(5).segments;
    expect(all).toMatchObject({ key: {}, n: 7, suppressed: false });
    // A present 1,0,2,1,3,4,2 -> sorted 0 1 1 2 2 3 4: median rank 4, q1 rank 2, q3 rank 6.
    expect(theme(all, "A").present).toEqual({ counts: [1, 2, 2, 1, 1], median: 2, q1: 1, q3: 3 });
    // B present 2,1,4,1,2,4,1 -> sorted 1 1 1 2 2 4 4.
    expect(theme(all, "B").present).toEqual({ counts: [0, 3, 2, 0, 2], median: 2, q1: 1, q3: 4 });
    // Overall present 1,0,3,1,2,4,1 -> sorted 0 1 1 1 2 3 4.
    expect(all.overall!.present).toEqual({ counts: [1, 3, 1, 1, 1], median: 1, q1: 1, q3: 3 });
  });

  it("leaves unscored levels out of the counts and the median", () => {
    const [all] = run(5).segments;
    // Org 2's future is blank: six counted. A future 4,3,4,4,4,4 -> sorted 3 4 4 4 4 4.
    expect(theme(all, "A").future).toEqual({ counts: [0, 0, 0, 1, 5], median: 4, q1: 4, q3: 4 });
    expect(theme(all, "B").future.counts).toEqual([0, 0, 0, 0, 6]);
    // Org 3: A 3 and B 4, floor(3.5) = 3.
    expect(all.overall!.future.counts).toEqual([0, 0, 0, 1, 5]);
  });

  it("adds a segment per value of each --by field after the total, in order", () => {
    const benchmark = run(3, ["region", "type"]);
    expect(benchmark.segments.map((s) => [s.key, s.n])).toEqual([
      [{}, 7],
      [{ region: "NW" }, 4],
      [{ region: "SE" }, 3],
      [{ type: "county" }, 2],
      [{ type: "district" }, 5],
    ]);
    const [, nw, se] = benchmark.segments;
    // SE: A present 1, 0, 2 -> median rank 2 -> 1; q1 rank 1 -> 0; q3 rank ceil(2.25) = 3 -> 2.
    expect(theme(se, "A").present).toEqual({ counts: [1, 1, 1, 0, 0], median: 1, q1: 0, q3: 2 });
    // NW: A present 1, 3, 4, 2 -> median rank 2 -> 2; q1 rank 1 -> 1; q3 rank 3 -> 3.
    expect(theme(nw, "A").present).toEqual({ counts: [0, 1, 1, 1, 1], median: 2, q1: 1, q3: 3 });
  });

  it("suppresses a segment below k, with no numbers at all", () => {
    const county = run(3, ["type"]).segments[1];
    expect(county).toEqual({ key: { type: "county" }, n: 2, suppressed: true });
  });

  it("suppresses the other segment of the split when it would give the small one by subtraction", () => {
    // county (2) is below k = 3; district (5) is not, but all (7) minus district is county.
    const [all, county, district] = run(3, ["type"]).segments;
    expect(all.suppressed).toBe(false);
    expect(county.suppressed).toBe(true);
    expect(district).toEqual({ key: { type: "district" }, n: 5, suppressed: true });
    // The regions (4 and 3) are both shown at k = 3.
    expect(run(3, ["region"]).segments.map((s) => s.suppressed)).toEqual([false, false, false]);
  });

  it("publishes no numbers of a theme fewer than k organisations have a level in", () => {
    // Five organisations; only the first has scored theme A (the others left A1 blank).
    const set = [3, 1, 2, 2, 3].map((l, i) =>
      tinySubmission({ ...even(l, 4), A1: [i === 0 ? 2 : null, 4] })
    );
    const [all] = aggregate(set, { k: 5, framework: TINY }).segments;
    expect(all.suppressed).toBe(false);
    const hidden = { counts: null, median: null, q1: null, q3: null, suppressed: true };
    // Not [0, 0, 1, 0, 0] with median 2: that would be the one organisation's own level.
    expect(theme(all, "A").present).toEqual(hidden);
    // A's Future is scored by all five; B by all five; overall Present needs A, so it is hidden.
    expect(theme(all, "A").future).toEqual({ counts: [0, 0, 0, 0, 5], median: 4, q1: 4, q3: 4 });
    // B1 at its top (3) meets B in full: B is 4, 1, 2, 2, 4.
    expect(theme(all, "B").present.counts).toEqual([0, 1, 2, 0, 2]);
    expect(all.overall!.present).toEqual(hidden);
    expect(JSON.stringify(all)).not.toContain('"counts":[0,0,1,0,0]');
  });

  it("hides a split's distribution that would give a hidden one away by subtraction", () => {
    // k = 5: ten districts all scored; five counties of which one has scored theme A. All's A
    // (11) minus the districts' (10) would be that one county's level.
    const districts = Array.from({ length: 10 }, (_, i) =>
      tinySubmission(even(i % 5, 4), { type: "district" })
    );
    const counties = [2, 2, 2, 2, 2].map((l, i) =>
      tinySubmission({ ...even(l, 4), A1: [i === 0 ? 4 : null, 4] }, { type: "county" })
    );
    const [all, county, district] = aggregate([...districts, ...counties], {
      k: 5,
      by: ["type"],
      framework: TINY,
    }).segments;
    expect([all.suppressed, county.suppressed, district.suppressed]).toEqual([false, false, false]);
    expect(theme(county, "A").present.counts).toBeNull(); // 1 counted, below k
    expect(theme(district, "A").present.counts).toBeNull(); // all (11) minus it would be 1
    // The districts' A 0-4 twice, and the county's A1 4 with A2 2: A 2.
    expect(theme(all, "A").present.counts).toEqual([2, 2, 3, 2, 2]);
    // B is scored by all fifteen: every segment shows it (B1 3, its top, is B 4).
    expect(theme(county, "B").present.counts).toEqual([0, 0, 5, 0, 0]);
    expect(theme(district, "B").present.counts).toEqual([0, 4, 2, 0, 4]);
  });

  it("uses k = 5 when none is given", () => {
    const benchmark = aggregate(SET, { by: ["region"], framework: TINY });
    expect(benchmark.k).toBe(5);
    // 7 shown; NW 4 and SE 3 are below 5.
    expect(benchmark.segments.map((s) => s.suppressed)).toEqual([false, true, true]);
    const four = aggregate(SET.slice(0, 4), { framework: TINY });
    expect(four.segments[0]).toEqual({ key: {}, n: 4, suppressed: true });
    const five = aggregate(SET.slice(0, 5), { framework: TINY });
    expect(five.segments[0].suppressed).toBe(false);
  });

  it("refuses k below 3", () => {
    expect(() => run(2)).toThrow(/k must be a whole number of at least 3/);
    expect(() => run(2.5)).toThrow(RangeError);
    expect(run(3).k).toBe(3);
  });

  it("writes the benchmark's outline: schema, framework, k and the time given", () => {
    const benchmark = run(4);
    expect(benchmark).toMatchObject({
      schema: "svmi-benchmark/1",
      framework: { id: "tiny", version: "t1" },
      k: 4,
      generatedAt: "2026-12-01T09:00:00Z",
    });
    expect(Object.keys(benchmark)).toEqual(["schema", "framework", "k", "generatedAt", "segments"]);
  });

  it("refuses submissions of another framework version", () => {
    const other = { ...tinySubmission(even(1, 2)), framework: { id: "tiny", version: "t2" } };
    expect(() => aggregate([...SET, other], { framework: TINY })).toThrow(
      /tiny t1; one answers tiny t2/
    );
  });
});
