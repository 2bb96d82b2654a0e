import { buildSubmission, labelProblem, MODES, type Mode } from "../../core/benchmark/submission";
import { WorkbookError } from "../../core/workbook/errors";
import { NotAWorkbookError } from "../../xlsx/package/zipFile";
import { scoreAssessmentFile } from "../../xlsx/workbookFile";
import { UsageError } from "../usageError";
import type { Command } from "./command";
import { EXIT_OK, EXIT_SOME_FAILED } from "./exitCodes";
import { optionsAndFiles } from "./options";
import { readWorkbook } from "./readWorkbook";

/** svmi export: a scored assessment as an anonymised svmi-submission/1 file for a benchmark. */

/** What --type and --region say when not given: the format needs both. */
export const UNSPECIFIED = "unspecified";

export const exportSubmission: Command = {
  name: "export",
  summary: [
    {
      usage: "svmi export FILE.xlsx --out SUB.json [--type TYPE] [--region CODE] [--named]",
      does: "an anonymised submission for a benchmark",
    },
  ],
  help: () => `Usage: svmi export FILE.xlsx --out SUB.json [--type TYPE] [--region CODE] [--period P] [--mode M] [--named]

Scores the assessment and writes its levels as a submission for a benchmark (the national survey,
or a club of neighbouring councils): the framework, the level of every question, theme and
overall, Present and Future, and what you say about the organisation below. No answers' text, and
no organisation name unless you add --named. The workbook is not changed.
  --out SUB.json  the submission to write
  --type TYPE     the kind of organisation, e.g. "district council" (default ${UNSPECIFIED})
  --region CODE   its region, e.g. "SE" (default ${UNSPECIFIED})
  --period P      the survey round (default: the year of the assessment's date)
  --mode M        who scored it: ${MODES.join(", ")} (default self)
  --named         include the organisation's name (from the assessment's details)
A merged team workbook records how many participants answered (respondents).
The format is described in docs/formats/svmi-submission-1.md.`,
  run: async (args, io) => {
    const { values, positionals } = optionsAndFiles(args, {
      out: { type: "string" },
      type: { type: "string" },
      region: { type: "string" },
      period: { type: "string" },
      mode: { type: "string" },
      named: { type: "boolean" },
    });
    if (positionals.length !== 1) throw new UsageError("export takes one FILE.xlsx (and --out)");
    if (values.out === undefined) throw new UsageError("export needs --out SUB.json");
    if (!/\.json$/i.test(values.out)) throw new UsageError("--out must name a .json file");
    const mode = (values.mode ?? "self") as Mode;
    if (!MODES.includes(mode)) throw new UsageError(`--mode must be one of ${MODES.join(", ")}`);
    const type = values.type ?? UNSPECIFIED;
    const region = values.region ?? UNSPECIFIED;
    for (const [option, value] of [
      ["--type", type],
      ["--region", region],
      ["--period", values.period],
    ] as const) {
      const problem = value === undefined ? undefined : labelProblem(option, value);
      if (problem) throw new UsageError(problem);
    }
    const input = positionals[0];
    let text: string;
    let summary: string;
    try {
      const scored = scoreAssessmentFile(await readWorkbook(input, io));
      for (const problem of scored.score.problems) {
        const where = problem.address ? `${problem.sheet}!${problem.address}: ` : "";
        io.err(`svmi: ${input}: ${where}${problem.message}`);
      }
      // A blank assessment says nothing of where the organisation stands: the coordinator
      // would only leave it out (readSubmission refuses it).
      if (scored.score.result.themes.every((t) => t.present.level === null)) {
        io.err(
          `svmi: ${input}: nothing is scored yet (no theme has a Present level), so there is nothing to send; nothing was written`
        );
        return EXIT_SOME_FAILED;
      }
      if (values.named && !scored.score.result.organisation.trim()) {
        io.err(
          `svmi: ${input}: --named, but the assessment names no organisation (type it in the details, or leave out --named)`
        );
        return EXIT_SOME_FAILED;
      }
      const participants = scored.consensus?.participants.length ?? 0;
      const submission = buildSubmission(scored.framework, scored.score.result, {
        period: values.period ?? scored.details.date.slice(0, 4),
        // To the second: the time of sending needs no more, and says no more.
        submittedAt: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
        org: { type, region },
        mode,
        ...(participants > 0 ? { respondents: participants } : {}),
        named: values.named ?? false,
      });
      text = `${JSON.stringify(submission, null, 2)}\n`;
      const who = submission.org.name
        ? `named ${submission.org.name}`
        : "anonymous (no organisation name)";
      summary = `Submission for ${submission.period}: ${scored.framework.name} ${submission.framework.version}, type ${type}, region ${region}, mode ${mode}, ${who}; the levels of ${submission.questions.length} questions, ${submission.themes.length} themes and overall, Present and Future.`;
    } catch (error) {
      if (error instanceof NotAWorkbookError) io.err(`svmi: ${input} ${error.message}`);
      else if (error instanceof WorkbookError) io.err(`svmi: ${input}: ${error.message}`);
      else throw error;
      return EXIT_SOME_FAILED;
    }
    await io.writeFileAtomic(values.out, new TextEncoder().encode(text));
    io.out(`${summary}\nWritten: ${values.out}`);
    return EXIT_OK;
  },
};
