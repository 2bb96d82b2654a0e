import { aggregate as aggregateSubmissions } from "../../core/benchmark/aggregate";
import { DEFAULT_K, MIN_K, ORG_FIELDS, type OrgField } from "../../core/benchmark/benchmark";
import { benchmarkCsv } from "../../core/benchmark/benchmarkCsv";
import { findDuplicates } from "../../core/benchmark/duplicates";
import { FormatError } from "../../core/benchmark/formatError";
import { readSubmission } from "../../core/benchmark/readSubmission";
import type { Submission } from "../../core/benchmark/submission";
import { UsageError } from "../usageError";
import type { CliIo } from "./cliIo";
import type { Command } from "./command";
import { EXIT_OK, EXIT_SOME_FAILED } from "./exitCodes";
import { optionsAndFiles } from "./options";

/** svmi aggregate: many organisations' submissions into one benchmark, small segments suppressed. */

/** A submission is a few kilobytes; anything this large is not one. */
const SUBMISSION_BYTES = 2 ** 20;

export const aggregate: Command = {
  name: "aggregate",
  summary: [
    {
      usage: "svmi aggregate SUB1.json ... --out BENCH.json [--csv BENCH.csv] [--k 5] [--by type]",
      does: "submissions into a benchmark, small segments suppressed",
    },
  ],
  help: () => `Usage: svmi aggregate SUB1.json SUB2.json ... --out BENCH.json [--csv BENCH.csv] [--k ${DEFAULT_K}] [--by type] [--by region]

Reads organisations' submissions (written by svmi export, one organisation per file) and writes a
benchmark: for everyone, and for each value of each --by field, how many organisations are at
each level of every theme and overall, with the median and quartiles. A segment of fewer than k
organisations is suppressed (no numbers), and so is the next-smallest of its split when its
numbers could otherwise be worked out by subtraction from the total.
  --out BENCH.json  the benchmark to write (docs/formats/svmi-benchmark-1.md)
  --csv BENCH.csv   also write it as CSV: segment, n, theme, field, a count per level, median
  --k N             the smallest segment shown (default ${DEFAULT_K}, at least ${MIN_K})
  --by FIELD        a segment per value of FIELD (${ORG_FIELDS.join(" or ")}); may be repeated
A file that cannot be used (not a submission, edited levels, consent refused, the same
organisation twice) is named on standard error and left out; the rest are aggregated.`,
  run: async (args, io) => {
    const { values, positionals: files } = optionsAndFiles(args, {
      out: { type: "string" },
      csv: { type: "string" },
      k: { type: "string" },
      by: { type: "string", multiple: true },
    });
    if (files.length === 0) throw new UsageError("aggregate needs the submissions (SUB.json ...)");
    if (values.out === undefined) throw new UsageError("aggregate needs --out BENCH.json");
    if (!/\.json$/i.test(values.out)) throw new UsageError("--out must name a .json file");
    if (values.csv !== undefined && !/\.csv$/i.test(values.csv))
      throw new UsageError("--csv must name a .csv file");
    const k = values.k === undefined ? DEFAULT_K : Number(values.k);
    if (!/^\d+$/.test(values.k ?? String(DEFAULT_K)) || k < MIN_K)
      throw new UsageError(
        `--k must be a whole number of at least ${MIN_K} (a smaller segment would single organisations out)`
      );
    const by = values.by ?? [];
    const unknown = by.find((field) => !(ORG_FIELDS as readonly string[]).includes(field));
    if (unknown !== undefined)
      throw new UsageError(`--by ${unknown}: choose ${ORG_FIELDS.join(" or ")}`);
    return aggregateFiles(files, { out: values.out, csv: values.csv, k, by: by as OrgField[] }, io);
  },
};

interface AggregateRun {
  out: string;
  csv?: string;
  k: number;
  by: OrgField[];
}

async function aggregateFiles(files: string[], run: AggregateRun, io: CliIo): Promise<number> {
  const read: { file: string; submission: Submission }[] = [];
  let failed = 0;
  const leaveOut = (message: string) => {
    failed += 1;
    io.err(`svmi: ${message}; left out`);
  };
  for (const file of files) {
    try {
      const submission = readSubmission(await readText(file, io), file);
      const first = read[0]?.submission.framework;
      if (
        first &&
        (first.id !== submission.framework.id || first.version !== submission.framework.version)
      )
        leaveOut(
          `${file}: it answers ${submission.framework.id} ${submission.framework.version}, the others ${first.id} ${first.version}`
        );
      else read.push({ file, submission });
    } catch (error) {
      if (!(error instanceof FormatError)) throw error;
      leaveOut(error.message);
    }
  }
  const duplicates = findDuplicates(read.map((r) => r.submission));
  for (const d of duplicates)
    leaveOut(`${read[d.index].file}: ${d.reason} as ${read[d.of].file}: one organisation per file`);
  const left = new Set(duplicates.map((d) => d.index));
  const kept = read.filter((_, i) => !left.has(i)).map((r) => r.submission);
  if (kept.length === 0) {
    io.err("svmi: no submission could be used; nothing written");
    return EXIT_SOME_FAILED;
  }
  const benchmark = aggregateSubmissions(kept, { k: run.k, by: run.by });
  const encode = (text: string) => new TextEncoder().encode(text);
  await io.writeFileAtomic(run.out, encode(`${JSON.stringify(benchmark, null, 2)}\n`));
  // With the byte-order mark Excel reads the file as UTF-8 (types and regions need not be ASCII).
  if (run.csv) await io.writeFileAtomic(run.csv, encode(`\uFEFF${benchmarkCsv(benchmark)}`));
  const suppressed = benchmark.segments.filter((s) => s.suppressed).length;
  if (failed)
    io.err(`svmi: aggregated ${kept.length} of ${files.length} files; ${failed} left out`);
  io.out(
    [
      `Benchmark of ${count(kept.length, "organisation")} (k = ${run.k}): ${count(benchmark.segments.length, "segment")}, ${suppressed} suppressed.`,
      `Written: ${run.out}`,
      ...(run.csv ? [`Written: ${run.csv}`] : []),
    ].join("\n")
  );
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

/** "1 segment", "3 segments". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** A submission file's text; why it cannot be read is a FormatError naming it. */
async function readText(file: string, io: CliIo): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(file, SUBMISSION_BYTES);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FormatError(
      file,
      code === "ENOENT"
        ? "does not exist"
        : code === "EACCES"
          ? "cannot be read (permission denied)"
          : (error as Error).message
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new FormatError(file, "is not UTF-8 text (is it a submission written by svmi export?)");
  }
}
