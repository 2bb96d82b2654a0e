import type { Benchmark } from "../../../src/core/benchmark/benchmark";
import { FormatError } from "../../../src/core/benchmark/formatError";
import { getFramework } from "../../../src/core/framework/registry";
import { recordCells } from "../../../src/core/workbook/bankCells";
import { aggregate } from "../../../src/core/benchmark/aggregate";
import {
  benchmarkSummary,
  peerMedianOverlay,
  readCarriedBenchmark,
} from "../../../src/core/workbook/carriedBenchmark";
import {
  planBenchmarkSegment,
  planLoadBenchmark,
} from "../../../src/core/workbook/planLoadBenchmark";
import { WorkbookError } from "../../../src/core/workbook/errors";
import { BENCHMARK_RECORD } from "../../../src/core/workbook/names";
import type { Grid, WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { benchmarkFile, peerBenchmark, peerSubmission } from "../../helpers/publicBenchmark";

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
      segment: {},
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
          'The benchmark this workbook carries (on its lists sheet) is damaged (schema is 1, not "svmi-benchmark/1"), so its peers are not shown: load the benchmark file again.',
      },
    ]);
  });
});

describe("the segment compared with", () => {
  // Peers of two types (k = 3): 3 district and 3 county councils, every segment shown.
  const typed = () => {
    const framework = PUBLIC;
    const peers = [0, 1, 2, 2, 3, 4].map((l, i) =>
      peerSubmission(framework, l, {
        type: i < 3 ? "district council" : "county council",
        region: "SE",
      })
    );
    return aggregate(peers, { k: 3, by: ["type"], framework, generatedAt: "2026-12-01T09:00:00Z" });
  };
  const rowOf = (cells: { values: string[] }) =>
    listsTop(["svmi.version", "1.0", "", ...cells.values]);

  it("is carried after the benchmark, past an empty cell, and read back", () => {
    const benchmark = typed();
    const { cells } = planLoadBenchmark(workbook(listsTop()), benchmarkFile(benchmark), "b.json", {
      type: "district council",
    });
    expect(cells.values).toEqual([
      "svmi.benchmark",
      JSON.stringify(benchmark),
      "",
      "svmi.benchmark.segment",
      '{"type":"district council"}',
    ]);
    expect(readCarriedBenchmark(PUBLIC, rowOf(cells))).toEqual({
      benchmark,
      segment: { type: "district council" },
      problems: [],
    });
  });

  it("is everyone when none is carried: a record written before it existed reads as before", () => {
    const { cells } = planLoadBenchmark(workbook(listsTop()), benchmarkFile(typed()), "b.json");
    expect(cells.values).toHaveLength(2);
    expect(readCarriedBenchmark(PUBLIC, rowOf(cells)).segment).toEqual({});
  });

  it("is chosen again in a workbook that carries the benchmark, emptying a longer record", () => {
    const benchmark = typed();
    const { cells } = planLoadBenchmark(workbook(listsTop()), benchmarkFile(benchmark), "b.json", {
      type: "county council",
    });
    const carried = workbook(rowOf(cells));
    const all = planBenchmarkSegment(carried, {});
    expect(all.values).toEqual(["svmi.benchmark", JSON.stringify(benchmark), "", "", ""]);
    const district = planBenchmarkSegment(carried, { type: "district council" });
    expect(readCarriedBenchmark(PUBLIC, rowOf(district)).segment).toEqual({
      type: "district council",
    });
  });

  it("refuses a segment the benchmark lacks, listing those it has", () => {
    expect(() =>
      planLoadBenchmark(workbook(listsTop()), benchmarkFile(typed()), "b.json", { region: "NW" })
    ).toThrow(
      new WorkbookError(
        "b.json: has no segment region=NW; its segments are all, type=county council, type=district council"
      )
    );
    expect(() => planBenchmarkSegment(workbook(listsTop()), {})).toThrow(
      "This workbook carries no benchmark: load one first."
    );
  });

  it("falls back to everyone, and says so, when the carried one is damaged or missing", () => {
    const record = (segment: string) =>
      listsTop([
        "svmi.version",
        "1.0",
        "",
        ...recordCells(BENCHMARK_RECORD.label, JSON.stringify(typed())),
        "",
        "svmi.benchmark.segment",
        segment,
      ]);
    const damaged = readCarriedBenchmark(PUBLIC, record("type=district"));
    expect(damaged.segment).toEqual({});
    expect(damaged.problems[0].message).toBe(
      "The segment this workbook's benchmark compares with is damaged (type=district), so it compares with all organisations: choose again."
    );
    const gone = readCarriedBenchmark(PUBLIC, record('{"region":"NW"}'));
    expect(gone.segment).toEqual({});
    expect(gone.problems[0].message).toMatch(
      /carries \(on its lists sheet\) has no segment region=NW; its segments are all, .*, so it compares with all organisations: choose again\.$/
    );
  });

  it("tells the pane every segment, and which is shown", () => {
    const summary = benchmarkSummary(typed(), { type: "county council" });
    expect(summary).toMatchObject({ n: 3, k: 3, suppressed: false });
    expect(summary.segment).toEqual({
      key: { type: "county council" },
      label: "type=county council",
      name: "county councils",
      n: 3,
      suppressed: false,
    });
    expect(summary.segments.map((s) => [s.label, s.n])).toEqual([
      ["all", 6],
      ["type=county council", 3],
      ["type=district council", 3],
    ]);
  });

  it("gives the radar that segment's median", () => {
    const overlay = peerMedianOverlay(PUBLIC, typed(), { type: "county council" })!;
    expect(overlay.name).toBe("Peer median (n = 3)");
    // County councils at 2, 3, 4: the median is 3 in every theme.
    expect(new Set(overlay.values)).toEqual(new Set([3]));
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

  it("has no median for a theme too few peers have a level in", () => {
    // Five peers; theme A's answers blanked in four of them.
    const peers = [0, 1, 2, 2, 3].map((l, i) => {
      const s = peerSubmission(PUBLIC, l);
      if (i === 0) return s;
      const a = new Set(PUBLIC.themes[0].questions.map((q) => q.id));
      const questions = s.questions.map((q) => (a.has(q.id) ? { ...q, present: null } : q));
      const themes = s.themes.map((t, j) => (j === 0 ? { ...t, present: null } : t));
      return { ...s, questions, themes, overall: { ...s.overall, present: null } };
    });
    const benchmark = aggregate(peers, { framework: PUBLIC });
    const overlay = peerMedianOverlay(PUBLIC, benchmark)!;
    expect(overlay.values[0]).toBeNull();
    expect(overlay.values.slice(1).every((v) => v !== null)).toBe(true);
  });
});
