import type { CliIo } from "../../../src/cli/commands/cliIo";
import { memoryIo } from "../../helpers/memoryIo";
import { fileSafe, participantNames, participants } from "../../../src/cli/commands/participants";
import { runCli } from "../../../src/cli/commands";
import { UsageError } from "../../../src/cli/usageError";
import { COLUMN_ORDER, COLUMNS, SHEET_MARKERS } from "../../../src/core/workbook/names";
import { detailsFromCells } from "../../../src/core/workbook/readers/workbookRecord";
import { XlsxPackage } from "../../../src/xlsx/package/xlsxPackage";
import { addSheet, emptyWorkbook } from "../../../src/xlsx/parts/workbookEdits";
import { readSnapshot } from "../../../src/xlsx/readSnapshot";
import { scoreAssessmentFile } from "../../../src/xlsx/workbookFile";
import { expectExcelClean } from "../../helpers/excelStrict";
import { cells, edit, filledSurrey, marked, type } from "../../helpers/workbooks";

/**
 * svmi participants: one blank copy of an assessment per participant, the participant named in the
 * copy's details; everything but the answers kept.
 */

const memory = memoryIo;

const column = (name: string) => COLUMN_ORDER.indexOf(name as (typeof COLUMN_ORDER)[number]);
const [ID, PRESENT, FUTURE, PRESENT_LEVEL, FUTURE_LEVEL, NOTES] = [
  COLUMNS.id,
  COLUMNS.present,
  COLUMNS.future,
  COLUMNS.presentLevel,
  COLUMNS.futureLevel,
  COLUMNS.notes,
].map(column);
/** The template's first body row (zero-based): the table's header is row 7. */
const FIRST_BODY_ROW = 7;

/** Surrey scored (levels, Results, Action Plan, Tracker) with notes typed beside two answers. */
function scoredSurreyWithNotes(): Uint8Array {
  const scored = scoreAssessmentFile(filledSurrey()).bytes;
  return edit(scored, (pkg) =>
    type(pkg, SHEET_MARKERS.questionnaire, [
      [FIRST_BODY_ROW, NOTES, "Minutes of the March board"],
      [FIRST_BODY_ROW + 5, NOTES, "See the procurement strategy"],
    ])
  );
}

/** A workbook of one blank sheet: no assessment in it. */
function blankWorkbook(): Uint8Array {
  const pkg = emptyWorkbook();
  addSheet(pkg, "Sheet1", false);
  return pkg.toBytes();
}

/** What the details reader makes of a workbook's details block. */
function detailsOf(bytes: Uint8Array) {
  const { snapshot } = readSnapshot(XlsxPackage.open(bytes));
  const table = snapshot.questionnaire!;
  return detailsFromCells("public", table.above.slice(0, table.bodyRow - 1));
}

