import { getFramework } from "../../core/framework/registry";
import type { Framework } from "../../core/framework/types";
import { optionLevelNote } from "../../core/framework/optionWording";
import { themeGroupRuns } from "../../core/framework/themeGroups";
import { questionsJson } from "../../core/scoring/scoreJson";
import { UsageError } from "../usageError";
import { bankOption } from "./bankOption";
import type { CliIo } from "./cliIo";
import type { Command } from "./command";
import { EXIT_OK } from "./exitCodes";
import { describeFrameworks, FRAMEWORK_CHOICES, frameworkOption } from "./frameworks";
import { options } from "./options";

/** svmi questions: lists a framework's themes, questions and options, built in or from a bank. */

export const questions: Command = {
  name: "questions",
  summary: [
    {
      usage: `svmi questions (--framework ${FRAMEWORK_CHOICES} | --bank BANK.json)`,
      does: "list a framework's themes, questions and options",
    },
  ],
  help: () => `Usage: svmi questions --framework ${FRAMEWORK_CHOICES} [--json]
       svmi questions --bank BANK.json [--json]

Lists every theme, question and option (with its level) of a built-in framework or a question bank.
  --framework  ${describeFrameworks("               ")}
  --bank FILE  a question bank (docs/question-banks.md): checked, every problem named with its
               place (exit code 2), then listed; --json prints it back as svmi reads it
  --json       print {framework, levels, themes:[{id, name, questions:[{id, text, options, actions}]}]}:
               the bank format, so the output can be edited and loaded back with --bank; a
               theme has "group" too where the framework groups its themes (svm-adoption)`,
  run: (args, io) => {
    const values = options(args, {
      framework: { type: "string" },
      bank: { type: "string" },
      json: { type: "boolean" },
    });
    if (values.bank !== undefined) {
      if (values.framework !== undefined)
        throw new UsageError("use --framework or --bank, not both");
      return bankOption(values.bank, io).then((bank) => print(bank, values.json, io));
    }
    return print(getFramework(frameworkOption(values.framework)), values.json, io);
  },
};

function print(framework: Framework, json: boolean | undefined, io: CliIo): number {
  io.out(json ? JSON.stringify(questionsJson(framework)) : listQuestions(framework));
  return EXIT_OK;
}

/** A heading per group, underlined, over its themes where the framework groups them. */
function listQuestions(framework: Framework): string {
  const lines = [`${framework.name} (version ${framework.version})`];
  for (const run of themeGroupRuns(framework.themes)) {
    if (run.group !== undefined) lines.push("", run.group, "=".repeat(run.group.length));
    for (const theme of run.themes) {
      lines.push("", `${theme.id}  ${theme.name}`);
      for (const question of theme.questions) {
        lines.push(`  ${question.id}  ${question.text}`);
        for (const option of question.options) {
          lines.push(`        [${optionLevelNote(framework, option)}] ${option.text}`);
        }
      }
    }
  }
  return lines.join("\n");
}
