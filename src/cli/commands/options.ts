import { parseArgs } from "node:util";
import { UsageError } from "../usageError";

/** Parses a command's arguments strictly; a mistake in them is a UsageError. */

/** `multiple`: the option may be given more than once (its value is then a list). */
type OptionSpec = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

/** The options of a command that takes no positional arguments. */
export function options<T extends OptionSpec>(args: readonly string[], spec: T) {
  return optionsAndFiles(args, spec, false).values;
}

/** The options and the positional arguments (files) of a command. */
export function optionsAndFiles<T extends OptionSpec>(
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
