import { join } from "node:path";
import { exampleAssessment, SURREY } from "../../core/examples/workedExamples";
import { getFramework } from "../../core/framework/registry";
import type { Framework } from "../../core/framework/types";
import { scoreJson } from "../../core/scoring/scoreJson";
import type { ScoreResult } from "../../core/scoring/types";
import { filledAnswers, newAssessmentWorkbook, scoreAssessmentFile } from "../../xlsx/workbookFile";
import { today } from "./assessmentDate";
import type { CliIo } from "./cliIo";
import type { Command } from "./command";
import { EXIT_OK } from "./exitCodes";
import { options } from "./options";
import { textReport } from "./textReport";

/** svmi demo: the README's main command, the worked example filled into a workbook and scored. */

export const demo: Command = {
  name: "demo",
  summary: [
    {
      usage: "svmi demo [--out DIR]",
      does: "the worked example (Surrey County Council), filled and scored",
    },
  ],
  help: () => `Usage: svmi demo [--out DIR] [--json]

Writes the worked example of the SVMI guidance, Surrey County Council's published results (answers
in our own words), as a filled workbook and its scored copy, and prints the theme table, the
overall levels and the action plan.
  --out DIR  where to write surrey-example.xlsx and surrey-example-scored.xlsx (default: svmi-demo)
  --json     print the score JSON instead of the tables`,
  run: async (args, io) => {
    const { json, out } = options(args, { json: { type: "boolean" }, out: { type: "string" } });
    const { framework, result, ...written } = await writeDemo(out ?? "svmi-demo", io);
    if (json) {
      io.out(JSON.stringify(scoreJson(result)));
      return EXIT_OK;
    }
    io.out(`Worked example: ${SURREY.source}\n`);
    io.out(textReport(framework, result));
    io.out(
      `\nWorkbooks written:\n  ${written.filled}  (the answers)\n  ${written.scored}  (scored: Results with the radar chart, Action Plan, Action Tracker)`
    );
    return EXIT_OK;
  },
};

/**
 * The Surrey County Council worked example filled into a workbook in `dir`, then scored beside
 * it; returns both paths and the score.
 */
export async function writeDemo(
  dir: string,
  io: CliIo
): Promise<{ filled: string; scored: string; framework: Framework; result: ScoreResult }> {
  const framework = getFramework(SURREY.framework);
  const example = exampleAssessment(framework, SURREY);
  const answers = filledAnswers(example.answers);
  const details = {
    frameworkId: framework.id,
    organisation: example.organisation ?? "",
    date: today(),
  };
  await io.makeDir(dir);
  const filled = join(dir, "surrey-example.xlsx");
  const scored = join(dir, "surrey-example-scored.xlsx");
  const bytes = newAssessmentWorkbook(framework, details, answers);
  await io.writeFileAtomic(filled, bytes);
  const result = scoreAssessmentFile(bytes);
  await io.writeFileAtomic(scored, result.bytes);
  return { filled, scored, framework, result: result.score.result };
}
