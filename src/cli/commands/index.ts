import { parseArgs } from "node:util";
import { parseAssessment, questionsJson, scoreJson } from "../../core/scoring/scoreJson";
import { SURREY } from "../../core/examples/workedExamples";
import { FRAMEWORK_IDS, getFramework, isFrameworkId } from "../../core/framework/registry";
import type { Framework } from "../../core/framework/loadFramework";
import { formatActionPlan, formatProblems, formatResultTable } from "../../core/scoring/report";
import { scoreAssessment } from "../../core/scoring/scoreAssessment";
import { UsageError } from "../usageError";
import { WorkbookError } from "../../core/workbook/scoreWorkbook";
import { NotAWorkbookError } from "../../xlsx/package/zipFile";
import { EXIT_SOME_FAILED, scoreFiles, writeDemo, writeTemplate } from "./workbookCommands";

/** What the commands need from the outside world; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): Promise<string>;
  /** Reads a whole file; refuses one over `limit` bytes without reading it. */
  readBytes(path: string, limit: number): Promise<Uint8Array>;
  /** Replaces `path` all at once: never a partial file, even if interrupted. */
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
  makeDir(path: string): Promise<void>;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;
export { UsageError };

const MAX_ANSWERS_BYTES = 10 * 1024 * 1024;

