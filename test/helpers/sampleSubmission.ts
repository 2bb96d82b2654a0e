import { buildSubmission, type Submission } from "../../src/core/benchmark/submission";
import { getFramework } from "../../src/core/framework/registry";
import { scoreAssessment } from "../../src/core/scoring/scoreAssessment";

/** A submission of an unanswered public SVMI assessment, for API stubs that must return one. */
export function sampleSubmission(): Submission {
  const framework = getFramework("public");
  return buildSubmission(framework, scoreAssessment(framework, { organisation: "", answers: [] }), {
    period: "2026",
    submittedAt: "2026-11-22T10:30:00Z",
    org: { type: "district council", region: "SE" },
    mode: "self",
    named: false,
  });
}
