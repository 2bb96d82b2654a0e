import { aggregate } from "../../../src/core/benchmark/aggregate";
import { benchmarkCsv } from "../../../src/core/benchmark/benchmarkCsv";
import { even, TINY, tinySubmission } from "./submissions";

/* The benchmark as CSV: a row per segment, theme and timeframe; other people's text made safe. */

const rowsOf = (csv: string) => csv.split("\r\n").filter((line) => line !== "");

describe("benchmarkCsv", () => {
  it("writes the counts per level and the median of each theme and overall", () => {
    const set = [0, 1, 1, 2, 4].map((l) => tinySubmission(even(l, 4)));
    const rows = rowsOf(benchmarkCsv(aggregate(set, { framework: TINY }), TINY));
    expect(rows[0]).toBe(
      "segment,n,theme,field,0 Incomplete/Non Compliant,1 Follower,2 Mature,3 Leader,4 Innovator,median"
    );
    // Theme A present 0, 1, 1, 2, 4: lower median 1.
    expect(rows[1]).toBe("all,5,A,present,1,2,1,0,1,1");
    expect(rows[2]).toBe("all,5,A,future,0,0,0,0,5,4");
    // B1 has no option at 0: even() puts it at 1, so B is 1, 1, 1, 2, 4 (top option).
    expect(rows[3]).toBe("all,5,B,present,0,3,1,0,1,1");
    expect(rows.slice(5)).toEqual([
      "all,5,overall,present,1,2,1,0,1,1",
      "all,5,overall,future,0,0,0,0,5,4",
    ]);
  });

  it("gives a suppressed segment one row with its n and no numbers", () => {
    const set = [1, 2, 3, 4, 4].map((l, i) =>
      tinySubmission(even(l, 4), { type: i ? "district" : "county" })
    );
    const rows = rowsOf(
      benchmarkCsv(aggregate(set, { k: 3, by: ["type"], framework: TINY }), TINY)
    );
    expect(rows.filter((r) => r.startsWith("type="))).toEqual([
      "type=county,1,,suppressed",
      "type=district,4,,suppressed",
    ]);
  });

  it("writes no counts for a distribution fewer than k have a level in, and says so", () => {
    // Five organisations, one of them with theme A scored: A present is suppressed.
    const set = [0, 1, 1, 2, 4].map((l, i) =>
      tinySubmission({ ...even(l, 4), A1: [i === 0 ? 0 : null, 4] })
    );
    const rows = rowsOf(benchmarkCsv(aggregate(set, { framework: TINY }), TINY));
    expect(rows[1]).toBe("all,5,A,present,suppressed");
    expect(rows[2]).toBe("all,5,A,future,0,0,0,0,5,4");
    expect(rows[5]).toBe("all,5,overall,present,suppressed");
  });

  it("never lets a cell start as a formula, whatever the organisation types are", () => {
    const types = ['=HYPERLINK("http://x")', "+cmd", "-1", "@SUM(1)"];
    const set = types.flatMap((type) => [1, 2, 3].map((l) => tinySubmission(even(l, 4), { type })));
    const csv = benchmarkCsv(aggregate(set, { k: 3, by: ["type"], framework: TINY }), TINY);
    const cells = rowsOf(csv).flatMap((row) => row.split(","));
    expect(cells.filter((cell) => /^"?[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(csv).toContain('"type==HYPERLINK(""http://x"")"');
  });
});
