import {
  CrosswalkError,
  ESTIMATED,
  estimateAdoption,
  type AdoptionProfile,
} from "../../core/crosswalk/estimateAdoption";
import { WorkbookError } from "../../core/workbook/errors";
import { planRescore } from "../../core/workbook/planRescore";
import { XlsxPackage } from "../../xlsx/package/xlsxPackage";
import { NotAWorkbookError } from "../../xlsx/package/zipFile";
import { readSnapshot } from "../../xlsx/readSnapshot";
import { UsageError } from "../usageError";
import type { CliIo } from "./cliIo";
import type { Command } from "./command";
import { EXIT_OK, EXIT_SOME_FAILED } from "./exitCodes";
import { optionsAndFiles } from "./options";
import { readWorkbook } from "./readWorkbook";

/**
 * svmi crosswalk: a provisional Social Value Model adoption profile from a completed public-sector
 * SVMI workbook. The workbook is scored as `svmi score` scores it but nothing is written: the
 * estimate is something to confirm by answering the adoption questions, not a result to keep.
 */

export const crosswalk: Command = {
  name: "crosswalk",
  summary: [
    {
      usage: "svmi crosswalk FILE.xlsx [--json]",
      does: "an estimated Social Value Model adoption profile from a public SVMI workbook",
    },
  ],
  help: () => `Usage: svmi crosswalk FILE.xlsx [--json]

Scores a public-sector SVMI workbook (as svmi score does, writing nothing) and estimates from its
Present levels where the organisation stands on each characteristic of Social Value Model
adoption: the lowest level among the SVMI themes that cover it, SVMI level n read as adoption
level n. Each line is marked "${ESTIMATED}": answer the adoption
questionnaire to confirm it (svmi template --framework svm-adoption --out adoption.xlsx).
  --json  print {file, framework, source, label, characteristics:[{id, name, group, level,
          levelLabel, from, label}]}
A workbook of another framework is refused (exit code 1).`,
  run: async (args, io) => {
    const { values, positionals: files } = optionsAndFiles(args, { json: { type: "boolean" } });
    if (files.length !== 1) throw new UsageError("crosswalk takes one workbook: FILE.xlsx");
    return crosswalkFile(files[0], values.json ?? false, io);
  },
};

async function crosswalkFile(file: string, json: boolean, io: CliIo): Promise<number> {
  let profile: AdoptionProfile;
  try {
    const { snapshot } = readSnapshot(XlsxPackage.open(await readWorkbook(file, io)));
    const { score } = planRescore(snapshot);
    profile = estimateAdoption(score.result);
    // Unscored answers leave characteristics without an estimate: say which cells, as score does.
    for (const problem of score.problems) {
      const where = problem.address ? `${problem.sheet}!${problem.address}: ` : "";
      io.err(`svmi: ${file}: ${where}${problem.message}`);
    }
  } catch (error) {
    if (error instanceof NotAWorkbookError) io.err(`svmi: ${file} ${error.message}`);
    else if (error instanceof WorkbookError || error instanceof CrosswalkError)
      io.err(`svmi: ${file}: ${error.message}`);
    else throw error;
    return EXIT_SOME_FAILED;
  }
  io.out(json ? JSON.stringify({ file, ...profile }) : profileText(profile));
  return EXIT_OK;
}

/** One line per characteristic, each ending with the reminder that it is an estimate. */
function profileText(profile: AdoptionProfile): string {
  const organisation = profile.source.organisation || "this organisation";
  const rows = profile.characteristics.map((c) => [
    `${c.id}  ${c.name}`,
    c.group,
    c.levelLabel ?? "(none yet)",
    `from SVMI ${c.from.join(", ")}`,
    c.label,
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const lines = rows.map((row) =>
    row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]) : cell)).join("  ")
  );
  return [
    `${profile.framework.name} of ${organisation}, from the Present levels of its`,
    `${profile.source.framework.name} assessment (${ESTIMATED}).`,
    "",
    ...lines,
    "",
    // The legend only where a line needs it.
    ...(profile.characteristics.some((c) => c.levelLabel === null)
      ? ["(none yet): an SVMI theme it comes from has no Present level yet."]
      : []),
    `To confirm: svmi template --framework ${profile.framework.id} --out adoption.xlsx, and answer it.`,
  ].join("\n");
}
