import { runCli, type CliIo } from "../../../src/cli/commands";
import { demo } from "../../../src/cli/commands/demo";
import { manifest } from "../../../src/cli/commands/manifest";
import { participants } from "../../../src/cli/commands/participants";
import { questions } from "../../../src/cli/commands/questions";
import { score } from "../../../src/cli/commands/score";
import { template } from "../../../src/cli/commands/template";

/**
 * The svmi dispatcher: the overview (svmi --help), each command's --help, and a UsageError from any
 * command turned into one line on stderr and exit code 2. (test/cli/cli.test.ts runs the commands.)
 */

function svmi(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    out: (text: string) => out.push(text),
    err: (text: string) => err.push(text),
    readText: async () => "[]",
    makeDir: async () => {
      throw new Error("read-only file system");
    },
  } as Partial<CliIo> as CliIo;
  return { run: runCli(argv, io), out, err };
}

describe("runCli", () => {
  it.each([[[]], [["help"]], [["--help"]], [["-h"]]])(
    "prints the overview for %j",
    async (argv) => {
      const { run, out, err } = svmi(...argv);
      expect(await run).toBe(0);
      expect(err).toEqual([]);
      expect(out).toHaveLength(1);
      expect(out[0]).toMatch(/^svmi: Social Value Maturity Index \(SVMI\) self-assessments/);
      expect(out[0]).toMatch(/\nExit codes: 0 scored .*; 1 some files failed\n.*; 2 bad usage\.$/);
    }
  );

  it("lists every command's summary in the overview, descriptions in one column", async () => {
    const { run, out } = svmi();
    await run;
    const lines = out[0].split("\n");
    const column = " ".repeat(48);
    const commands = [demo, template, participants, score, questions, manifest];
    for (const { usage, does } of commands.flatMap((c) => c.summary)) {
      const at = lines.indexOf(lines.find((l) => l.startsWith(`  ${usage}`))!);
      expect(at).toBeGreaterThan(0);
      // A usage that fits leaves its description on the same line; a long one puts it below.
      if (usage.length + 4 <= 48) expect(lines[at]).toBe(`  ${usage}`.padEnd(48) + does);
      else expect([lines[at], lines[at + 1]]).toEqual([`  ${usage}`, column + does]);
    }
    expect(out[0]).toContain(`  svmi <command> --help`.padEnd(48) + "help on one command");
  });

  it.each(["--help", "-h"])("prints a command's help for %s anywhere after it", async (flag) => {
    const { run, out } = svmi("score", "a.xlsx", flag);
    expect(await run).toBe(0);
    expect(out).toEqual([score.help()]);
  });

  it("refuses help on a command it does not know", async () => {
    const { run, err } = svmi("frobnicate", "--help");
    expect(await run).toBe(2);
    expect(err).toEqual(["svmi: unknown command 'frobnicate'"]);
  });

  it("turns a command's UsageError into one line on stderr and exit code 2", async () => {
    const { run, out, err } = svmi("score", "--answers", "a.json");
    expect(await run).toBe(2);
    expect([out, err]).toEqual([
      [],
      ["svmi: a.json: expected a JSON object with 'framework' and 'answers'"],
    ]);
  });

  it("lets any other error through", async () => {
    await expect(svmi("demo").run).rejects.toThrow("read-only file system");
  });
});
