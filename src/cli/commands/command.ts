import type { CliIo } from "./cliIo";

/** The shape of one svmi command, as the dispatcher (./index.ts) lists, explains and runs it. */
export interface Command {
  /** The word after svmi: "score". */
  name: string;
  /** Its lines in svmi --help: how it is called and what that does. */
  summary: readonly { usage: string; does: string }[];
  /** The text of svmi NAME --help (a function: it may load the frameworks to describe them). */
  help(): string;
  /** Runs it; a UsageError thrown here becomes one line on stderr and exit code 2. */
  run(args: readonly string[], io: CliIo): Promise<number> | number;
}
