import { parseArgs } from "node:util";
import { parseAssessment, questionsJson, scoreJson } from "../core/contract";
import { exampleAssessment, SURREY } from "../core/examples/workedExamples";
import { FRAMEWORK_IDS, getFramework, isFrameworkId } from "../core/frameworks";
import type { Framework } from "../core/loadFramework";
import { formatActionPlan, formatProblems, formatResultTable } from "../core/report";
import { scoreAssessment } from "../core/scoring";

/** What the commands need from the outside world; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

/** Bad usage or unreadable input: one clear line on stderr, exit code 2. */
export class UsageError extends Error {}

const MAX_ANSWERS_BYTES = 10 * 1024 * 1024;

const HELP: Record<string, string> = {
  svmi: `svmi: score Social Value Maturity Index (SVMI) self-assessments

Usage:
  svmi demo                                   score the built-in worked example (Surrey County Council)
  svmi questions --framework public|business  list a framework's themes, questions and options
  svmi score --answers FILE.json              score an answers file
  svmi <command> --help                       help on one command

Exit codes: 0 scored (problems in the answers are reported, not fatal); 2 bad usage or unreadable input.`,
  demo: `Usage: svmi demo [--json]

Scores the built-in worked example, Surrey County Council's published SVMI results (answers in
our own words), and prints the theme table, the overall levels and the action plan.
  --json   print the score JSON instead`,
  questions: `Usage: svmi questions --framework public|business [--json]

Lists every theme, question and option (with its level) of a built-in framework.
  --framework  public (10 themes, A-J) or business (9 themes)
  --json       print {framework, levels, themes:[{id, name, questions:[{id, text, options, actions}]}]}`,
  score: `Usage: svmi score --answers FILE.json [--json]

Scores an answers file: {"framework": "public", "organisation": "...",
  "answers": [{"question": "A1", "present": "<option text>", "future": "<option text>"}]}
present/future may be missing or null (unanswered). Use "-" as FILE to read standard input.
  --answers  the answers file
  --json     print the score JSON (themes, overall, actions, problems)`,
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
        return demo(rest, io);
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
  try {
    return parseArgs({ args: [...args], options: spec, strict: true, allowPositionals: false })
      .values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function demo(args: readonly string[], io: CliIo): number {
  const { json } = options(args, { json: { type: "boolean" } });
  const framework = getFramework(SURREY.framework);
  const result = scoreAssessment(framework, exampleAssessment(framework, SURREY));
  if (json) io.out(JSON.stringify(scoreJson(result)));
  else {
    io.out(`Worked example: ${SURREY.source}\n`);
    io.out(report(framework, result));
  }
  return EXIT_OK;
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
  const values = options(args, { answers: { type: "string" }, json: { type: "boolean" } });
  if (!values.answers) throw new UsageError("score needs --answers FILE.json");
  const path = values.answers;
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
  io.out(values.json ? JSON.stringify(scoreJson(result)) : report(parsed.framework, result));
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
