import { strFromU8, unzipSync } from "fflate";
import { runCli } from "../../src/cli/commands/index";
import { BENCHMARK_CHART_NAME } from "../../src/core/workbook/layouts/benchmark";
import { BENCHMARK_RECORD, CHART_NAMES, SHEET_MARKERS } from "../../src/core/workbook/names";
import { recordCells } from "../../src/core/workbook/bankCells";
import { withBenchmark } from "../../src/xlsx/benchmarkFile";
import { withSnapshot } from "../../src/xlsx/historyFile";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { scoreAssessmentFile } from "../../src/xlsx/workbookFile";
import { answerInWorkbook } from "../helpers/answerCells";
import { expectExcelClean } from "../helpers/excelStrict";
import { memoryIo } from "../helpers/memoryIo";
import { aggregate } from "../../src/core/benchmark/aggregate";
import { getFramework } from "../../src/core/framework/registry";
import { benchmarkFile, peerBenchmark, peerSubmission } from "../helpers/publicBenchmark";
import { cells, filledSurrey, type } from "../helpers/workbooks";

/*
 * A benchmark through the .xlsx adapter (issue 15): `svmi score --benchmark` carries BENCH.json
 * on the lists sheet and draws the Benchmark sheet, and every later score redraws it with the
 * current levels; a suppressed segment shows no numbers and no chart; a benchmark of another
 * framework is refused (and, carried, reported); a bad file stops the run before anything is
 * written. The radar gets the peer median only when no other overlay is there.
 */

const TABLE_ROW = 6;
const FIVE = benchmarkFile(peerBenchmark()); // peers at 0, 1, 2, 2 and 3: the total is shown

/** An in-memory svmi with text files (benchmarks) beside its workbooks. */
function svmi(texts: Record<string, string>, files: Record<string, Uint8Array> = {}) {
  const memory = memoryIo(files);
  memory.io.readText = async (path: string) => {
    if (!(path in texts)) throw new Error(`ENOENT: no such file, open '${path}'`);
    return texts[path];
  };
  return { ...memory, run: (...args: string[]) => runCli(args, memory.io) };
}

const charts = (bytes: Uint8Array) =>
  Object.entries(unzipSync(bytes))
    .filter(([path]) => /^xl\/charts\/chart\d+\.xml$/.test(path))
    .map(([, data]) => strFromU8(data));
const radarOf = (bytes: Uint8Array) => charts(bytes).find((xml) => xml.includes("<c:radarChart>"))!;
const benchmarkRows = (bytes: Uint8Array) =>
  cells(XlsxPackage.open(bytes), SHEET_MARKERS.benchmark);

