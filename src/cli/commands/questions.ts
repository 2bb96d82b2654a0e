import { getFramework } from "../../core/framework/registry";
import type { Framework } from "../../core/framework/types";
import { optionLevelNote } from "../../core/framework/optionWording";
import { questionsJson } from "../../core/scoring/scoreJson";
import type { Command } from "./command";
import { EXIT_OK } from "./exitCodes";
import { describeFrameworks, FRAMEWORK_CHOICES, frameworkOption } from "./frameworks";
import { options } from "./options";

/** svmi questions: lists a built-in framework's themes, questions and options. */

export const questions: Command = {
  name: "questions",
  summary: [
    {
      usage: `svmi questions --framework ${FRAMEWORK_CHOICES}`,
      does: "list a framework's themes, questions and options",
    },
  ],
  help: () => `Usage: svmi questions --framework ${FRAMEWORK_CHOICES} [--json]

Lists every theme, question and option (with its level) of a built-in framework.
  --framework  ${describeFrameworks("               ")}
  --json       print {framework, levels, themes:[{id, name, questions:[{id, text, options, actions}]}]}`,
  run: (args, io) => {
    const values = options(args, { framework: { type: "string" }, json: { type: "boolean" } });
    const framework = getFramework(frameworkOption(values.framework));
    if (values.json) io.out(JSON.stringify(questionsJson(framework)));
    else io.out(listQuestions(framework));
    return EXIT_OK;
  },
};

function listQuestions(framework: Framework): string {
  const lines = [`${framework.name} (version ${framework.version})`];
  for (const theme of framework.themes) {
    lines.push("", `${theme.id}  ${theme.name}`);
    for (const question of theme.questions) {
      lines.push(`  ${question.id}  ${question.text}`);
      for (const option of question.options) {
        lines.push(`        [${optionLevelNote(framework, option)}] ${option.text}`);
      }
    }
  }
  return lines.join("\n");
}
