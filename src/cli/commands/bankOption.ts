import { readBank } from "../../core/framework/bank";
import type { Framework } from "../../core/framework/types";
import { useBank } from "../../core/framework/useBank";
import { UsageError } from "../usageError";
import type { CliIo } from "./cliIo";

/**
 * --bank BANK.json: reads a question bank and puts it to use for this run. A bank with problems
 * gets every one of them on stderr, each with its place, then a UsageError (exit code 2) before
 * the command writes anything.
 */

/** Far above any real bank (the public SVMI's is under 200 kB); a guard against the wrong file. */
const MAX_BANK_CHARS = 10 * 1024 * 1024;

export async function bankOption(path: string, io: CliIo): Promise<Framework> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  if (text.length > MAX_BANK_CHARS)
    throw new UsageError(`${path} is larger than 10 MB; refusing to read it`);
  const read = readBank(text);
  if ("problems" in read) {
    for (const problem of read.problems) io.err(`svmi: ${path}: ${problem}`);
    const count = read.problems.length;
    throw new UsageError(
      `${path} is not a valid question bank (${count} problem${count === 1 ? "" : "s"}); nothing was written`
    );
  }
  const used = useBank(read.spec);
  if ("problem" in used) throw new UsageError(`${path}: ${used.problem}`);
  return used.framework;
}
