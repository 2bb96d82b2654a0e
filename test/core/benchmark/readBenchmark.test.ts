import { aggregate } from "../../../src/core/benchmark/aggregate";
import { FormatError } from "../../../src/core/benchmark/formatError";
import { readBenchmark } from "../../../src/core/benchmark/readBenchmark";
import { even, TINY, tinyLookup, tinySubmission } from "./submissions";

/*
 * Reading an svmi-benchmark/1 file: what aggregate writes reads back unchanged; a file with
 * numbers it should not carry, or numbers that disagree with its counts, is refused in one line.
 */

const FILE = "bench.json";
// Six district councils in SE and NW at several levels, two counties: k = 3 suppresses the
// counties and, by the subtraction rule, the districts.
const SET = [
  ...[0, 1, 2, 3, 4, 1].map((l, i) =>
    tinySubmission(even(l, 4), { type: "district", region: i < 3 ? "SE" : "NW" })
  ),
  ...[2, 3].map((l) => tinySubmission(even(l, 4), { type: "county", region: "NW" })),
];
const valid = () =>
  JSON.parse(
    JSON.stringify(
      aggregate(SET, {
        k: 3,
        by: ["type", "region"],
        framework: TINY,
        generatedAt: "2026-12-01T09:00:00Z",
      })
    )
  );
const read = (data: unknown) => readBenchmark(JSON.stringify(data), FILE, tinyLookup);

function problem(data: unknown): string {
  try {
    read(data);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    expect((error as Error).message).not.toMatch(/\n/);
    return (error as Error).message.replace(`${FILE}: `, "");
  }
  throw new Error("it was accepted");
}
const edit = (change: (b: any) => void) => {
  const b = valid();
  change(b);
  return b;
};

