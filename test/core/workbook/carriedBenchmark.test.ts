import type { Benchmark } from "../../../src/core/benchmark/benchmark";
import { FormatError } from "../../../src/core/benchmark/formatError";
import { getFramework } from "../../../src/core/framework/registry";
import { recordCells } from "../../../src/core/workbook/bankCells";
import {
  peerMedianOverlay,
  planLoadBenchmark,
  readCarriedBenchmark,
} from "../../../src/core/workbook/carriedBenchmark";
import { WorkbookError } from "../../../src/core/workbook/errors";
import { BENCHMARK_RECORD } from "../../../src/core/workbook/names";
import type { Grid, WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { benchmarkFile, peerBenchmark } from "../../helpers/publicBenchmark";

/*
 * A benchmark carried on the lists sheet: written from column D of the version row (an older,
 * longer record emptied), read back and checked at every score, refused or reported when it is
 * of another framework or damaged; the radar's peer median comes from its total segment.
 */

const PUBLIC = getFramework("public");
const listsTop = (versionRow: unknown[] = ["svmi.version", "1.0"]): Grid => [
  ["svmi.framework", "public", "Written by the SVMI add-in"],
  versionRow,
  ["svmi.drawn"],
];
const workbook = (top: Grid): WorkbookSnapshot => ({
  sheetNames: ["Questionnaire", "SVMI Lists"],
  markers: new Map(),
  settings: {},
  lists: { sheet: "SVMI Lists", top },
  drawn: {},
});
const withRecord = (benchmark: Benchmark | string): Grid =>
  listsTop([
    "svmi.version",
    "1.0",
    "",
    ...recordCells(
      BENCHMARK_RECORD.label,
      typeof benchmark === "string" ? benchmark : JSON.stringify(benchmark)
    ),
  ]);

describe("planLoadBenchmark", () => {
  it("writes the label and the benchmark, as read, from column D of the version row", () => {
    const benchmark = peerBenchmark();
    const { cells } = planLoadBenchmark(workbook(listsTop()), benchmarkFile(benchmark), "b.json");
    expect(cells).toEqual({
      sheet: "SVMI Lists",
      row: 1,
      column: 3,
      values: ["svmi.benchmark", JSON.stringify(benchmark)],
    });
  });

  it("empties the cells of a longer record from before", () => {
    const old = listsTop(["svmi.version", "1.0", "", "svmi.benchmark", "{...", "...}", "x"]);
    const { cells } = planLoadBenchmark(workbook(old), benchmarkFile(peerBenchmark()), "b.json");
    expect(cells.values.slice(1)).toEqual([JSON.stringify(peerBenchmark()), "", ""]);
  });

  it("refuses a bad file and one of another framework, naming the file", () => {
    expect(() => planLoadBenchmark(workbook(listsTop()), "[]", "b.json")).toThrow(
      new FormatError("b.json", "is not a JSON object")
    );
    const business = benchmarkFile(peerBenchmark("business"));
    expect(() => planLoadBenchmark(workbook(listsTop()), business, "biz.json")).toThrow(
      new WorkbookError(
        "biz.json: is a benchmark of business 1.0, but this assessment is of public 1.0"
      )
    );
  });
});

describe("readCarriedBenchmark", () => {
  it("reads back what planLoadBenchmark wrote", () => {
    const benchmark = peerBenchmark();
    expect(readCarriedBenchmark(PUBLIC, withRecord(benchmark))).toEqual({
      benchmark,
      problems: [],
    });
    expect(readCarriedBenchmark(PUBLIC, listsTop())).toEqual({ problems: [] });
  });

  it("reports a damaged one, and draws nothing from it", () => {
    const { benchmark, problems } = readCarriedBenchmark(PUBLIC, withRecord('{"schema": 1}'));
    expect(benchmark).toBeUndefined();
    expect(problems).toEqual([
      {
        message:
          'The benchmark this workbook carries (on its lists sheet) is damaged (schema is 1, not "svmi-benchmark/1"), so no Benchmark sheet was drawn: load the benchmark file again.',
      },
    ]);
  });
});

describe("peerMedianOverlay", () => {
  it("is the total segment's median Present per theme, named with its n", () => {
    const overlay = peerMedianOverlay(PUBLIC, peerBenchmark())!;
    expect(overlay.name).toBe("Peer median (n = 5)");
    expect(overlay.values).toHaveLength(PUBLIC.themes.length);
    expect(overlay.values.every((v) => v !== null)).toBe(true);
  });

  it("is none for a suppressed total", () => {
    expect(peerMedianOverlay(PUBLIC, peerBenchmark("public", [1, 2, 3]))).toBeUndefined();
  });
});
