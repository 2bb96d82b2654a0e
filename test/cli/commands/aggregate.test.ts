import { runCli } from "../../../src/cli/commands";
import { readBenchmark } from "../../../src/core/benchmark/readBenchmark";
import { buildSubmission } from "../../../src/core/benchmark/submission";
import type { Level } from "../../../src/core/framework/levels";
import { getFramework } from "../../../src/core/framework/registry";
import type { Framework } from "../../../src/core/framework/types";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { memoryIo } from "../../helpers/memoryIo";

/*
 * svmi aggregate: submissions into a benchmark (and CSV); each bad file named on one line and
 * left out, the rest aggregated, exit 1; k 5 unless given, never below 3 (exit 2).
 */

const PUBLIC = getFramework("public");
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A submission with every question at `level` (or its nearest option), as JSON bytes. */
function submission(
  level: Level,
  org: { type?: string; region?: string; name?: string } = {},
  framework: Framework = PUBLIC
): Uint8Array {
  const answers = framework.themes.flatMap((t) =>
    t.questions.map((q) => {
      const option = [...q.options].sort(
        (a, b) => Math.abs(a.level - level) - Math.abs(b.level - level)
      )[0];
      return { question: q.id, present: option.text, future: option.text };
    })
  );
  const result = scoreAssessment(framework, { organisation: org.name ?? "", answers });
  const sub = buildSubmission(framework, result, {
    period: "2026",
    submittedAt: "2026-11-22T10:30:00Z",
    org: { type: org.type ?? "district", region: org.region ?? "SE" },
    mode: "self",
    named: org.name !== undefined,
  });
  return encode(JSON.stringify(sub));
}

/** n submissions of distinct organisations (their levels differ, or their regions). */
function submissions(n: number, org: { type?: string } = {}): Record<string, Uint8Array> {
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `${org.type ?? "sub"}-${i + 1}.json`,
      submission(i % 5, { ...org, region: `R${Math.floor(i / 5)}` }),
    ])
  );
}

async function aggregateOf(args: string[], files: Record<string, Uint8Array>) {
  const memory = memoryIo(files);
  const names = Object.keys(files);
  const code = await runCli(["aggregate", ...names, ...args], memory.io);
  const json = memory.store.get("bench.json");
  return { code, ...memory, benchmark: json && JSON.parse(decode(json)) };
}

