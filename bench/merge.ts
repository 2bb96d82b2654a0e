/**
 * Benchmark: `svmi merge` of 30 participants' workbooks into one team workbook, in one process,
 * from files on disk (goal: at most 2 s on a 2-core machine). Prints figures; asserts nothing.
 * Run with `npm run bench`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, type CliIo } from "../src/cli/commands";
import { nodeIo } from "../src/cli/io";
import { getFramework } from "../src/core/framework/registry";
import { filledAnswers, newAssessmentWorkbook } from "../src/xlsx/workbookFile";

const PARTICIPANTS = 30;
const framework = getFramework("public");
const dir = mkdtempSync(join(tmpdir(), "svmi-bench-merge-"));
const files: string[] = [];
for (let p = 0; p < PARTICIPANTS; p++) {
  // Each participant a little apart from the others: answers spread over the options.
  const answers = framework.themes.flatMap((t) =>
    t.questions.map((q, i) => ({
      question: q.id,
      present: q.options[(i + p) % q.options.length].text,
      future: q.options[q.options.length - 1 - ((i * p) % 2)].text,
    }))
  );
  const path = join(dir, `participant-${p + 1}.xlsx`);
  const details = {
    frameworkId: "public",
    organisation: "Anytown",
    date: "2026-11-22",
    participant: `Participant ${p + 1}`,
  };
  writeFileSync(path, newAssessmentWorkbook(framework, details, filledAnswers(answers)));
  files.push(path);
}
const quiet: CliIo = { ...nodeIo, out: () => {}, err: () => {} };

async function main() {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const code = await runCli(["merge", ...files, "--out", join(dir, "team.xlsx")], quiet);
    runs.push(performance.now() - started);
    if (code !== 0) throw new Error(`merge exited ${code}`);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `svmi merge of ${PARTICIPANTS} participants' workbooks: median ${(runs[2] / 1000).toFixed(2)} s (best ${(runs[0] / 1000).toFixed(2)} s, 5 runs; goal <= 2 s)`
  );
  rmSync(dir, { recursive: true, force: true });
}
void main();
