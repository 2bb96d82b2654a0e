import { aggregate } from "../../../src/core/benchmark/aggregate";
import type { Benchmark } from "../../../src/core/benchmark/benchmark";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import {
  BENCHMARK_SHEET_NAME,
  benchmarkSheet,
  peerMedianSeries,
} from "../../../src/core/workbook/layouts/benchmark";
import { chartRows, type CellValue, type SheetSpec } from "../../../src/core/workbook/sheetSpec";
import { even, TINY, tinySubmission } from "./submissions";

/*
 * The Benchmark sheet: per theme, the peers' spread in percent, this council's level in words,
 * the median and a plain sentence; a 100% stacked bar of the spread; a suppressed segment shows
 * no numbers.
 */

const TABLE_ROW = 6;
// Peers: A present 0, 1, 2, 2, 3; B1 1, 1, 2, 2, 3, so B 1, 1, 2, 2, 4 (B1's top meets B).
const PEERS = [0, 1, 2, 2, 3].map((l) => tinySubmission(even(l, 4)));
const bench = (k = 5, set = PEERS): Benchmark =>
  aggregate(set, { k, by: ["type"], framework: TINY, generatedAt: "2026-12-01T09:00:00Z" });
// This council: A Mature (2), B Follower (1), overall floor(1.5) = Follower.
const council = scoreAssessment(TINY, {
  organisation: "Anytown",
  answers: [
    { question: "A1", present: "L2", future: "L4" },
    { question: "A2", present: "L2", future: "L4" },
    { question: "B1", present: "L1", future: "L3" },
  ],
});
const tableRows = (sheet: SheetSpec) => sheet.values.slice(TABLE_ROW + 1, TABLE_ROW + 4);
const cellsOf = (rows: CellValue[][], upTo: number) => rows.flatMap((row) => row.slice(0, upTo));

