/**
 * Benchmark: `svmi aggregate` of 10,000 organisations' submissions (goal: at most 2 s on a 2-core
 * machine), and the aggregation alone in memory. Prints figures (time, heap and resident memory);
 * asserts nothing. Run with `npm run bench`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, type CliIo } from "../src/cli/commands";
import { nodeIo } from "../src/cli/io";
import { aggregate } from "../src/core/benchmark/aggregate";
import { buildSubmission, type Submission } from "../src/core/benchmark/submission";
import { getFramework } from "../src/core/framework/registry";
import { scoreAssessment } from "../src/core/scoring/scoreAssessment";
import { seededRandom } from "../test/helpers/seededRandom";

const ORGANISATIONS = 10_000;
const TYPES = ["county", "district", "unitary", "metropolitan", "london borough"];
const REGIONS = ["NE", "NW", "YH", "EM", "WM", "EE", "LN", "SE", "SW"];
const framework = getFramework("public");
const random = seededRandom(15);

// Each organisation answers every question: Present at random, Future at or above it.
const submissions: Submission[] = [];
for (let i = 0; i < ORGANISATIONS; i++) {
  const answers = framework.themes.flatMap((t) =>
    t.questions.map((q) => {
      const present = random.int(0, q.options.length - 1);
      const future = random.int(present, q.options.length - 1);
      return { question: q.id, present: q.options[present].text, future: q.options[future].text };
    })
  );
  const result = scoreAssessment(framework, { answers });
  submissions.push(
    buildSubmission(framework, result, {
      period: "2026",
      submittedAt: "2026-11-22T10:30:00Z",
      org: { type: random.pick(TYPES), region: random.pick(REGIONS) },
      mode: "self",
      named: false,
    })
  );
}
const dir = mkdtempSync(join(tmpdir(), "svmi-bench-aggregate-"));
const files = submissions.map((s, i) => {
  const path = join(dir, `sub-${i + 1}.json`);
  writeFileSync(path, JSON.stringify(s, null, 2));
  return path;
});
const quiet: CliIo = { ...nodeIo, out: () => {}, err: () => {} };
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function main() {
  // The generated submissions are held for the in-memory run; the difference is the command's.
  const baseline = process.memoryUsage().heapUsed;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const code = await runCli(
      [
        "aggregate",
        ...files,
        "--out",
        join(dir, "bench.json"),
        "--csv",
        join(dir, "bench.csv"),
        "--by",
        "type",
        "--by",
        "region",
      ],
      quiet
    );
    runs.push(performance.now() - started);
    if (code !== 0) throw new Error(`aggregate exited ${code}`);
  }
  runs.sort((a, b) => a - b);
  const memory = process.memoryUsage();
  console.log(
    `svmi aggregate of ${ORGANISATIONS} submissions (read, checked, de-duplicated, aggregated by type and region, JSON and CSV written): median ${(runs[1] / 1000).toFixed(2)} s (best ${(runs[0] / 1000).toFixed(2)} s, 3 runs; goal <= 2 s); heap used ${mb(memory.heapUsed)} (${mb(baseline)} before the runs), rss ${mb(memory.rss)}`
  );
  const started = performance.now();
  const benchmark = aggregate(submissions, { by: ["type", "region"] });
  const core = performance.now() - started;
  console.log(
    `aggregate() alone, in memory: ${core.toFixed(0)} ms for ${benchmark.segments.length} segments`
  );
  rmSync(dir, { recursive: true, force: true });
}
void main();
