import { aggregate } from "../../src/core/benchmark/aggregate";
import type { Benchmark, OrgField } from "../../src/core/benchmark/benchmark";
import { buildSubmission, type Submission } from "../../src/core/benchmark/submission";
import { getFramework } from "../../src/core/framework/registry";
import type { Framework } from "../../src/core/framework/types";
import { scoreAssessment } from "../../src/core/scoring/scoreAssessment";

/**
 * Benchmarks of the built-in frameworks for the workbook tests, made as svmi aggregate makes
 * them: each peer answers every question at the option nearest a level (Present) and two above
 * it (Future), is scored, exported and aggregated.
 */

/** A peer's submission: every question at the option nearest `level` (and `level + 2`). */
export function peerSubmission(
  framework: Framework,
  level: number,
  org: { type: string; region: string } = { type: "district", region: "SE" }
): Submission {
  const nearest = (options: readonly { level: number; text: string }[], wanted: number) =>
    options.reduce((best, o) =>
      Math.abs(o.level - wanted) < Math.abs(best.level - wanted) ? o : best
    ).text;
  const answers = framework.themes.flatMap((t) =>
    t.questions.map((q) => ({
      question: q.id,
      present: nearest(q.options, level),
      future: nearest(q.options, level + 2),
    }))
  );
  const result = scoreAssessment(framework, { organisation: "", answers });
  return buildSubmission(framework, result, {
    period: "2026",
    submittedAt: "2026-11-22T10:30:00Z",
    org,
    mode: "self",
    named: false,
  });
}

/** Peers at these levels (five by default, k = 5: the total is shown). */
export function peerBenchmark(
  frameworkId = "public",
  levels: readonly number[] = [0, 1, 2, 2, 3],
  { k = 5, by = [] as OrgField[] } = {}
): Benchmark {
  const framework = getFramework(frameworkId);
  return aggregate(
    levels.map((l) => peerSubmission(framework, l)),
    { k, by, framework, generatedAt: "2026-12-01T09:00:00Z" }
  );
}

/** As a BENCH.json file holds it. */
export function benchmarkFile(benchmark: Benchmark): string {
  return `${JSON.stringify(benchmark, null, 2)}\n`;
}
