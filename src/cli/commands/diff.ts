import { compareAssessments } from "../../core/history/compare";
import { diffCsvRows, diffJson, diffMarkdown } from "../../core/history/progressJson";
import { WorkbookError } from "../../core/workbook/errors";
import { currentSnapshot } from "../../core/workbook/planSnapshot";
import { toCsv } from "../../core/text/csv";
import { XlsxPackage } from "../../xlsx/package/xlsxPackage";
import { readSnapshot } from "../../xlsx/readSnapshot";
import { UsageError } from "../usageError";
import type { Command } from "./command";
import { EXIT_OK, EXIT_SOME_FAILED } from "./exitCodes";
import { optionsAndFiles } from "./options";
import { readWorkbook } from "./readWorkbook";
import { failureText } from "./scoreWorkbooks";

/** svmi diff: last year's workbook against this year's. */
export const diff: Command = {
  name: "diff",
  summary: [
    {
      usage: "svmi diff OLD.xlsx NEW.xlsx [--json | --format md|csv]",
      does: "compare two cycles' workbooks (a report for committees)",
    },
  ],
  help: () => `Usage: svmi diff OLD.xlsx NEW.xlsx [--json | --format md|csv]

Compares two assessment workbooks of the same framework (last cycle's and this one's): each
theme's Present and Future from → to, every answer that changed, and whether OLD's aims (its
Future) are reached in NEW (kept, exceeded, not yet). Questions in one framework version only are
listed as not comparable, never as changes. Nothing is written.
  --json        print {themes:[{id, present:{from, to}, future:{from, to}}], overall, changes:[{question,
                field, from, to}], promises:[{theme, promised, now, status}]}; levels as numbers or null
  --format md   a Markdown report (the default)
  --format csv  the same as CSV, safe to open in a spreadsheet`,
  run: async (args, io) => {
    const { values, positionals } = optionsAndFiles(args, {
      json: { type: "boolean" },
      format: { type: "string" },
    });
    if (positionals.length !== 2)
      throw new UsageError("diff takes two workbooks: OLD.xlsx NEW.xlsx");
    if (values.json && values.format !== undefined)
      throw new UsageError("use either --json or --format, not both");
    const format = values.json ? "json" : (values.format ?? "md");
    if (!["json", "md", "csv"].includes(format))
      throw new UsageError(`--format is md or csv (got '${format}')`);
    const read = [];
    for (const file of positionals) {
      try {
        const workbook = readSnapshot(XlsxPackage.open(await readWorkbook(file, io))).snapshot;
        read.push({ file, ...currentSnapshot(workbook, file, "") });
      } catch (error) {
        io.err(`svmi: ${file}${failureText(error)}`);
        return EXIT_SOME_FAILED;
      }
    }
    const [before, after] = read;
    if (before.plan.framework.id !== after.plan.framework.id) {
      io.err(
        `svmi: ${after.file}${failureText(new WorkbookError(`it answers ${after.plan.framework.name}, ${before.file} ${before.plan.framework.name}: only assessments of one framework compare`))}`
      );
      return EXIT_SOME_FAILED;
    }
    const comparison = compareAssessments(before.snapshot, after.snapshot);
    const names: [string, string] = [before.file, after.file];
    const framework = after.plan.framework;
    if (format === "json") io.out(JSON.stringify(diffJson(comparison)));
    else if (format === "csv") io.out(toCsv(diffCsvRows(framework, comparison, names)).trimEnd());
    else io.out(diffMarkdown(framework, comparison, names));
    return EXIT_OK;
  },
};