describe("svmi score --benchmark", () => {
  it("draws the Benchmark sheet with its 100% bars, the file clean by Excel's rules", async () => {
    const cli = svmi({ "bench.json": FIVE }, { "a.xlsx": filledSurrey() });
    expect(await cli.run("score", "a.xlsx", "--benchmark", "bench.json", "--out", "b.xlsx")).toBe(
      0
    );
    const bytes = cli.store.get("b.xlsx")!;
    expectExcelClean(bytes, "scored with a benchmark");
    const rows = benchmarkRows(bytes);
    expect(rows[2].slice(0, 3)).toEqual(["Peers", "All organisations", "n = 5"]);
    // Surrey's Present in theme A is Leader; of the five peers (A at 0, 1, 2, 2, 3) one is there.
    expect(rows[TABLE_ROW + 1].slice(0, 9)).toEqual([
      "Policy & Scope",
      "◆ Leader",
      20,
      20,
      40,
      20,
      0,
      "Mature",
      "Leader: 20% of all organisations (n = 5) are at Leader or above",
    ]);
    const bars = charts(bytes).find((xml) => xml.includes('c:grouping val="percentStacked"'));
    expect(bars).toBeDefined();
    expect(CHART_NAMES.benchmark).toBe(BENCHMARK_CHART_NAME);
    // The lists sheet carries it, from column D of the version row.
    const lists = cells(XlsxPackage.open(bytes), SHEET_MARKERS.lists);
    expect(lists[BENCHMARK_RECORD.row][BENCHMARK_RECORD.column]).toBe(BENCHMARK_RECORD.label);
    expect(lists[1].slice(0, 2)).toEqual(["svmi.version", "1.0"]);
    expect(cli.err).toEqual([]);
  });

  it("redraws the Benchmark sheet with the council's current levels at every later score", async () => {
    const cli = svmi({ "bench.json": FIVE }, { "a.xlsx": filledSurrey() });
    await cli.run("score", "a.xlsx", "--benchmark", "bench.json", "--in-place");
    const before = benchmarkRows(cli.store.get("a.xlsx")!)[TABLE_ROW + 1][1];
    // A1 at its lowest option: theme A drops to Incomplete.
    const lowered = answerInWorkbook(cli.store.get("a.xlsx")!, [
      { question: "A1", field: "present", level: 0 },
    ]);
    const again = scoreAssessmentFile(lowered);
    expectExcelClean(again.bytes, "re-scored");
    const after = benchmarkRows(again.bytes)[TABLE_ROW + 1][1];
    expect([before, after]).toEqual(["◆ Leader", "◆ Incomplete/Non Compliant"]);
  });

  it("puts the peer median on the radar when nothing else is overlaid", async () => {
    const once = scoreAssessmentFile(withBenchmark(filledSurrey(), FIVE, "bench.json"));
    const radar = radarOf(once.bytes);
    expect(radar.match(/<c:ser>/g)).toHaveLength(3);
    expect(radar).toContain("Peer median (n = 5)");
  });

  it("keeps the last cycle's Present on the radar rather than the peer median", () => {
    const snapshotted = withSnapshot(
      scoreAssessmentFile(filledSurrey()).bytes,
      "2024-25",
      "2025-03-31"
    ).bytes;
    const radar = radarOf(scoreAssessmentFile(withBenchmark(snapshotted, FIVE, "b.json")).bytes);
    expect(radar.match(/<c:ser>/g)).toHaveLength(3);
    expect(radar).toContain("Present in 2024-25");
    expect(radar).not.toContain("Peer median");
  });

  it("shows a segment of fewer than k organisations without numbers or chart", async () => {
    const four = benchmarkFile(peerBenchmark("public", [0, 1, 2, 3]));
    const bytes = scoreAssessmentFile(withBenchmark(filledSurrey(), four, "four.json")).bytes;
    expectExcelClean(bytes, "suppressed");
    const rows = benchmarkRows(bytes);
    expect(rows[2]).toEqual([
      "Peers",
      "All organisations",
      "fewer than 5 organisations: no numbers are shown",
    ]);
    const body = rows.slice(TABLE_ROW + 1, TABLE_ROW + 12);
    for (const row of body) {
      // No percentages, no median; the last column says why.
      expect(row.slice(2, 8).filter((v) => v !== null && v !== undefined && v !== "")).toEqual([]);
      expect(row[8]).toBe("fewer than 5 organisations: no numbers are shown");
    }
    expect(charts(bytes).some((xml) => xml.includes("percentStacked"))).toBe(false);
    // Nor a peer median on the radar.
    expect(radarOf(bytes)).not.toContain("Peer median");
  });

  it("takes its chart away when a benchmark with too few organisations replaces one shown", () => {
    const shown = scoreAssessmentFile(withBenchmark(filledSurrey(), FIVE, "five.json")).bytes;
    const four = benchmarkFile(peerBenchmark("public", [0, 1, 2, 3]));
    const bytes = scoreAssessmentFile(withBenchmark(shown, four, "four.json")).bytes;
    expectExcelClean(bytes, "suppressed after shown");
    expect(benchmarkRows(bytes)[2][2]).toBe("fewer than 5 organisations: no numbers are shown");
    expect(charts(bytes).some((xml) => xml.includes("percentStacked"))).toBe(false);
    expect(charts(bytes)).toHaveLength(1); // the radar
  });

  describe("--segment", () => {
    // Five district councils and five county councils (k = 5): every segment is shown.
    const councils = () => {
      const framework = getFramework("public");
      const peers = [0, 1, 2, 2, 3, 1, 2, 3, 3, 4].map((l, i) =>
        peerSubmission(framework, l, {
          type: i < 5 ? "district council" : "county council",
          region: "SE",
        })
      );
      return benchmarkFile(
        aggregate(peers, {
          k: 5,
          by: ["type", "region"],
          framework,
          generatedAt: "2026-12-01T09:00:00Z",
        })
      );
    };

    it("compares with the segment chosen, in the issue's words, and keeps it at every score", async () => {
      const cli = svmi({ "bench.json": councils() }, { "a.xlsx": filledSurrey() });
      const args = ["--benchmark", "bench.json", "--segment", "type=district council"];
      expect(await cli.run("score", "a.xlsx", ...args, "--out", "b.xlsx")).toBe(0);
      const bytes = cli.store.get("b.xlsx")!;
      expectExcelClean(bytes, "scored with a segment");
      const rows = benchmarkRows(bytes);
      expect(rows[2].slice(0, 3)).toEqual(["Peers", "District councils", "n = 5"]);
      // Surrey's A is Leader; of the districts (A at 0, 1, 2, 2, 3) one is there.
      expect(rows[TABLE_ROW + 1][8]).toBe(
        "Leader: 20% of district councils (n = 5) are at Leader or above"
      );
      expect(radarOf(bytes)).toContain("Peer median (n = 5)");
      // A later score, with no --benchmark, compares with the same segment.
      const again = scoreAssessmentFile(bytes).bytes;
      expect(benchmarkRows(again)[2].slice(0, 3)).toEqual(["Peers", "District councils", "n = 5"]);
      // region=SE holds all ten.
      expect(
        await cli.run(
          "score",
          "a.xlsx",
          "--benchmark",
          "bench.json",
          "--segment",
          "region=SE",
          "--out",
          "c.xlsx"
        )
      ).toBe(0);
      expect(benchmarkRows(cli.store.get("c.xlsx")!)[2][2]).toBe("n = 10");
    });

    it.each([
      [
        ["--segment", "type=unitary"],
        "--segment type=unitary: bench.json has no segment type=unitary; its segments are all, type=county council, type=district council, region=SE",
      ],
      [
        ["--segment", "postcode=AB1"],
        "--segment must be all, type=VALUE or region=VALUE (it is 'postcode=AB1')",
      ],
    ])("refuses %j as bad usage listing the segments, writing nothing", async (extra, message) => {
      const cli = svmi({ "bench.json": councils() }, { "a.xlsx": filledSurrey() });
      expect(await cli.run("score", "a.xlsx", "--benchmark", "bench.json", ...extra)).toBe(2);
      expect(cli.err[0]).toBe(`svmi: ${message}`);
      expect([...cli.store.keys()]).toEqual(["a.xlsx"]);
    });

    it("needs --benchmark", async () => {
      const cli = svmi({}, { "a.xlsx": filledSurrey() });
      expect(await cli.run("score", "a.xlsx", "--segment", "all")).toBe(2);
      expect(cli.err[0]).toBe(
        "svmi: --segment chooses a segment of --benchmark BENCH.json: give both"
      );
    });
  });

  it("refuses a benchmark of another framework, naming it, and writes nothing", async () => {
    const business = benchmarkFile(peerBenchmark("business"));
    const cli = svmi({ "biz.json": business }, { "a.xlsx": filledSurrey() });
    expect(await cli.run("score", "a.xlsx", "--benchmark", "biz.json")).toBe(1);
    expect(cli.err).toEqual([
      "svmi: a.xlsx: biz.json: is a benchmark of business 1.0, but this assessment is of public 1.0",
    ]);
    expect([...cli.store.keys()]).toEqual(["a.xlsx"]);
  });

  it("lists a carried benchmark of another framework as a problem; the Benchmark sheet says why, no peers", () => {
    const pkg = XlsxPackage.open(scoreAssessmentFile(filledSurrey()).bytes);
    const business = JSON.stringify(peerBenchmark("business"));
    type(
      pkg,
      SHEET_MARKERS.lists,
      recordCells(BENCHMARK_RECORD.label, business).map((text, i): [number, number, string] => [
        BENCHMARK_RECORD.row,
        BENCHMARK_RECORD.column + i,
        text,
      ])
    );
    const scored = scoreAssessmentFile(pkg.toBytes());
    const message =
      "The benchmark this workbook carries (on its lists sheet) is of business 1.0, but this assessment is of public 1.0, so its peers are not shown: load a benchmark of public 1.0.";
    expect(scored.notices).toContain(message);
    const results = cells(XlsxPackage.open(scored.bytes), SHEET_MARKERS.results);
    expect(results.some((row) => row.includes(message))).toBe(true);
    const sheet = cells(XlsxPackage.open(scored.bytes), SHEET_MARKERS.benchmark).flat();
    expect(sheet).toContain(
      "No benchmark of this assessment's framework is loaded, so there are no peers to compare with."
    );
    expect(sheet).toContain(message);
    expect(sheet.some((c) => /% of /.test(String(c)))).toBe(false);
  });

  it.each([
    ["not JSON", "{", "svmi: bad.json: is not JSON"],
    [
      "a submission, not a benchmark",
      JSON.stringify({ schema: "svmi-submission/1" }),
      'svmi: bad.json: schema is "svmi-submission/1", not "svmi-benchmark/1"; nothing was written',
    ],
  ])(
    "stops at a bad file (%s): one line naming it, exit 2, nothing written",
    async (_, text, line) => {
      const cli = svmi({ "bad.json": text }, { "a.xlsx": filledSurrey() });
      expect(await cli.run("score", "a.xlsx", "--benchmark", "bad.json", "--in-place")).toBe(2);
      expect(cli.err).toHaveLength(1);
      expect(cli.err[0].startsWith(line)).toBe(true);
      expect([...cli.store.keys()]).toEqual(["a.xlsx"]);
      expect(cli.store.get("a.xlsx")).toEqual(filledSurrey());
      expect(cli.out).toEqual([]);
    }
  );
});
