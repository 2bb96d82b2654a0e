import { join } from "node:path";
import type { CliIo } from "../../../src/cli/commands/cliIo";
import { scoreFiles, type ScoreFilesOptions } from "../../../src/cli/commands/scoreWorkbooks";
import { formatResultTable } from "../../../src/core/scoring/report";
import { scoreJson } from "../../../src/core/scoring/scoreJson";
import { emptyWorkbook } from "../../../src/xlsx/parts/workbookEdits";
import { newAssessmentWorkbook, scoreAssessmentFile } from "../../../src/xlsx/workbookFile";
import { DETAILS, filledSurrey, PUBLIC } from "../../helpers/workbooks";

/** svmi score IN.xlsx…: scores each workbook, writes its scored copy, carries on past failures. */

function memory(files: Record<string, Uint8Array>) {
  const store = new Map(Object.entries(files));
  const out: string[] = [];
  const err: string[] = [];
  const dirs: string[] = [];
  const io = {
    out: (text: string) => out.push(text),
    err: (text: string) => err.push(text),
    makeDir: async (path: string) => {
      dirs.push(path);
    },
    readBytes: async (path: string) => {
      const bytes = store.get(path);
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return bytes;
    },
    writeFileAtomic: async (path: string, bytes: Uint8Array) => {
      store.set(path, bytes);
    },
  } as Partial<CliIo> as CliIo;
  return { io, store, out, err, dirs };
}
const plain: ScoreFilesOptions = { inPlace: false, json: false };
const surrey = filledSurrey();
const surreyResult = scoreAssessmentFile(surrey).score.result;

describe("scoreFiles", () => {
  it("writes IN-scored.xlsx beside one input and prints its table, with nothing on stderr", async () => {
    const { io, store, out, err } = memory({ [join("in", "my.survey.xlsx")]: surrey });
    expect(await scoreFiles([join("in", "my.survey.xlsx")], plain, io)).toBe(0);
    const output = join("in", "my.survey-scored.xlsx");
    expect(out).toEqual([`${formatResultTable(surreyResult)}\n\nWritten: ${output}\n`]);
    expect(err).toEqual([]);
    expect(scoreAssessmentFile(store.get(output)!).score.result).toEqual(surreyResult);
  });

  it("writes to --out, into --out-dir (made first) or over the input with --in-place", async () => {
    const one = memory({ "a.xlsx": surrey });
    await scoreFiles(["a.xlsx"], { ...plain, out: "chosen.xlsx" }, one.io);
    expect([...one.store.keys()]).toEqual(["a.xlsx", "chosen.xlsx"]);

    const dir = memory({ [join("in", "a.xlsx")]: surrey });
    await scoreFiles([join("in", "a.xlsx")], { ...plain, outDir: "scored" }, dir.io);
    expect(dir.dirs).toEqual(["scored"]);
    expect([...dir.store.keys()]).toEqual([join("in", "a.xlsx"), join("scored", "a-scored.xlsx")]);

    const inPlace = memory({ "a.xlsx": surrey });
    await scoreFiles(["a.xlsx"], { ...plain, inPlace: true }, inPlace.io);
    expect([...inPlace.store.keys()]).toEqual(["a.xlsx"]);
    expect(inPlace.store.get("a.xlsx")).not.toBe(surrey);
  });

  it("prints one JSON line with the file and its output under --json", async () => {
    const { io, out } = memory({ "a.xlsx": surrey });
    await scoreFiles(["a.xlsx"], { ...plain, json: true }, io);
    expect(out.map((line) => JSON.parse(line))).toEqual([
      {
        file: "a.xlsx",
        output: "a-scored.xlsx",
        ...JSON.parse(JSON.stringify(scoreJson(surreyResult))),
      },
    ]);
  });

  it("reports a problem in the answers with its cell, and still scores the file", async () => {
    const maybe = newAssessmentWorkbook(PUBLIC, DETAILS, new Map([["A1", { present: "Maybe" }]]));
    const { io, store, err } = memory({ "a.xlsx": maybe });
    expect(await scoreFiles(["a.xlsx"], plain, io)).toBe(0);
    // The questionnaire's header is row 7 and Present its fourth column: A1's answer is D8.
    expect(err).toEqual([
      "svmi: a.xlsx: Questionnaire!D8: A1 present: 'Maybe' is not one of the options",
    ]);
    expect(store.has("a-scored.xlsx")).toBe(true);
  });

  it("shows progress for several files, names each one that fails and why, and exits 1", async () => {
    const { io, store, err } = memory({
      "good.xlsx": surrey,
      "empty.xlsx": emptyWorkbook().toBytes(),
    });
    const inputs = ["good.xlsx", "empty.xlsx", "gone.xlsx", "old.xls"];
    expect(await scoreFiles(inputs, plain, io)).toBe(1);
    expect(err).toEqual([
      "svmi: [1/4] good.xlsx",
      "svmi: [2/4] empty.xlsx",
      "svmi: empty.xlsx: The workbook has no sheets.",
      "svmi: [3/4] gone.xlsx",
      "svmi: gone.xlsx does not exist",
      "svmi: [4/4] old.xls",
      expect.stringMatching(/^svmi: old\.xls is a \.xls file; /),
      "svmi: scored 1 of 4 workbooks; 3 failed",
    ]);
    expect([...store.keys()].filter((p) => p.endsWith("-scored.xlsx"))).toEqual([
      "good-scored.xlsx",
    ]);
  });

  it("reports a write that fails as the file not being scored", async () => {
    const { io, err } = memory({ "a.xlsx": surrey });
    io.writeFileAtomic = async () => {
      throw new Error("ENOSPC: no space left on device");
    };
    expect(await scoreFiles(["a.xlsx"], plain, io)).toBe(1);
    expect(err).toEqual(["svmi: a.xlsx: could not be scored (ENOSPC: no space left on device)"]);
  });
});
