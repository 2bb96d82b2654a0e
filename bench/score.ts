/**
 * Benchmark: full public-sector assessments scored per second on one core (goal: 100,000/s).
 * Prints figures; asserts nothing. Run with `npm run bench`.
 */
import type { AssessmentInput } from "../src/core/scoring/types";
import { exampleAssessment, WORKED_EXAMPLES } from "../src/core/examples/workedExamples";
import { getFramework } from "../src/core/framework/registry";
import { scoreAssessment } from "../src/core/scoring/scoreAssessment";

const framework = getFramework("public");
const exact = WORKED_EXAMPLES.map((example) => exampleAssessment(framework, example));
// Answers typed by hand rather than picked from the dropdown: every one takes the normalising path.
const typed: AssessmentInput[] = exact.map((input) => ({
  ...input,
  answers: input.answers.map((a) => ({
    ...a,
    present: ` ${a.present?.toUpperCase()} `,
    future: a.future?.replace(/'/g, "\u2019") + "  ",
  })),
}));

function rate(label: string, inputs: AssessmentInput[], seconds = 2): void {
  let sink = 0;
  for (let i = 0; i < 20_000; i++)
    sink += scoreAssessment(framework, inputs[i % inputs.length]).actions.length; // warm up
  let count = 0;
  const start = process.hrtime.bigint();
  const budget = BigInt(seconds * 1e9);
  while (process.hrtime.bigint() - start < budget) {
    for (let i = 0; i < 1_000; i++, count++)
      sink += scoreAssessment(framework, inputs[count % inputs.length]).actions.length;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = Math.round(count / elapsed);
  console.log(
    `${label.padEnd(34)} ${perSecond.toLocaleString("en-GB").padStart(10)} assessments/s` +
      `  (${((elapsed / count) * 1e6).toFixed(2)} us each, ${framework.questionCount} questions, checksum ${sink % 997})`
  );
}

console.log(`Node ${process.version}, one thread`);
rate("answers picked from the dropdown", exact);
rate("answers typed (normalised)", typed);