describe("benchmarkSheet", () => {
  it("shows the peers per level in percent, this council's level marked, and the median", () => {
    const sheet = benchmarkSheet(TINY, council, bench());
    expect(sheet.name).toBe(BENCHMARK_SHEET_NAME);
    expect(sheet.values[TABLE_ROW].slice(0, 9)).toEqual([
      "Theme",
      "This council (Present)",
      "Incomplete/Non Compliant %",
      "Follower %",
      "Mature %",
      "Leader %",
      "Innovator %",
      "Peers' median",
      "Where we stand",
    ]);
    const [a, b, overall] = tableRows(sheet);
    expect(a.slice(0, 8)).toEqual(["Theme A", "◆ Mature", 20, 20, 40, 20, 0, "Mature"]);
    expect(b.slice(0, 8)).toEqual(["Theme B", "◆ Follower", 0, 40, 40, 0, 20, "Mature"]);
    // Overall: A and B floored means 0, 1, 2, 2, 3 -> the same spread as theme A.
    expect(overall.slice(0, 8)).toEqual(["Overall", "◆ Follower", 20, 20, 40, 20, 0, "Mature"]);
  });

  it("says where the council stands in a sentence", () => {
    const [a, b] = tableRows(benchmarkSheet(TINY, council, bench()));
    // A: 2, 2 and 3 of the five are at Mature or above.
    expect(a[8]).toBe("Mature: 60% of all organisations (n = 5) are at Mature or above");
    expect(b[8]).toBe("Follower: 100% of all organisations (n = 5) are at Follower or above");
  });

  it("names a segment of one type", () => {
    // "district" names no kind of organisation: it is not guessed into a plural.
    const sheet = benchmarkSheet(TINY, council, bench(), { type: "district" });
    expect(sheet.values[2]).toEqual(["Peers", "Organisations of type district", "n = 5"]);
    expect(tableRows(sheet)[0][8]).toBe(
      "Mature: 60% of organisations of type district (n = 5) are at Mature or above"
    );
  });

  it("reads as the issue's example for a type that ends in a kind of organisation", () => {
    const councils = PEERS.map((p) => ({ ...p, org: { ...p.org, type: "district council" } }));
    const sheet = benchmarkSheet(TINY, council, bench(5, councils), { type: "district council" });
    expect(sheet.values[2]).toEqual(["Peers", "District councils", "n = 5"]);
    expect(tableRows(sheet)[0][8]).toBe(
      "Mature: 60% of district councils (n = 5) are at Mature or above"
    );
    expect(sheet.chart!.title).toBe("Peers by level, theme by theme (district councils, n = 5)");
  });

  it("shows no numbers for a theme fewer than k peers have a level in", () => {
    // Five peers; only one has answered theme A (the others left A1 blank), all have B.
    const set = [0, 1, 2, 2, 3].map((l, i) =>
      tinySubmission({ ...even(l, 4), A1: [i === 0 ? 2 : null, 4] })
    );
    const sheet = benchmarkSheet(TINY, council, bench(5, set));
    const [a, b, overall] = tableRows(sheet);
    expect(a.slice(2, 9)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      "fewer than 5 organisations have a level here: no numbers are shown",
    ]);
    // Theme B is counted over all five, as before; overall needs A, so it is hidden too.
    expect(b.slice(2, 8)).toEqual([0, 40, 40, 0, 20, "Mature"]);
    expect(overall[8]).toBe("fewer than 5 organisations have a level here: no numbers are shown");
    expect(sheet.chart!.series.map((s) => s.values[0])).toEqual([null, null, null, null, null]);
    expect(peerMedianSeries(TINY, bench(5, set))).toEqual([null, 2]);
  });

  it("leaves the peers' median room and wraps it, so a long level name stays in its column", () => {
    const sheet = benchmarkSheet(TINY, council, bench());
    const medianColumn = 7;
    expect(sheet.columnWidths[medianColumn]).toBeGreaterThanOrEqual(160);
    // The benchmark's line is one cell, so no neighbour cuts it off.
    expect(sheet.values[3]).toEqual([
      "Benchmark",
      "Tiny test framework, version t1, made 2026-12-01; segments of fewer than 5 organisations are not shown",
    ]);
    const wrapped = sheet.styles.find(
      (s) => s.style.wrap && s.row === TABLE_ROW + 1 && s.column === medianColumn
    );
    expect(wrapped?.rows).toBe(3);
  });

  it("colours the council's level by the framework's level, as well as naming it", () => {
    const sheet = benchmarkSheet(TINY, council, bench());
    const cell = sheet.styles.find(
      (s) => s.row === TABLE_ROW + 1 && s.column === 1 && s.style.fill
    );
    expect(cell?.style).toMatchObject({
      fill: TINY.levels[2].fill,
      fontColor: TINY.levels[2].text,
    });
  });

  it("draws a 100% stacked bar over its own data block, one series per level", () => {
    const sheet = benchmarkSheet(TINY, council, bench());
    const chart = sheet.chart!;
    expect(chart.type).toBe("stackedBar100");
    // Each bar's label carries this council's level: the chart marks where it stands.
    expect(chart.categories).toEqual(["Theme A (◆ Mature)", "Theme B (◆ Follower)"]);
    expect(chart.series.map((s) => [s.name, s.colour])).toEqual(
      TINY.levels.map((l) => [l.label, l.fill])
    );
    expect(chart.series[2].values).toEqual([40, 40]);
    const { row, column, rows, columns } = chart.data;
    const block = sheet.values.slice(row, row + rows).map((r) => r.slice(column, column + columns));
    expect(block).toEqual(chartRows(chart));
  });

  it("shows no peer numbers for a segment below k, and says why", () => {
    const sheet = benchmarkSheet(TINY, council, bench(6));
    expect(sheet.chart).toBeUndefined();
    expect(sheet.values[2]).toEqual([
      "Peers",
      "All organisations",
      "fewer than 6 organisations: no numbers are shown",
    ]);
    const rows = tableRows(sheet);
    // Only the council's own levels are left; no percentages, medians or n.
    expect(cellsOf(rows, 8).filter((c) => typeof c === "number")).toEqual([]);
    expect(rows.map((r) => r[1])).toEqual(["◆ Mature", "◆ Follower", "◆ Follower"]);
    expect(rows.map((r) => r[8])).toEqual(
      Array(3).fill("fewer than 6 organisations: no numbers are shown")
    );
    expect(JSON.stringify(sheet.values)).not.toMatch(/n = |\d%/);
  });

  it("explains a segment suppressed so that a smaller one cannot be worked out", () => {
    // Four districts and a county at k = 3: the county is below k, so the districts are hidden.
    const set = [...PEERS.slice(0, 4), tinySubmission(even(2, 4), { type: "county" })];
    const sheet = benchmarkSheet(TINY, council, bench(3, set), { type: "district" });
    expect(sheet.values[2][2]).toBe(
      "not shown, so that a group of fewer than 3 organisations cannot be worked out from the others by subtraction"
    );
    expect(cellsOf(tableRows(sheet), 8).filter((c) => typeof c === "number")).toEqual([]);
  });

  it("refuses a segment the benchmark lacks, and a benchmark of another framework", () => {
    expect(() => benchmarkSheet(TINY, council, bench(), { region: "NW" })).toThrow(
      "The benchmark has no segment of organisations in region NW."
    );
    const other = { ...bench(), framework: { id: "tiny", version: "t0" } };
    expect(() => benchmarkSheet(TINY, council, other)).toThrow(
      /tiny t0, this assessment of tiny t1/
    );
  });
});

describe("peerMedianSeries", () => {
  it("gives each theme's peer median Present level, null where suppressed", () => {
    // A 0 1 2 2 3 and B 1 1 2 2 4: both lower medians are 2.
    expect(peerMedianSeries(TINY, bench())).toEqual([2, 2]);
    expect(peerMedianSeries(TINY, bench(6))).toEqual([null, null]);
  });
});
