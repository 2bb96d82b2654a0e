import { UsageError } from "../usageError";
import { bankOption } from "./bankOption";
import { benchmarkOption } from "./benchmarkOption";
import type { Command } from "./command";
import { optionsAndFiles } from "./options";
import { scoreAnswersFile } from "./scoreAnswers";
import { scoreFiles } from "./scoreWorkbooks";

/** svmi score: checks its arguments, then scores workbooks or an answers file. */

export const score: Command = {
  name: "score",
  summary: [
    {
      usage:
        "svmi score IN.xlsx [more.xlsx ...] [--out OUT.xlsx | --out-dir DIR | --in-place] [--json]",
      does: "score filled workbooks: levels, Results, radar chart, Action Plan",
    },
    { usage: "svmi score --answers FILE.json [--json]", does: "score an answers file" },
  ],
  help: () => `Usage: svmi score IN.xlsx [more.xlsx ...] [--out OUT.xlsx | --out-dir DIR | --in-place] [--json] [--benchmark BENCH.json [--segment S]]
       svmi score --answers FILE.json [--bank BANK.json] [--json]

Scores assessment workbooks (made by the add-in or by svmi template) through their questionnaire
table, and writes a scored copy: the level columns filled, a Results sheet with the radar chart, and
an Action Plan sheet (Notes typed there before are kept). Every other part of the workbook is kept
as it was. The input is never changed unless --in-place is given.
  --out OUT.xlsx  where to write the scored copy (one input only; default IN-scored.xlsx beside IN)
  --out-dir DIR   write each scored copy into DIR as NAME-scored.xlsx
  --in-place      write the scores into the input workbook itself
  --json          print the score JSON, one object per line per workbook, with "file" and "output"
  --answers FILE  score an answers file instead: {"framework": "public", "organisation": "...",
                  "answers": [{"question": "A1", "present": "<option text>", "future": "<option text>"}]}
                  ("-" reads standard input)
  --bank FILE     the question bank the answers are for ("framework" is its id); a workbook made
                  with a bank carries it, so scoring one needs no --bank
  --benchmark FILE  a benchmark (svmi-benchmark/1, from svmi aggregate) to carry in each workbook:
                  every score from then on draws a Benchmark sheet, where this organisation
                  stands among its peers
  --segment S     the peers to compare with: all (the default), type=VALUE or region=VALUE,
                  one of the benchmark's segments (svmi aggregate --by type, --by region)
Files over 50 MB, or that would unpack to over 250 MB, are refused.`,
  run: async (args, io) => {
    const { values, positionals: files } = optionsAndFiles(args, {
      answers: { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
      "out-dir": { type: "string" },
      "in-place": { type: "boolean" },
      bank: { type: "string" },
      benchmark: { type: "string" },
      segment: { type: "string" },
    });
    if (values.answers !== undefined) {
      if (files.length)
        throw new UsageError("give either --answers FILE.json or workbooks, not both");
      if (values.benchmark !== undefined || values.segment !== undefined)
        throw new UsageError("--benchmark is for workbooks: it draws a Benchmark sheet");
      const bank = values.bank === undefined ? undefined : await bankOption(values.bank, io);
      return scoreAnswersFile(values.answers, values.json ?? false, io, bank);
    }
    // A workbook carries the bank it was made with; one that has lost it can be given it.
    if (values.bank !== undefined) await bankOption(values.bank, io);
    if (files.length === 0) throw new UsageError("score needs IN.xlsx (or --answers FILE.json)");
    const outputs = [values.out, values["out-dir"], values["in-place"]].filter(
      (v) => v !== undefined
    );
    if (outputs.length > 1) throw new UsageError("use only one of --out, --out-dir and --in-place");
    if (values.out !== undefined && files.length > 1)
      throw new UsageError("--out takes one input; use --out-dir DIR for several");
    if (values.out !== undefined && !/\.xlsx$/i.test(values.out))
      throw new UsageError("--out must name an .xlsx file");
    // After --bank: a benchmark of the bank's framework is checked against it.
    if (values.segment !== undefined && values.benchmark === undefined)
      throw new UsageError("--segment chooses a segment of --benchmark BENCH.json: give both");
    const benchmark =
      values.benchmark === undefined
        ? undefined
        : await benchmarkOption(values.benchmark, io, values.segment);
    return scoreFiles(
      files,
      {
        out: values.out,
        outDir: values["out-dir"],
        inPlace: values["in-place"] ?? false,
        json: values.json ?? false,
        ...(benchmark ? { benchmark } : {}),
      },
      io
    );
  },
};