const HELP: Record<string, string> = {
  svmi: `svmi: Social Value Maturity Index (SVMI) self-assessments in .xlsx workbooks

Usage:
  svmi demo [--out DIR]                         the worked example (Surrey County Council), filled and scored
  svmi template --framework public|business --out FILE.xlsx [--organisation NAME]
                                                a blank assessment workbook
  svmi score IN.xlsx [more.xlsx ...] [--out OUT.xlsx | --out-dir DIR | --in-place] [--json]
                                                score filled workbooks: levels, Results, radar chart, Action Plan
  svmi score --answers FILE.json [--json]       score an answers file
  svmi questions --framework public|business    list a framework's themes, questions and options
  svmi <command> --help                         help on one command

Exit codes: 0 scored (problems in the answers are reported, not fatal); 1 some files failed
(the others were still scored); 2 bad usage.`,
  demo: `Usage: svmi demo [--out DIR] [--json]

Writes the worked example of the SVMI guidance, Surrey County Council's published results (answers
in our own words), as a filled workbook and its scored copy, and prints the theme table, the
overall levels and the action plan.
  --out DIR  where to write surrey-example.xlsx and surrey-example-scored.xlsx (default: svmi-demo)
  --json     print the score JSON instead of the tables`,
  template: `Usage: svmi template --framework public|business --out FILE.xlsx [options]
       svmi template --into EXISTING.xlsx [--framework public|business] [--out OUT.xlsx | --in-place]

Writes a blank assessment workbook, laid out as the add-in's New assessment: the Questionnaire
table with a dropdown of options per answer cell, level colours, and the framework recorded in it.
With --into, adds the Questionnaire and its lists sheet to a workbook you already have (budgets,
evidence logs…), keeping every other part of it as it was.
  --framework      public (10 themes, A-J; the default with --into) or business (9 themes)
  --out FILE.xlsx  the workbook to write (an existing file is kept unless --force);
                   with --into the default is EXISTING-svmi.xlsx beside it
  --into FILE      start the assessment inside this existing workbook
  --in-place       with --into: write into EXISTING.xlsx itself
  --organisation   the organisation's name          --facilitator  who runs the workshop
  --date           assessment date, yyyy-mm-dd (default: today)
  --force          replace FILE.xlsx if it exists`,
  questions: `Usage: svmi questions --framework public|business [--json]

Lists every theme, question and option (with its level) of a built-in framework.
  --framework  public (10 themes, A-J) or business (9 themes)
  --json       print {framework, levels, themes:[{id, name, questions:[{id, text, options, actions}]}]}`,
  score: `Usage: svmi score IN.xlsx [more.xlsx ...] [--out OUT.xlsx | --out-dir DIR | --in-place] [--json]
       svmi score --answers FILE.json [--json]

Scores assessment workbooks (made by the add-in or by svmi template) through their questionnaire
table, and writes a scored copy: the level columns filled, a Results sheet with the radar chart, and
an Action Plan sheet (Notes typed there before are kept). Every other part of the workbook is kept
as it was. The input is never changed unless --in-place is given.
  --out OUT.xlsx  where to write the scored copy (one input only; default IN-scored.xlsx beside IN)
  --out-dir DIR   write each scored copy into DIR as NAME-scored.xlsx
  --in-place      write the scores into the input workbook itself
  --json          print the score JSON, one object per line per workbook, with "file" and "output"
  --answers FILE  score an answers file instead: {"framework": "public", "organisation": "...",
                  "answers": [{"question": "A1", "present": "<option text>", "future": "<option text>"}]}
                  ("-" reads standard input)
Files over 50 MB, or that would unpack to over 250 MB, are refused.`,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.out(HELP.svmi);
      return EXIT_OK;
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      if (!HELP[command] || command === "svmi")
        throw new UsageError(`unknown command '${command}'`);
      io.out(HELP[command]);
      return EXIT_OK;
    }
    switch (command) {
      case "demo":
        return await demo(rest, io);
      case "template":
        return await template(rest, io);
      case "questions":
        return questions(rest, io);
      case "score":
        return await score(rest, io);
      default:
        throw new UsageError(`unknown command '${command}' (try: svmi --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`svmi: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function options<T extends Record<string, { type: "string" | "boolean" }>>(
  args: readonly string[],
  spec: T
) {
  return optionsAndFiles(args, spec, false).values;
}

function optionsAndFiles<T extends Record<string, { type: "string" | "boolean" }>>(
  args: readonly string[],
  spec: T,
  allowPositionals = true
) {
  try {
    return parseArgs({ args: [...args], options: spec, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function demo(args: readonly string[], io: CliIo): Promise<number> {
  const { json, out } = options(args, { json: { type: "boolean" }, out: { type: "string" } });
  const { framework, result, ...written } = await writeDemo(out ?? "svmi-demo", io);
  if (json) {
    io.out(JSON.stringify(scoreJson(result)));
    return EXIT_OK;
  }
  io.out(`Worked example: ${SURREY.source}\n`);
  io.out(report(framework, result));
  io.out(
    `\nWorkbooks written:\n  ${written.filled}  (the answers)\n  ${written.scored}  (scored: Results with the radar chart, Action Plan, Action Tracker)`
  );
  return EXIT_OK;
}

async function template(args: readonly string[], io: CliIo): Promise<number> {
  const values = options(args, {
    framework: { type: "string" },
    out: { type: "string" },
    organisation: { type: "string" },
    date: { type: "string" },
    facilitator: { type: "string" },
    force: { type: "boolean" },
    into: { type: "string" },
    "in-place": { type: "boolean" },
  });
  const framework = values.framework ?? (values.into ? "public" : undefined);
  if (!isFrameworkId(framework)) {
    throw new UsageError(`--framework must be one of: ${FRAMEWORK_IDS.join(", ")}`);
  }
  if (values["in-place"] && !values.into) throw new UsageError("--in-place needs --into FILE.xlsx");
  if (values["in-place"] && values.out) throw new UsageError("use --out or --in-place, not both");
  const out = values["in-place"]
    ? values.into
    : (values.out ?? (values.into ? defaultIntoOut(values.into) : undefined));
  if (!out) throw new UsageError("template needs --out FILE.xlsx");
  if (!/\.xlsx$/i.test(out)) throw new UsageError("--out must name an .xlsx file");
  try {
    await writeTemplate(
      getFramework(framework),
      values,
      out,
      values.force ?? false,
      io,
      values.into
    );
  } catch (error) {
    if (!(error instanceof NotAWorkbookError || error instanceof WorkbookError)) throw error;
    const separator = error instanceof WorkbookError ? ": " : " ";
    io.err(`svmi: ${values.into}${separator}${error.message}`);
    return EXIT_SOME_FAILED;
  }
  io.out(`Written: ${out}`);
  return EXIT_OK;
}

/** `--into budget.xlsx` writes budget-svmi.xlsx beside it unless told otherwise. */
function defaultIntoOut(into: string): string {
  return into.replace(/(\.xlsx)?$/i, "-svmi.xlsx");
}

function questions(args: readonly string[], io: CliIo): number {
  const values = options(args, { framework: { type: "string" }, json: { type: "boolean" } });
  if (!isFrameworkId(values.framework)) {
    throw new UsageError(`--framework must be one of: ${FRAMEWORK_IDS.join(", ")}`);
  }
  const framework = getFramework(values.framework);
  if (values.json) io.out(JSON.stringify(questionsJson(framework)));
  else io.out(listQuestions(framework));
  return EXIT_OK;
}

async function score(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals: files } = optionsAndFiles(args, {
    answers: { type: "string" },
    json: { type: "boolean" },
    out: { type: "string" },
    "out-dir": { type: "string" },
    "in-place": { type: "boolean" },
  });
  if (values.answers !== undefined) {
    if (files.length)
      throw new UsageError("give either --answers FILE.json or workbooks, not both");
    return scoreAnswersFile(values.answers, values.json ?? false, io);
  }
  if (files.length === 0) throw new UsageError("score needs IN.xlsx (or --answers FILE.json)");
  const outputs = [values.out, values["out-dir"], values["in-place"]].filter(
    (v) => v !== undefined
  );
  if (outputs.length > 1) throw new UsageError("use only one of --out, --out-dir and --in-place");
  if (values.out !== undefined && files.length > 1)
    throw new UsageError("--out takes one input; use --out-dir DIR for several");
  if (values.out !== undefined && !/\.xlsx$/i.test(values.out))
    throw new UsageError("--out must name an .xlsx file");
  return scoreFiles(
    files,
    {
      out: values.out,
      outDir: values["out-dir"],
      inPlace: values["in-place"] ?? false,
      json: values.json ?? false,
    },
    io
  );
}

async function scoreAnswersFile(path: string, json: boolean, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (text.length > MAX_ANSWERS_BYTES)
    throw new UsageError(`${path} is larger than 10 MB; refusing to read it`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseAssessment(data);
  if (!parsed.ok) throw new UsageError(`${path}: ${parsed.error}`);
  const result = scoreAssessment(parsed.framework, parsed.assessment);
  io.out(json ? JSON.stringify(scoreJson(result)) : report(parsed.framework, result));
  return EXIT_OK;
}

function report(framework: Framework, result: ReturnType<typeof scoreAssessment>): string {
  return [
    formatResultTable(result),
    formatProblems(result),
    formatActionPlan(framework, result),
  ].join("\n\n");
}

function listQuestions(framework: Framework): string {
  const lines = [`${framework.name} (version ${framework.version})`];
  for (const theme of framework.themes) {
    lines.push("", `${theme.id}  ${theme.name}`);
    for (const question of theme.questions) {
      lines.push(`  ${question.id}  ${question.text}`);
      for (const option of question.options) {
        lines.push(`        [${framework.levels[option.level].label}] ${option.text}`);
      }
    }
  }
  return lines.join("\n");
}
