import type { CliIo } from "../../../src/cli/commands/cliIo";
import { describeFrameworks } from "../../../src/cli/commands/frameworks";
import { questions } from "../../../src/cli/commands/questions";
import { UsageError } from "../../../src/cli/usageError";
import { getFramework } from "../../../src/core/framework/registry";
import { optionLevelNote } from "../../../src/core/framework/optionWording";
import { questionsJson } from "../../../src/core/scoring/scoreJson";

/** svmi questions: prints a built-in framework's themes, questions and options, as text or JSON. */

function run(...args: string[]) {
  const out: string[] = [];
  const io = { out: (text: string) => out.push(text) } as Partial<CliIo> as CliIo;
  return { code: questions.run(args, io), out };
}

describe("svmi questions", () => {
  const business = getFramework("business");

  it("lists the framework, then each theme with its questions and their options' levels", () => {
    const { code, out } = run("--framework", "business");
    expect([code, out.length]).toEqual([0, 1]);
    const lines = out[0].split("\n");
    expect(lines[0]).toBe(`${business.name} (version ${business.version})`);
    const [theme] = business.themes;
    const [question] = theme.questions;
    expect(lines.slice(1, 4 + question.options.length)).toEqual([
      "",
      `${theme.id}  ${theme.name}`,
      `  ${question.id}  ${question.text}`,
      ...question.options.map((o) => `        [${optionLevelNote(business, o)}] ${o.text}`),
    ]);
    const count = business.themes.reduce(
      (n, t) => n + 2 + t.questions.reduce((m, q) => m + 1 + q.options.length, 0),
      1
    );
    expect(lines).toHaveLength(count);
  });

  it("says a 'Not yet' option counts as its level, and names an ordinary option's level", () => {
    const lines = run("--framework", "public").out[0].split("\n");
    expect(lines).toContain(
      "        [Not yet \u2014 counts as Leader] Not yet: our social value work stays within contracts."
    );
    expect(lines.filter((l) => l.startsWith("        [Innovator] ")).length).toBeGreaterThan(10);
  });

  it("prints the questions JSON on one line with --json", () => {
    const { out } = run("--json", "--framework", "public");
    expect(out).toEqual([JSON.stringify(questionsJson(getFramework("public")))]);
  });

  it.each([[[]], [["--framework", "public", "extra"]], [["--framework", "public", "--out", "x"]]])(
    "refuses %j with a UsageError",
    (args) => {
      expect(() => run(...args)).toThrow(UsageError);
    }
  );

  it("explains its options in its help, with the frameworks aligned under --framework", () => {
    expect(questions.help()).toContain(
      `Usage: svmi questions --framework public|business|svm-adoption [--json]`
    );
    expect(questions.help()).toContain(`  --framework  ${describeFrameworks(" ".repeat(15))}\n`);
  });
});