describe("svmi participants", () => {
  const original = scoredSurreyWithNotes();
  const originalCopy = new Uint8Array(original);

  it("writes one blank copy per participant beside the assessment, named after both", async () => {
    const { io, store, out, err } = memory({ "work/surrey.xlsx": original });
    const code = await participants.run(["work/surrey.xlsx", "--names", "Ana Lee, Ben Ode"], io);
    expect([code, err]).toEqual([0, []]);
    expect(out).toEqual(["Written: work/surrey-Ana Lee.xlsx", "Written: work/surrey-Ben Ode.xlsx"]);
    expect([...store.keys()].sort()).toEqual([
      "work/surrey-Ana Lee.xlsx",
      "work/surrey-Ben Ode.xlsx",
      "work/surrey.xlsx",
    ]);
    // The assessment itself is untouched.
    expect(store.get("work/surrey.xlsx")).toEqual(originalCopy);
    for (const [path, name] of [
      ["work/surrey-Ana Lee.xlsx", "Ana Lee"],
      ["work/surrey-Ben Ode.xlsx", "Ben Ode"],
    ]) {
      const copy = store.get(path)!;
      expectExcelClean(copy, path);
      expect(detailsOf(copy)).toEqual({
        frameworkId: "public",
        organisation: "Surrey County Council",
        date: "2026-11-22",
        participant: name,
      });
    }
  });

  describe("a copy", () => {
    let copy: Uint8Array;
    beforeAll(async () => {
      const { io, store } = memory({ "surrey.xlsx": original });
      await participants.run(["surrey.xlsx", "--names", "Ana Lee"], io);
      copy = store.get("surrey-Ana Lee.xlsx")!;
    });

    it("has every answer and level blank, and still scores (every theme to answer)", () => {
      const grid = cells(XlsxPackage.open(copy), SHEET_MARKERS.questionnaire);
      const body = grid.slice(FIRST_BODY_ROW).filter((row) => row[ID]);
      expect(body).toHaveLength(60);
      for (const row of body)
        for (const c of [PRESENT, FUTURE, PRESENT_LEVEL, FUTURE_LEVEL])
          expect([row[ID], c, row[c] ?? null]).toEqual([row[ID], c, null]);
      const { result } = scoreAssessmentFile(copy).score;
      expect(result.themes.every((t) => t.present.level === null && t.future.level === null)).toBe(
        true
      );
      expect(result.problems).toEqual([]);
    });

    it("keeps the notes, the questions and the details; the name sits in the first free row", () => {
      const before = cells(XlsxPackage.open(original), SHEET_MARKERS.questionnaire);
      const after = cells(XlsxPackage.open(copy), SHEET_MARKERS.questionnaire);
      expect(after[FIRST_BODY_ROW][NOTES]).toBe("Minutes of the March board");
      expect(after[FIRST_BODY_ROW + 5][NOTES]).toBe("See the procurement strategy");
      // Row 6 (zero-based 5), the blank line above the table, holds the Participant now.
      expect(before[5]).toEqual([]);
      expect(after[5]).toEqual(["Participant", "Ana Lee"]);
      const answerColumns = new Set([PRESENT, FUTURE, PRESENT_LEVEL, FUTURE_LEVEL]);
      const rows = Math.max(before.length, after.length);
      for (let r = 0; r < rows; r++) {
        if (r === 5) continue;
        const width = Math.max(before[r]?.length ?? 0, after[r]?.length ?? 0);
        for (let c = 0; c < width; c++) {
          if (r >= FIRST_BODY_ROW && answerColumns.has(c)) continue;
          expect([r, c, after[r]?.[c]]).toEqual([r, c, before[r]?.[c]]);
        }
      }
    });

    it("styles the new row as the details above it", () => {
      const pkg = XlsxPackage.open(copy);
      const xml = pkg.text(marked(pkg, SHEET_MARKERS.questionnaire).path)!;
      const style = (ref: string) => new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(xml)?.[1];
      expect(style("A6")).toBe(style("A5"));
      expect(style("B6")).toBe(style("B5"));
      expect(style("A6")).toBeDefined();
    });

    it("leaves every other part of the file byte for byte as it was", () => {
      const [a, b] = [XlsxPackage.open(original), XlsxPackage.open(copy)];
      const questionnaire = marked(a, SHEET_MARKERS.questionnaire).path;
      expect(b.paths()).toEqual(a.paths());
      const changed = a.paths().filter((p) => {
        const [x, y] = [a.bytes(p)!, b.bytes(p)!];
        return x.length !== y.length || x.some((v, i) => v !== y[i]);
      });
      expect(changed).toEqual([questionnaire]);
    });

    it("takes a new name over its Participant row, without adding another", async () => {
      const { io, store } = memory({ "surrey-Ana Lee.xlsx": copy });
      expect(await participants.run(["surrey-Ana Lee.xlsx", "--names", "Cai Roe"], io)).toBe(0);
      const again = store.get("surrey-Ana Lee-Cai Roe.xlsx")!;
      expect(detailsOf(again).participant).toBe("Cai Roe");
      const grid = cells(XlsxPackage.open(again), SHEET_MARKERS.questionnaire);
      expect(grid.filter((row) => row[0] === "Participant")).toEqual([["Participant", "Cai Roe"]]);
      expectExcelClean(again);
    });
  });

  it("writes into --out-dir, making it, and names files safely", async () => {
    const { io, store, out, dirs } = memory({ "surrey.XLSX": original });
    const code = await participants.run(
      ["surrey.XLSX", "--names", "Ana/Lee,Ben: Ode", "--out-dir", "copies"],
      io
    );
    expect(code).toBe(0);
    expect(dirs).toEqual(["copies"]);
    expect(out).toEqual([
      "Written: copies/surrey-Ana_Lee.xlsx",
      "Written: copies/surrey-Ben_ Ode.xlsx",
    ]);
    // The details keep the name as given.
    expect(detailsOf(store.get("copies/surrey-Ana_Lee.xlsx")!).participant).toBe("Ana/Lee");
  });

  it("keeps an existing copy unless --force", async () => {
    const old = new Uint8Array([1, 2, 3]);
    const { io, store } = memory({ "surrey.xlsx": original, "surrey-Ben.xlsx": old });
    const run = () => participants.run(["surrey.xlsx", "--names", "Ana,Ben"], io);
    await expect(run()).rejects.toThrow(
      new UsageError("surrey-Ben.xlsx already exists; add --force to replace it")
    );
    // Nothing is written, not even the copies that were free.
    expect([...store.keys()].sort()).toEqual(["surrey-Ben.xlsx", "surrey.xlsx"]);
    expect(await participants.run(["surrey.xlsx", "--names", "Ana,Ben", "--force"], io)).toBe(0);
    expect(detailsOf(store.get("surrey-Ben.xlsx")!).participant).toBe("Ben");
  });

  it.each([
    [["surrey.xlsx"], 'participants needs --names "A,B"'],
    [["--names", "Ana"], "participants takes one ASSESSMENT.xlsx (and --names)"],
    [["a.xlsx", "b.xlsx", "--names", "Ana"], "participants takes one ASSESSMENT.xlsx"],
    [["surrey.xlsx", "--names", ""], "--names is empty"],
    [["surrey.xlsx", "--names", "Ana,,Ben"], '--names has an empty name ("Ana,,Ben")'],
    [["surrey.xlsx", "--names", "Ana, "], "--names has an empty name"],
    [["surrey.xlsx", "--names", "Ana,Ben,ana"], "--names gives 'ana' twice"],
    [["surrey.xlsx", "--names", "Ana  Lee,Ana Lee"], "--names gives 'Ana Lee' twice"],
    [
      ["surrey.xlsx", "--names", "Ana/Lee,Ana:Lee"],
      "--names: 'Ana/Lee' and 'Ana:Lee' would both be written as …-Ana_Lee.xlsx",
    ],
    [["surrey.xlsx", "--names", "x".repeat(101)], "is over 100 characters"],
    [["surrey.xlsx", "--names", "Ana", "--out", "x.xlsx"], "Unknown option '--out'"],
  ])("refuses %j", async (args, message) => {
    const { io, store } = memory({ "surrey.xlsx": original });
    await expect(participants.run(args, io)).rejects.toThrow(UsageError);
    await expect(participants.run(args, io)).rejects.toThrow(message);
    expect([...store.keys()]).toEqual(["surrey.xlsx"]);
  });

  it.each([
    ["a file that is not there", {}, "gone.xlsx", "svmi: gone.xlsx does not exist"],
    [
      "a workbook with no assessment",
      { "gone.xlsx": blankWorkbook() },
      "gone.xlsx",
      "svmi: gone.xlsx: This workbook holds no SVMI assessment yet.",
    ],
    [
      "a file that is not a workbook",
      { "gone.xlsx": new TextEncoder().encode("Theme,Question\n") },
      "gone.xlsx",
      "svmi: gone.xlsx is a text file (CSV?)",
    ],
  ])(
    "says in one line on stderr why it cannot copy %s, and exits 1",
    async (_, files, input, line) => {
      const { io, store, out, err } = memory(files);
      expect(await participants.run([input, "--names", "Ana"], io)).toBe(1);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0].slice(0, line.length)).toBe(line);
      expect([...store.keys()]).toEqual(Object.keys(files));
    }
  );

  it("says so when no row above the table is free for the name", async () => {
    const full = edit(original, (pkg) =>
      type(pkg, SHEET_MARKERS.questionnaire, [[5, 0, "Prepared for the board"]])
    );
    const { io, err } = memory({ "full.xlsx": full });
    expect(await participants.run(["full.xlsx", "--names", "Ana"], io)).toBe(1);
    expect(err).toEqual([
      "svmi: full.xlsx: Rows 1 to 6 above the questionnaire table are all in use, leaving none for the participant's name: insert a row above the table, or add a row labelled Participant.",
    ]);
  });

  it("is listed in svmi --help, and explains itself", async () => {
    const out: string[] = [];
    await runCli(["--help"], { out: (t: string) => out.push(t) } as Partial<CliIo> as CliIo);
    expect(out[0]).toContain('svmi participants ASSESSMENT.xlsx --names "Ana Lee,Ben Ode"');
    expect(participants.help()).toMatch(/^Usage: svmi participants ASSESSMENT\.xlsx --names/);
  });
});

describe("participantNames and fileSafe", () => {
  it("trims the names and folds their spacing", () => {
    expect(participantNames(" Ana   Lee ,Ben\tOde")).toEqual(["Ana Lee", "Ben Ode"]);
  });

  it("replaces what Windows, macOS or Linux refuse in a file name, keeping spaces", () => {
    expect(fileSafe('A\\b/c:d*e?f"g<h>i|j\u0001k l')).toBe("A_b_c_d_e_f_g_h_i_j_k l");
    expect(fileSafe("Zoë O'Neil")).toBe("Zoë O'Neil");
  });
});
