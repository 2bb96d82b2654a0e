import { basename, dirname, extname, join } from "node:path";
import { levelLabel } from "../../core/framework/types";
import { isCalendarDate } from "../../core/workbook/details";
import { scoreAssessmentFile } from "../../xlsx/workbookFile";
import { withSnapshot } from "../../xlsx/historyFile";
import { UsageError } from "../usageError";
import { today } from "./assessmentDate";
import type { Command } from "./command";
import { EXIT_OK, EXIT_SOME_FAILED } from "./exitCodes";
import { optionsAndFiles } from "./options";
import { readWorkbook } from "./readWorkbook";
import { failureText } from "./scoreWorkbooks";

/** svmi snapshot: freezes this cycle's answers into the workbook's History. */
export const snapshot: Command = {
  name: "snapshot",
  summary: [
    {
      usage:
        "svmi snapshot FILE.xlsx --label LABEL [--date yyyy-mm-dd] [--out OUT.xlsx | --in-place]",
      does: "save this cycle's answers and levels in the History sheet",
    },
  ],
  help: () => `Usage: svmi snapshot FILE.xlsx --label LABEL [--date yyyy-mm-dd] [--out OUT.xlsx | --in-place] [--force]

Adds a snapshot of the current answers (and the theme and overall levels they score) to the
workbook's History sheet, a table with one row per snapshot and question. A snapshot is frozen:
its Check column shows any later edit, and an edited snapshot is reported, never used. The copy
is then scored, so its Progress sheet compares the last snapshot with the answers as they stand.
  --label LABEL   the cycle's name, e.g. 2025-26 (a label already in the History is refused)
  --date DATE     when it was taken (default today)
  --out OUT.xlsx  where to write (default FILE-snapshot.xlsx beside FILE)
  --in-place      write into FILE itself
  --force         replace the snapshot of that label`,
  run: async (args, io) => {
    const { values, positionals } = optionsAndFiles(args, {
      label: { type: "string" },
      date: { type: "string" },
      out: { type: "string" },
      "in-place": { type: "boolean" },
      force: { type: "boolean" },
    });
    if (positionals.length !== 1) throw new UsageError("snapshot takes one FILE.xlsx");
    if (values.label === undefined)
      throw new UsageError("snapshot needs --label LABEL (e.g. 2025-26)");
    if (values.out !== undefined && values["in-place"])
      throw new UsageError("use either --out or --in-place, not both");
    if (values.out !== undefined && !/\.xlsx$/i.test(values.out))
      throw new UsageError("--out must name an .xlsx file");
    const [input] = positionals;
    const date = values.date ?? today();
    if (!values.label.trim()) throw new UsageError("--label needs a name, such as 2025-26");
    if (!isCalendarDate(date))
      throw new UsageError(`--date is a calendar date written yyyy-mm-dd (got '${date}')`);
    const output =
      values.out ??
      (values["in-place"]
        ? input
        : join(dirname(input), `${basename(input, extname(input))}-snapshot.xlsx`));
    try {
      const bytes = await readWorkbook(input, io);
      const added = withSnapshot(bytes, values.label, date, {
        force: values.force ?? false,
      });
      const scored = scoreAssessmentFile(added.bytes);
      await io.writeFileAtomic(output, scored.bytes);
      const { framework } = scored;
      const overall = added.snapshot.overall;
      io.out(
        `${added.replaced ? "Replaced" : "Saved"} snapshot '${added.snapshot.label}' (${added.snapshot.date}): Present ${levelLabel(framework, overall.present) || "not scored"}, Future ${levelLabel(framework, overall.future) || "not scored"}, ${added.snapshot.questions.length} questions.\nWritten: ${output}\n`
      );
      return EXIT_OK;
    } catch (error) {
      io.err(`svmi: ${input}${failureText(error)}`);
      return EXIT_SOME_FAILED;
    }
  },
};