describe("readBenchmark", () => {
  it("reads what aggregate writes, unchanged", () => {
    expect(read(valid())).toEqual(valid());
    expect(valid().segments.map((s: { suppressed: boolean }) => s.suppressed)).toEqual([
      false, // all 8
      true, // county, 2
      true, // district, 6: all minus district would be the counties
      false, // NW, 5
      false, // SE, 3
    ]);
  });

  it("refuses another schema, an unknown framework version, and k below 3", () => {
    expect(problem(edit((b) => (b.schema = "svmi-submission/1")))).toBe(
      'schema is "svmi-submission/1", not "svmi-benchmark/1"'
    );
    expect(problem(edit((b) => (b.framework.version = "t9")))).toMatch(/version 't9' is unknown/);
    expect(problem(edit((b) => (b.k = 2)))).toBe("k must be a whole number of at least 3");
  });

  it("refuses a suppressed segment that carries numbers", () => {
    const shown = valid().segments[0];
    expect(
      problem(
        edit((b) => (b.segments[1] = { ...shown, key: { type: "county" }, n: 2, suppressed: true }))
      )
    ).toBe("segment 2 is suppressed but carries numbers");
  });

  it("refuses a segment below k that is not suppressed", () => {
    expect(
      problem(edit((b) => (b.segments[1] = { ...b.segments[0], key: { type: "county" }, n: 2 })))
    ).toBe("segment 2 has n = 2, below k = 3, but is not suppressed");
  });

  it("refuses a published segment that gives a suppressed one by subtraction", () => {
    // The districts' true numbers, as a tool without the subtraction rule would publish them.
    const [districts] = aggregate(SET.slice(0, 6), { k: 3, framework: TINY }).segments;
    expect(
      problem(edit((b) => (b.segments[2] = { ...districts, key: { type: "district" } })))
    ).toMatch(/^segment {"type":"district"} must be suppressed too/);
  });

  it("refuses a median or quartile its counts do not give", () => {
    expect(problem(edit((b) => (b.segments[0].themes[0].present.median = 4)))).toMatch(
      /^segment 1 theme A present: median is 4, but the counts make it \d/
    );
    expect(problem(edit((b) => (b.segments[0].overall.future.q1 = 0)))).toMatch(
      /^segment 1 overall future: q1 is 0/
    );
  });

  it("refuses counts of the wrong length, or adding up to more than n", () => {
    expect(problem(edit((b) => b.segments[0].themes[0].present.counts.pop()))).toMatch(
      /counts must be 5 whole numbers/
    );
    expect(problem(edit((b) => (b.segments[0].themes[1].future.counts[0] = 50)))).toMatch(
      /counts add up to 58, more than n = 8/
    );
  });

  it("refuses a first segment that is not the total, and themes out of order", () => {
    expect(problem(edit((b) => b.segments.shift()))).toBe("segment 1 must be the total (key {})");
    expect(problem(edit((b) => b.segments[0].themes.reverse()))).toBe(
      "segment 1: theme 1 must be A (themes in framework order)"
    );
  });

  it("refuses a key field it does not know", () => {
    expect(problem(edit((b) => (b.segments[3].key = { postcode: "AB1" })))).toBe(
      "segment 4: key field 'postcode' is not one of type, region"
    );
  });

  describe("a distribution fewer than k organisations have a level in", () => {
    // Five organisations, k = 3: only two have scored theme A (the others left A1 blank).
    const few = [0, 1, 2, 3, 4].map((l, i) =>
      tinySubmission({ ...even(l, 4), A1: [i < 2 ? l : null, 4] })
    );
    const sparse = () =>
      JSON.parse(
        JSON.stringify(
          aggregate(few, { k: 3, framework: TINY, generatedAt: "2026-12-01T09:00:00Z" })
        )
      );

    it("reads one suppressed as aggregate writes it", () => {
      const data = sparse();
      expect(data.segments[0].themes[0].present).toEqual({
        counts: null,
        median: null,
        q1: null,
        q3: null,
        suppressed: true,
      });
      expect(read(data)).toEqual(data);
    });

    it("refuses one published with its numbers, and a suppressed one that carries some", () => {
      const data = sparse();
      // The two organisations' own levels, as a tool without the rule would publish them.
      data.segments[0].themes[0].present = { counts: [1, 1, 0, 0, 0], median: 0, q1: 0, q3: 1 };
      expect(problem(data)).toBe(
        "segment 1 theme A present: counts add up to 2, fewer than k = 3, but it is not suppressed (its numbers would single those organisations out)"
      );
      const leaky = sparse();
      leaky.segments[0].themes[0].present.counts = [1, 1, 0, 0, 0];
      expect(problem(leaky)).toBe(
        "segment 1 theme A present is suppressed but carries numbers (counts, median, q1 and q3 must be null)"
      );
      const odd = sparse();
      odd.segments[0].themes[0].present.suppressed = "yes";
      expect(problem(odd)).toBe("segment 1 theme A present: suppressed must be true or false");
    });

    it("refuses a split's distribution that gives a suppressed one by subtraction", () => {
      // k = 3: four districts all scored, three counties of which one has scored theme A.
      const set = [
        ...[0, 1, 2, 3].map((l) => tinySubmission(even(l, 4), { type: "district" })),
        ...[1, 2, 3].map((l, i) =>
          tinySubmission({ ...even(l, 4), A1: [i === 0 ? 4 : null, 4] }, { type: "county" })
        ),
      ];
      const data = JSON.parse(
        JSON.stringify(
          aggregate(set, {
            k: 3,
            by: ["type"],
            framework: TINY,
            generatedAt: "2026-12-01T09:00:00Z",
          })
        )
      );
      expect(data.segments[2].themes[0].present.suppressed).toBe(true);
      expect(read(data)).toEqual(data);
      // The districts' A as counted: all (5) minus them (4) would be the one county's level.
      const [districts] = aggregate(set.slice(0, 4), { k: 3, framework: TINY }).segments;
      data.segments[2].themes[0].present = districts.themes![0].present;
      expect(problem(data)).toBe(
        'segment {"type":"district"} theme A present must be suppressed too: with it published, the 1 other organisation with a level there could be worked out by subtraction from the total'
      );
    });
  });
});
