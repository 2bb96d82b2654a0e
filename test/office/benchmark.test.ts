import { readSubmission } from "../../src/core/benchmark/readSubmission";
import { getFramework } from "../../src/core/framework/registry";
import { SUBMISSION_JSON_ROW } from "../../src/core/workbook/layouts/submission";
import { aggregate } from "../../src/core/benchmark/aggregate";
import { benchmarkFile, peerBenchmark, peerSubmission } from "../helpers/publicBenchmark";
import { surreyOnFakeHost } from "../helpers/surreyOnFakeHost";

/*
 * Benchmarks in the add-in (issue 15), on the fake host: a benchmark file loaded onto the lists
 * sheet in one write, the next score drawing the Benchmark sheet and its 100% bars (and a re-score
 * then taking no more syncs than one without it), the radar's peer median, a suppressed segment
 * with no numbers or chart, a file of another framework refused; and the submission for the
 * national survey built from the current score and written as a sheet the user saves.
 */
const framework = getFramework("public");
const FIVE = benchmarkFile(peerBenchmark());
const TABLE_ROW = 6;

const setup = surreyOnFakeHost;

describe("loadBenchmark", () => {
  it("carries the benchmark; the next score draws the Benchmark sheet, then re-scores in the usual syncs", async () => {
    const { book, api, syncsOf } = await setup();
    const plain = await syncsOf(() => api.rescore());
    const loaded = await syncsOf(() => api.loadBenchmark(FIVE, "bench.json"));
    const all = { key: {}, label: "all", name: "all organisations", n: 5, suppressed: false };
    expect(loaded.result).toEqual({
      n: 5,
      k: 5,
      generatedAt: "2026-12-01T09:00:00Z",
      suppressed: false,
      segment: all,
      segments: [all],
    });
    expect(loaded.syncs).toBeLessThanOrEqual(3); // the read (what exists, the data), the write
    expect(book.sheet("SVMI Lists").values[1][3]).toBe("svmi.benchmark");
    const first = await api.rescore(); // draws Benchmark and its chart (a first drawing)
    expect(first.benchmark?.n).toBe(5);
    expect(book.names.SVMI_Benchmark).toBe("=Benchmark!$A$1");
    const sheet = book.sheet("Benchmark");
    expect(sheet.values[2].slice(0, 3)).toEqual(["Peers", "All organisations", "n = 5"]);
    expect(sheet.values[TABLE_ROW + 1].slice(0, 2)).toEqual(["Policy & Scope", "◆ Leader"]);
    expect(sheet.charts.map((c) => [c.name, c.type])).toEqual([
      ["SVMI_BenchmarkBars", "BarStacked100"],
    ]);
    const again = await syncsOf(() => api.rescore());
    expect(again.syncs).toBe(plain.syncs);
    // The radar overlays the peers' median (nothing else is there).
    const radar = book.sheet("Results").charts[0];
    expect(radar.series.map((s) => s.name)).toEqual(["Present", "Future", "Peer median (n = 5)"]);
  });

  it("redraws with the current levels after an answer changes", async () => {
    const { book, api } = await setup();
    await api.loadBenchmark(FIVE, "bench.json");
    const outcome = await api.rescore();
    const a1 = outcome.questionnaire.answerCell("A1", "present")!;
    const lowest = framework.question("A1")!.options[0].text;
    await api.answer("Questionnaire", a1, lowest, "A1:A1", { select: false });
    await api.rescore();
    expect(book.sheet("Benchmark").values[TABLE_ROW + 1][1]).toBe("◆ Incomplete/Non Compliant");
  });

  it("shows a segment of fewer than k organisations without numbers or chart", async () => {
    const { book, api } = await setup();
    await api.loadBenchmark(benchmarkFile(peerBenchmark("public", [0, 1, 2, 3])), "four.json");
    await api.rescore();
    const sheet = book.sheet("Benchmark");
    expect(sheet.values[2][2]).toBe("fewer than 5 organisations: no numbers are shown");
    for (const row of sheet.values.slice(TABLE_ROW + 1, TABLE_ROW + 12)) {
      expect(row.slice(2, 8).every((v) => v === "" || v === null)).toBe(true);
      expect(row[8]).toBe("fewer than 5 organisations: no numbers are shown");
    }
    expect(sheet.charts).toEqual([]);
  });

  it("takes the chart away when a benchmark with too few organisations replaces one shown", async () => {
    const { book, api } = await setup();
    await api.loadBenchmark(FIVE, "bench.json");
    await api.rescore();
    expect(book.sheet("Benchmark").charts).toHaveLength(1);
    await api.loadBenchmark(benchmarkFile(peerBenchmark("public", [0, 1, 2, 3])), "four.json");
    await api.rescore();
    const sheet = book.sheet("Benchmark");
    expect(sheet.values[2][2]).toBe("fewer than 5 organisations: no numbers are shown");
    expect(sheet.charts).toEqual([]);
  });

  it("refuses a file of another framework, and a bad one, naming each, with nothing written", async () => {
    const { book, api } = await setup();
    const before = book.sheet("SVMI Lists").values;
    await expect(
      api.loadBenchmark(benchmarkFile(peerBenchmark("business")), "biz.json")
    ).rejects.toThrow(
      "biz.json: is a benchmark of business 1.0, but this assessment is of public 1.0"
    );
    await expect(api.loadBenchmark("{", "bad.json")).rejects.toThrow(/^bad\.json: is not JSON/);
    expect(book.sheet("SVMI Lists").values).toEqual(before);
    expect(book.sheetNames).not.toContain("Benchmark");
  });
});