describe("svmi aggregate", () => {
  it("names each bad file on one line, leaves it out and aggregates the rest (exit 1)", async () => {
    const good = submissions(6);
    const refused = JSON.parse(decode(good["sub-1.json"]));
    refused.consent.aggregate = false;
    const edited = JSON.parse(decode(good["sub-2.json"]));
    edited.themes[0].present = 4;
    const files = {
      ...good,
      "notjson.json": encode("{ oops"),
      "refused.json": encode(JSON.stringify(refused)),
      "edited.json": encode(JSON.stringify(edited)),
    };
    const { code, err, out, benchmark } = await aggregateOf(["--out", "bench.json"], files);
    expect(code).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(/^svmi: notjson\.json: is not JSON \(.*\); left out$/),
      "svmi: refused.json: the organisation refused aggregation (consent.aggregate is false); left out",
      // sub-2 has every question at Follower (1).
      "svmi: edited.json: theme A present is 4, but its question levels make it 1; left out",
      "svmi: aggregated 6 of 9 files; 3 left out",
    ]);
    expect(benchmark.segments[0]).toMatchObject({ key: {}, n: 6, suppressed: false });
    expect(out.join("\n")).toBe(
      // One segment, in the singular.
      "Benchmark of 6 organisations (k = 5): 1 segment, 0 suppressed.\nWritten: bench.json"
    );
  });

  it("writes a benchmark that reads back, and the CSV with a byte-order mark", async () => {
    const { code, store } = await aggregateOf(
      ["--out", "bench.json", "--csv", "bench.csv"],
      submissions(5)
    );
    expect(code).toBe(0);
    expect(() => readBenchmark(decode(store.get("bench.json")!), "bench.json")).not.toThrow();
    const bytes = store.get("bench.csv")!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = decode(bytes);
    expect(csv.startsWith("segment,n,theme,field,")).toBe(true);
    expect(csv.split("\r\n")[1]).toMatch(/^all,5,A,present,/);
  });

  it("uses k = 5 when --k is not given", async () => {
    const four = await aggregateOf(["--out", "bench.json"], submissions(4));
    expect(four.benchmark.k).toBe(5);
    expect(four.benchmark.segments[0]).toEqual({ key: {}, n: 4, suppressed: true });
    const five = await aggregateOf(["--out", "bench.json"], submissions(5));
    expect(five.benchmark.segments[0].suppressed).toBe(false);
  });

  it("takes --k 3 and refuses --k below 3 or not a whole number as bad usage (exit 2)", async () => {
    const three = await aggregateOf(["--out", "bench.json", "--k", "3"], submissions(3));
    expect(three.benchmark.segments[0]).toMatchObject({ n: 3, suppressed: false });
    for (const k of ["2", "0", "2.5", "five"]) {
      const { code, err, benchmark } = await aggregateOf(
        ["--out", "bench.json", "--k", k],
        submissions(3)
      );
      expect([code, benchmark]).toEqual([2, undefined]);
      expect(err).toEqual([
        "svmi: --k must be a whole number of at least 3 (a smaller segment would single organisations out)",
      ]);
    }
  });

  it("splits by each --by given, in order, suppressing the small and the subtractable", async () => {
    const files = {
      ...submissions(7, { type: "district" }),
      ...submissions(2, { type: "county" }),
    };
    const { code, benchmark, out } = await aggregateOf(
      ["--out", "bench.json", "--by", "type", "--by", "region"],
      files
    );
    expect(code).toBe(0);
    expect(out.join("\n")).toMatch(
      /^Benchmark of 9 organisations \(k = 5\): 5 segments, 4 suppressed\.\n/
    );
    expect(
      benchmark.segments.map((s: { key: object; n: number; suppressed: boolean }) => [
        s.key,
        s.n,
        s.suppressed,
      ])
    ).toEqual([
      [{}, 9, false],
      [{ type: "county" }, 2, true],
      // 9 - 7 would give the counties.
      [{ type: "district" }, 7, true],
      // R1 (2 districts) is below k, and 9 - R0 would give it.
      [{ region: "R0" }, 7, true],
      [{ region: "R1" }, 2, true],
    ]);
  });

  it("leaves out the same organisation sent twice, and a file of another framework", async () => {
    const files = {
      ...submissions(5),
      "again.json": submissions(1)["sub-1.json"],
      "named.json": submission(3, { name: "Anytown" }),
      "named-again.json": submission(1, { name: "ANYTOWN" }),
      "business.json": submission(2, {}, getFramework("business")),
    };
    const { code, err, benchmark } = await aggregateOf(["--out", "bench.json"], files);
    expect(code).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(
        /^svmi: business\.json: it answers business .*, the others public .*; left out$/
      ),
      "svmi: again.json: has the same period, organisation type and region, and levels in every question as sub-1.json: one organisation per file; left out",
      "svmi: named-again.json: names the same organisation (ANYTOWN) as named.json: one organisation per file; left out",
      "svmi: aggregated 6 of 9 files; 3 left out",
    ]);
    expect(benchmark.segments[0].n).toBe(6);
  });

  it("writes nothing when no file can be used", async () => {
    const { code, err, store } = await aggregateOf(["--out", "bench.json"], {
      "a.json": encode("[]"),
    });
    expect(code).toBe(1);
    expect(err).toEqual([
      "svmi: a.json: is not a JSON object; left out",
      "svmi: no submission could be used; nothing written",
    ]);
    expect(store.has("bench.json")).toBe(false);
  });

  it("names a file that does not exist", async () => {
    const memory = memoryIo(submissions(5));
    const code = await runCli(
      ["aggregate", ...Object.keys(submissions(5)), "gone.json", "--out", "bench.json"],
      memory.io
    );
    expect(code).toBe(1);
    expect(memory.err[0]).toBe("svmi: gone.json: does not exist; left out");
  });

  it.each([
    [["--out", "bench.json", "--by", "postcode"], "--by postcode: choose type or region"],
    [["--out", "bench.xlsx"], "--out must name a .json file"],
    [["--out", "bench.json", "--csv", "bench.txt"], "--csv must name a .csv file"],
    [[], "aggregate needs --out BENCH.json"],
  ])("refuses %j as bad usage", async (args, message) => {
    const { code, err } = await aggregateOf(args, submissions(1));
    expect([code, err]).toEqual([2, [`svmi: ${message}`]]);
  });
});
