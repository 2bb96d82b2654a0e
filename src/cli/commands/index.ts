import { UsageError } from "../usageError";
import type { CliIo } from "./cliIo";
import type { Command } from "./command";
import { aggregate } from "./aggregate";
import { crosswalk } from "./crosswalk";
import { demo } from "./demo";
import { diff } from "./diff";
import { EXIT_OK, EXIT_USAGE } from "./exitCodes";
import { exportSubmission } from "./export";
import { manifest } from "./manifest";
import { merge } from "./merge";
import { participants } from "./participants";
import { progress } from "./progress";
import { questions } from "./questions";
import { score } from "./score";
import { snapshot } from "./snapshot";
import { template } from "./template";

/** The svmi dispatcher: finds the command, prints help, and turns a UsageError into exit code 2. */

export type { CliIo } from "./cliIo";
export { EXIT_OK, EXIT_USAGE } from "./exitCodes";
export { UsageError };

/** Every command, in the order svmi --help lists them. */
const COMMANDS: readonly Command[] = [
  demo,
  template,
  participants,
  merge,
  score,
  snapshot,
  progress,
  diff,
  exportSubmission,
  aggregate,
  questions,
  crosswalk,
  manifest,
];

/** Where a summary line's description starts in svmi --help. */
const DOES_COLUMN = 48;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "help" || name === "--help" || name === "-h") {
      io.out(overview());
      return EXIT_OK;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (rest.includes("--help") || rest.includes("-h")) {
      if (!command) throw new UsageError(`unknown command '${name}'`);
      io.out(command.help());
      return EXIT_OK;
    }
    if (!command) throw new UsageError(`unknown command '${name}' (try: svmi --help)`);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`svmi: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** svmi --help: each command's summary lines, then the exit codes. */
function overview(): string {
  const lines = COMMANDS.flatMap((command) => command.summary);
  lines.push({ usage: "svmi <command> --help", does: "help on one command" });
  return `svmi: Social Value Maturity Index (SVMI) self-assessments in .xlsx workbooks

Usage:
${lines.map(({ usage, does }) => summaryLine(usage, does)).join("\n")}

Exit codes: 0 scored (problems in the answers are reported, not fatal); 1 some files failed
(the others were still scored); 2 bad usage.`;
}

/** "  usage   does", or the description on a line of its own when the usage is too long. */
function summaryLine(usage: string, does: string): string {
  const start = `  ${usage}`;
  if (start.length + 2 <= DOES_COLUMN) return `${start.padEnd(DOES_COLUMN)}${does}`;
  return `${start}\n${" ".repeat(DOES_COLUMN)}${does}`;
}