describe("chooseBenchmarkSegment", () => {
  // Five district councils and five county councils, k = 5: every segment is shown.
  const BY_TYPE = benchmarkFile({
    ...peerBenchmark("public", [0, 1, 2, 2, 3, 1, 2, 3, 3, 4], { by: ["type"] }),
  });
  const councils = () => {
    const framework = getFramework("public");
    const peers = [0, 1, 2, 2, 3, 1, 2, 3, 3, 4].map((l, i) =>
      peerSubmission(framework, l, {
        type: i < 5 ? "district council" : "county council",
        region: "SE",
      })
    );
    return benchmarkFile(
      aggregate(peers, { k: 5, by: ["type"], framework, generatedAt: "2026-12-01T09:00:00Z" })
    );
  };

  it("compares with the segment chosen, in one read and one write, and back with everyone", async () => {
    const { book, api, syncsOf } = await setup();
    await api.loadBenchmark(councils(), "bench.json");
    const first = await api.rescore();
    expect(first.benchmark!.segments.map((s) => s.label)).toEqual([
      "all",
      "type=county council",
      "type=district council",
    ]);
    const chosen = await syncsOf(() => api.chooseBenchmarkSegment({ type: "district council" }));
    expect(chosen.syncs).toBeLessThanOrEqual(3);
    const outcome = await api.rescore();
    expect(outcome.benchmark!.segment.label).toBe("type=district council");
    expect(outcome.benchmark!.n).toBe(5);
    const sheet = book.sheet("Benchmark");
    expect(sheet.values[2].slice(0, 3)).toEqual(["Peers", "District councils", "n = 5"]);
    expect(String(sheet.values[TABLE_ROW + 1][8])).toMatch(/ of district councils \(n = 5\) /);
    // The radar's data block names the series: the chart, drawn over it, reads it from there.
    expect(book.sheet("Results").values.flat()).toContain("Peer median (n = 5)");
    await api.chooseBenchmarkSegment({});
    await api.rescore();
    expect(book.sheet("Benchmark").values[2].slice(0, 3)).toEqual([
      "Peers",
      "All organisations",
      "n = 10",
    ]);
  });

  it("refuses a segment the benchmark lacks, and a workbook with no benchmark", async () => {
    const { api } = await setup();
    await expect(api.chooseBenchmarkSegment({ region: "NW" })).rejects.toThrow(
      "This workbook carries no benchmark: load one first."
    );
    await api.loadBenchmark(BY_TYPE, "bench.json");
    await expect(api.chooseBenchmarkSegment({ region: "NW" })).rejects.toThrow(
      "The benchmark this workbook carries has no segment region=NW; its segments are all, type=district"
    );
  });
});

describe("exportSubmission and writeSubmissionSheet", () => {
  const choices = {
    period: "2026",
    org: { type: "county council", region: "SE" },
    mode: "self" as const,
    named: false,
  };

  it("builds the submission of the current score, anonymous unless named", async () => {
    const { api } = await setup();
    const submission = await api.exportSubmission(choices);
    expect(submission.org).toEqual({ type: "county council", region: "SE" });
    expect(submission.consent).toEqual({ aggregate: true, named: false });
    expect(submission.questions).toHaveLength(framework.questionCount);
    expect(submission.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const named = await api.exportSubmission({ ...choices, named: true });
    expect(named.org.name).toBe("Surrey County Council");
    await expect(api.exportSubmission({ ...choices, period: " " })).rejects.toThrow(
      "The survey period must be a non-empty text."
    );
  });

  it("writes it as a new sheet whose JSON cell reads back as the same submission", async () => {
    const { book, api, syncsOf } = await setup();
    const submission = await api.exportSubmission(choices);
    const { result: name, syncs } = await syncsOf(() => api.writeSubmissionSheet(submission));
    expect([name, syncs]).toEqual(["Survey submission", 2]);
    const values = book.sheet(name).values;
    const text = values[SUBMISSION_JSON_ROW].slice(1).join("");
    expect(readSubmission(text, "sheet")).toEqual(submission);
    expect(values).toContainEqual(["Organisation name", "not included (anonymous)", ""]);
    // A second export never replaces the first.
    expect(await api.writeSubmissionSheet(submission)).toBe("Survey submission (SVMI 2)");
    expect(book.sheetNames).toContain("Survey submission");
  });

  it("writes no sheet of an assessment with no theme scored", async () => {
    const { book, api } = await setup();
    const submission = await api.exportSubmission(choices);
    const blank = {
      ...submission,
      themes: submission.themes.map((t) => ({ ...t, present: null })),
    };
    await expect(api.writeSubmissionSheet(blank)).rejects.toThrow(
      "No theme is scored yet, so there is nothing to send."
    );
    expect(book.sheetNames).not.toContain("Survey submission");
  });
});
