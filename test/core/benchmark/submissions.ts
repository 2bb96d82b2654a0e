import { buildSubmission, type Submission } from "../../../src/core/benchmark/submission";
import type { Level } from "../../../src/core/framework/levels";
import type { Framework } from "../../../src/core/framework/types";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { ladder, tinyFramework } from "../../helpers/tinyFramework";

/**
 * Submissions for the benchmark tests, made as svmi export makes them: answers scored by
 * scoreAssessment, then buildSubmission. The tiny framework: theme A (A1, A2, each from level 0
 * to 4), theme B (B1, from level 1 to 3: it has no option at 0, and at its top option of 3 it
 * meets theme B in full, so B scores 4 there).
 */
export const TINY = tinyFramework({
  A: [ladder("A1", 0, 4), ladder("A2", 0, 4)],
  B: [ladder("B1", 1, 3)],
});

export const tinyLookup = (id: string): Framework | undefined =>
  id === TINY.id ? TINY : undefined;

/** Per question, [present, future]; a level is the option "L<level>", null leaves it blank. */
export type Levels = Record<string, [Level | null, Level | null]>;

export function tinySubmission(
  levels: Levels,
  org: { type?: string; region?: string; name?: string } = {},
  framework: Framework = TINY
): Submission {
  const text = (l: Level | null) => (l === null ? null : `L${l}`);
  const result = scoreAssessment(framework, {
    organisation: org.name ?? "",
    answers: Object.entries(levels).map(([question, [present, future]]) => ({
      question,
      present: text(present),
      future: text(future),
    })),
  });
  return buildSubmission(framework, result, {
    period: "2026",
    submittedAt: "2026-11-22T10:30:00Z",
    org: { type: org.type ?? "district", region: org.region ?? "SE" },
    mode: "self",
    named: org.name !== undefined,
  });
}

/** Every question at the same present and future levels (B1 at the nearest it has). */
export function even(present: Level | null, future: Level | null): Levels {
  const b = (l: Level | null) => (l === null ? null : Math.min(3, Math.max(1, l)));
  return { A1: [present, future], A2: [present, future], B1: [b(present), b(future)] };
}
