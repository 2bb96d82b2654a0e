import { getFramework, type FrameworkId } from "../../core/framework/registry";
import type { Framework } from "../../core/framework/types";
import { checkDetails, type AssessmentDetails } from "../../core/workbook/details";
import { WorkbookError } from "../../core/workbook/errors";
import { NotAWorkbookError } from "../../xlsx/package/zipFile";
import { addAssessmentToWorkbook, newAssessmentWorkbook } from "../../xlsx/workbookFile";
import { UsageError } from "../usageError";
import { today } from "./assessmentDate";
import { bankOption } from "./bankOption";
import type { CliIo } from "./cliIo";
import type { Command } from "./command";
import { EXIT_OK, EXIT_SOME_FAILED } from "./exitCodes";
import { describeFrameworks, FRAMEWORK_CHOICES, frameworkOption } from "./frameworks";
import { options } from "./options";
import { readWorkbook } from "./readWorkbook";

/** svmi template: a blank assessment workbook, new or added into a workbook the user has. */

/** The framework of --into when none is named. */
const INTO_FRAMEWORK: FrameworkId = "public";

export const template: Command = {
  name: "template",
  summary: [
    {
      usage: `svmi template (--framework ${FRAMEWORK_CHOICES} | --bank BANK.json) --out FILE.xlsx [--organisation NAME]`,
      does: "a blank assessment workbook",
    },
  ],
  help: () => `Usage: svmi template --framework ${FRAMEWORK_CHOICES} --out FILE.xlsx [options]
       svmi template --bank BANK.json --out FILE.xlsx [options]
       svmi template --into EXISTING.xlsx [--framework ${FRAMEWORK_CHOICES} | --bank BANK.json] [--out OUT.xlsx | --in-place]

Writes a blank assessment workbook, laid out as the add-in's New assessment: the Questionnaire
table with a dropdown of options per answer cell, level colours, and the framework recorded in it.
With --into, adds the Questionnaire and its lists sheet to a workbook you already have (budgets,
evidence logs…), keeping every other part of it as it was.
  --framework      ${describeFrameworks(" ".repeat(19), { [INTO_FRAMEWORK]: "the default with --into" })}
  --bank FILE      a question bank (docs/question-banks.md) instead of a built-in framework: the
                   workbook carries it, so it scores with no bank file at hand
  --out FILE.xlsx  the workbook to write (an existing file is kept unless --force);
                   with --into the default is EXISTING-svmi.xlsx beside it
  --into FILE      start the assessment inside this existing workbook
  --in-place       with --into: write into EXISTING.xlsx itself
  --organisation   the organisation's name          --facilitator  who runs the workshop
  --date           assessment date, yyyy-mm-dd (default: today)
  --force          replace FILE.xlsx if it exists`,
  run: async (args, io) => {
    const values = options(args, {
      framework: { type: "string" },
      out: { type: "string" },
      organisation: { type: "string" },
      date: { type: "string" },
      facilitator: { type: "string" },
      force: { type: "boolean" },
      into: { type: "string" },
      "in-place": { type: "boolean" },
      bank: { type: "string" },
    });
    if (values.bank !== undefined && values.framework !== undefined)
      throw new UsageError("use --framework or --bank, not both");
    const builtIn =
      values.bank === undefined
        ? frameworkOption(values.framework ?? (values.into ? INTO_FRAMEWORK : undefined))
        : undefined;
    if (values["in-place"] && !values.into)
      throw new UsageError("--in-place needs --into FILE.xlsx");
    if (values["in-place"] && values.out) throw new UsageError("use --out or --in-place, not both");
    const out = values["in-place"]
      ? values.into
      : (values.out ?? (values.into ? defaultIntoOut(values.into) : undefined));
    if (!out) throw new UsageError("template needs --out FILE.xlsx");
    if (!/\.xlsx$/i.test(out)) throw new UsageError("--out must name an .xlsx file");
    // The bank last: its problems are the last thing said before exit code 2.
    const framework =
      builtIn !== undefined ? getFramework(builtIn) : await bankOption(values.bank!, io);
    try {
      await writeTemplate(framework, values, out, values.force ?? false, io, values.into);
    } catch (error) {
      if (!(error instanceof NotAWorkbookError || error instanceof WorkbookError)) throw error;
      const separator = error instanceof WorkbookError ? ": " : " ";
      io.err(`svmi: ${values.into}${separator}${error.message}`);
      return EXIT_SOME_FAILED;
    }
    io.out(`Written: ${out}`);
    return EXIT_OK;
  },
};

/** `--into budget.xlsx` writes budget-svmi.xlsx beside it unless told otherwise. */
function defaultIntoOut(into: string): string {
  return into.replace(/(\.xlsx)?$/i, "-svmi.xlsx");
}

/** Writes the blank workbook to `out`, or, with `into`, that workbook with the assessment added. */
export async function writeTemplate(
  framework: Framework,
  input: { organisation?: string; date?: string; facilitator?: string },
  out: string,
  force: boolean,
  io: CliIo,
  into?: string
): Promise<void> {
  // A blank template may leave the organisation for whoever fills it in.
  const checked = checkDetails(
    {
      frameworkId: framework.id,
      organisation: input.organisation ?? "",
      date: input.date ?? today(),
      facilitator: input.facilitator,
    },
    { organisationRequired: input.organisation !== undefined }
  );
  if (!checked.ok) throw new UsageError(Object.values(checked.errors).join(" "));
  const details: AssessmentDetails = checked.details;
  const inPlace = into !== undefined && out === into;
  if (!force && !inPlace && (await io.exists(out)))
    throw new UsageError(`${out} already exists; choose another --out or add --force`);
  const bytes =
    into === undefined
      ? newAssessmentWorkbook(framework, details)
      : addAssessmentToWorkbook(await readWorkbook(into, io), framework, details);
  await io.writeFileAtomic(out, bytes);
}
