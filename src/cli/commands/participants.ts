import { basename, dirname, join } from "node:path";
import { WorkbookError } from "../../core/workbook/errors";
import { NotAWorkbookError } from "../../xlsx/package/zipFile";
import { participantCopy } from "../../xlsx/participantCopy";
import { UsageError } from "../usageError";
import type { Command } from "./command";
import { EXIT_OK, EXIT_SOME_FAILED } from "./exitCodes";
import { optionsAndFiles } from "./options";
import { readWorkbook } from "./readWorkbook";

/** svmi participants: one blank copy of an assessment per participant, named in its details. */

/** Longer names are refused: they go into file names and a details cell. */
const MAX_NAME = 100;

export const participants: Command = {
  name: "participants",
  summary: [
    {
      usage: 'svmi participants ASSESSMENT.xlsx --names "Ana Lee,Ben Ode" [--out-dir DIR]',
      does: "a blank copy of the assessment for each participant",
    },
  ],
  help: () => `Usage: svmi participants ASSESSMENT.xlsx --names "Ana Lee,Ben Ode" [--out-dir DIR] [--force]

Writes one copy of the assessment per participant, ASSESSMENT-NAME.xlsx, for each to fill in on
their own: every Present and Future answer of the questionnaire cleared (and the level columns
beside them), the participant's name in a Participant row of the details above the table. Notes
and every other sheet are kept as they are. The assessment itself is not changed.
  --names "A,B"   the participants, separated by commas (each name once)
  --out-dir DIR   where to write the copies (default: the assessment's folder)
  --force         replace copies that exist already`,
  run: async (args, io) => {
    const { values, positionals } = optionsAndFiles(args, {
      names: { type: "string" },
      "out-dir": { type: "string" },
      force: { type: "boolean" },
    });
    if (positionals.length !== 1)
      throw new UsageError("participants takes one ASSESSMENT.xlsx (and --names)");
    if (values.names === undefined) throw new UsageError('participants needs --names "A,B"');
    const input = positionals[0];
    const names = participantNames(values.names);
    const dir = values["out-dir"] ?? dirname(input);
    const stem = basename(input).replace(/\.xlsx$/i, "");
    const outputs = names.map((name) => ({
      name,
      path: join(dir, `${stem}-${fileSafe(name)}.xlsx`),
    }));
    if (!values.force) {
      for (const { path } of outputs)
        if (await io.exists(path))
          throw new UsageError(`${path} already exists; add --force to replace it`);
    }
    // Every copy is made before any is written: a workbook that cannot take one gets none.
    let copies: { path: string; bytes: Uint8Array }[];
    try {
      const bytes = await readWorkbook(input, io);
      copies = outputs.map(({ name, path }) => ({
        path,
        bytes: participantCopy(bytes, name).bytes,
      }));
    } catch (error) {
      if (!(error instanceof NotAWorkbookError || error instanceof WorkbookError)) throw error;
      const separator = error instanceof WorkbookError ? ": " : " ";
      io.err(`svmi: ${input}${separator}${error.message}`);
      return EXIT_SOME_FAILED;
    }
    if (values["out-dir"] !== undefined) await io.makeDir(dir);
    for (const { path, bytes } of copies) {
      await io.writeFileAtomic(path, bytes);
      io.out(`Written: ${path}`);
    }
    return EXIT_OK;
  },
};

/**
 * The names of --names: split at commas and trimmed. An empty one, a name given twice (ignoring
 * case and spacing), or two names that would make the same file name are refused.
 */
export function participantNames(list: string): string[] {
  const names = list.split(",").map((n) => n.replace(/\s+/g, " ").trim());
  if (names.some((n) => n === ""))
    throw new UsageError(
      names.length === 1
        ? "--names is empty; give the participants' names, separated by commas"
        : `--names has an empty name ("${list}"); separate the names by single commas`
    );
  const long = names.find((n) => n.length > MAX_NAME);
  if (long) throw new UsageError(`--names: '${long.slice(0, 20)}…' is over ${MAX_NAME} characters`);
  const seen = new Map<string, string>();
  for (const name of names) {
    // Case-insensitive: Windows and macOS would write both copies to one file.
    const key = fileSafe(name).toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new UsageError(
        earlier.toLowerCase() === name.toLowerCase()
          ? `--names gives '${name}' twice; each participant needs a name of their own`
          : `--names: '${earlier}' and '${name}' would both be written as …-${fileSafe(name)}.xlsx; tell them apart`
      );
    seen.set(key, name);
  }
  return names;
}

/**
 * A name as part of a file name on Windows, macOS and Linux: the characters any of them refuses
 * (\ / : * ? " < > | and control characters) become "_"; spaces stay.
 */
export function fileSafe(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, "_");
}
