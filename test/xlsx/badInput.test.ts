import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDeflateRaw, crc32 } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { runCli, type CliIo } from "../../src/cli/commands";
import { nodeIo } from "../../src/cli/io";
import { exampleAssessment, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import {
  newAssessmentWorkbook,
  scoreAssessmentFile,
  filledAnswers,
} from "../../src/xlsx/workbookFile";
import { readCells, writeTextCells } from "../../src/xlsx/parts/sheetCells";
import { addSheet, emptyWorkbook } from "../../src/xlsx/parts/workbookEdits";
import { REL_TYPES, XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { expectExcelClean } from "../helpers/excelStrict";

/**
 * Bad input, file by file, through `svmi score` with real files: each bad file gets one clear
 * stderr line naming it and what is wrong, no output (and no temporary file) is left for it, and a
 * good workbook given alongside is still scored.
 */

// ---- The CLI in-process, with captured output.

async function svmi(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...nodeIo, out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await runCli(argv, io);
  return { code, stdout: out.join("\n"), errLines: err.flatMap((t) => t.split("\n")) };
}

/** Progress lines of a several-file run ("svmi: [2/9] FILE") and its summary line. */
const PROGRESS = /^svmi: (\[\d+\/\d+\] |scored \d+ of \d+ workbooks)/;

/** The stderr lines about `path`: a failure ("svmi: PATH msg") or a problem ("svmi: PATH: …"). */
const linesAbout = (lines: string[], path: string) =>
  lines.filter(
    (l) => !PROGRESS.test(l) && (l.startsWith(`svmi: ${path} `) || l.startsWith(`svmi: ${path}:`))
  );

// ---- Inputs.

const framework = getFramework("public");
const MB = 1024 * 1024;

function goodWorkbook(): Uint8Array {
  const example = exampleAssessment(framework, SURREY);
  const answers = filledAnswers(example.answers);
  const details = { frameworkId: framework.id, organisation: "Surrey", date: "2024-05-01" };
  return newAssessmentWorkbook(framework, details, answers);
}

/** The good workbook with one edit made to its parts. */
function edited(edit: (pkg: XlsxPackage) => void): Uint8Array {
  const pkg = XlsxPackage.open(goodWorkbook());
  edit(pkg);
  return pkg.toBytes();
}

const sheetPath = (pkg: XlsxPackage, name: string) =>
  pkg.sheets().find((s) => s.name === name)!.path;

/** Sets cells (zero-based row and column) of a sheet to text. */
function setCells(pkg: XlsxPackage, sheet: string, writes: [number, number, string][]): void {
  const path = sheetPath(pkg, sheet);
  const { xml } = writeTextCells(
    pkg.text(path)!,
    writes.map(([row, column, text]) => ({ row, column, text }))
  );
  pkg.setText(path, xml);
}

const utf16 = (text: string) => [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);

/** An OLE compound file (what Excel 97-2003 and password-protected .xlsx files are). */
function oleFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18); // version, byte order, sectors
  bytes.set(utf16("Root Entry"), 0x400);
  bytes.set(utf16(streamName), 0x480); // a directory entry naming the stream
  return bytes;
}

/** Deterministic bytes that are neither a zip, an OLE file nor text. */
function noiseBytes(length: number): Uint8Array {
  let seed = 0x5eed;
  const bytes = Uint8Array.from({ length }, () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 24;
  });
  bytes.set([0x13, 0x37, 0x00]); // no PK or OLE magic; a zero byte, so not text
  return bytes;
}

/** Zeros deflated as they would be in a zip (raw deflate), streamed so memory stays small. */
async function deflatedZeros(size: number): Promise<{ data: Uint8Array; crc: number }> {
  const deflate = createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  const block = Buffer.alloc(MB);
  let crc = 0;
  for (let left = size; left > 0; left -= block.length) {
    const piece = left >= block.length ? block : block.subarray(0, left);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await ended;
  return { data: new Uint8Array(Buffer.concat(chunks)), crc };
}

interface ZipEntry {
  name: string;
  data: Uint8Array; // deflated
  crc: number;
  size: number; // uncompressed, as declared
  /** Share an earlier entry's data (an overlapping-entries bomb) instead of storing its own. */
  sameDataAs?: number;
}

/** A zip written by hand: the declared sizes are exactly what we say, whatever the data. */
function handMadeZip(entries: ZipEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const header = (fields: [number, 2 | 4][], name: Uint8Array) => {
    const bytes = new Uint8Array(fields.reduce((n, [, size]) => n + size, 0) + name.length);
    const view = new DataView(bytes.buffer);
    let at = 0;
    for (const [value, size] of fields) {
      if (size === 2) view.setUint16(at, value, true);
      else view.setUint32(at, value >>> 0, true);
      at += size;
    }
    bytes.set(name, at);
    return bytes;
  };
  for (const [index, entry] of entries.entries()) {
    const name = strToU8(entry.name);
    const common: [number, 2 | 4][] = [
      [20, 2], // version needed
      [0, 2], // flags
      [8, 2], // deflate
      [0, 2], // time
      [0x21, 2], // date: 1980-01-01
      [entry.crc, 4],
      [entry.data.length, 4],
      [entry.size, 4],
      [name.length, 2],
      [0, 2], // extra length
    ];
    if (entry.sameDataAs === undefined) {
      offsets[index] = offset;
      const local = header([[0x04034b50, 4], ...common], name);
      parts.push(local, entry.data);
      offset += local.length + entry.data.length;
    } else {
      offsets[index] = offsets[entry.sameDataAs];
    }
    const tail: [number, 2 | 4][] = [
      [0, 2], // comment length
      [0, 2], // disk
      [0, 2], // internal attributes
      [0, 4], // external attributes
      [offsets[index], 4],
    ];
    central.push(header([[0x02014b50, 4], [20, 2], ...common, ...tail], name));
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(
    [
      [0x06054b50, 4],
      [0, 2],
      [0, 2],
      [entries.length, 2],
      [entries.length, 2],
      [centralSize, 4],
      [offset, 4],
      [0, 2],
    ],
    new Uint8Array(0)
  );
  const all = [...parts, ...central, end];
  const bytes = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of all) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** A zip that is an Office file, but a Word document. */
function wordDocument(): Uint8Array {
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
  return zipSync({
    "[Content_Types].xml": strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-' +
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}" Target="word/document.xml"/></Relationships>`
    ),
    "word/document.xml": strToU8("<document/>"),
  });
}

// ---- The cases.

interface BadFile {
  /** What the issue calls it. */
  what: string;
  file: string;
  /** The file's bytes; with neither this nor `size`, no file is written. */
  bytes?: () => Uint8Array | Promise<Uint8Array>;
  /** A sparse, zero-filled file of this many bytes (never held in memory). */
  size?: number;
  /** What the one stderr line must say. */
  says: RegExp[];
}

const CSV = "Question ID,Present,Future\nA1,We do only what the Act requires,\n";

const BAD_FILES: BadFile[] = [
  {
    what: "an empty (0 byte) file",
    file: "empty.xlsx",
    bytes: () => new Uint8Array(0),
    says: [/is empty \(0 bytes\)/],
  },
  {
    what: "random bytes (not a zip)",
    file: "noise.xlsx",
    bytes: () => noiseBytes(3000),
    says: [/not an \.xlsx workbook/, /not a zip file/],
  },
  {
    what: "a truncated (corrupt) zip",
    file: "truncated.xlsx",
    bytes: () => goodWorkbook().subarray(0, 9000),
    says: [/damaged zip file/],
  },
  {
    what: "a valid zip that is not an .xlsx",
    file: "photos.xlsx",
    bytes: () => zipSync({ "readme.txt": strToU8("holiday photos") }),
    says: [/zip file but not an \.xlsx workbook/, /\[Content_Types\]\.xml missing/],
  },
  {
    what: "an Office file that is not a workbook (.docx)",
    file: "letter.xlsx",
    bytes: wordDocument,
    says: [/Office file but not an Excel workbook/],
  },
  {
    what: "a password-protected (encrypted) workbook",
    file: "locked.xlsx",
    bytes: () => oleFile("EncryptedPackage"),
    says: [/password-protected \(encrypted\)/, /remove the password/],
  },
  {
    what: "an Excel 97-2003 workbook saved under an .xlsx name",
    file: "legacy-renamed.xlsx",
    bytes: () => oleFile("Workbook"),
    says: [/old-format Excel 97-2003 \(\.xls\)/, /save it as \.xlsx/],
  },
  {
    what: "an .xls workbook",
    file: "legacy.xls",
    bytes: () => oleFile("Workbook"),
    says: [/is a \.xls file/, /save as \.xlsx/],
  },
  {
    what: "a .csv file",
    file: "answers.csv",
    bytes: () => strToU8(CSV),
    says: [/is a \.csv file/, /reads \.xlsx workbooks/],
  },
  {
    what: "CSV text saved under an .xlsx name",
    file: "export.xlsx",
    bytes: () => strToU8(CSV),
    says: [/text file \(CSV\?\)/, /not an \.xlsx workbook/],
  },
  {
    what: "an .xlsx with no sheets",
    file: "no-sheets.xlsx",
    bytes: () => emptyWorkbook().toBytes(),
    says: [/: The workbook has no sheets\./],
  },
  {
    what: "an empty workbook (one blank sheet, no SVMI table)",
    file: "blank.xlsx",
    bytes: () => {
      const pkg = emptyWorkbook();
      addSheet(pkg, "Sheet1", false);
      return pkg.toBytes();
    },
    says: [/holds no SVMI assessment yet/],
  },
  {
    what: "an unknown framework",
    file: "charity.xlsx",
    bytes: () => edited((pkg) => setCells(pkg, "SVMI Lists", [[0, 1, "charity"]])),
    says: [/unknown SVMI framework 'charity'/, /known: public, business/],
  },
  {
    what: "an unknown framework version",
    file: "version.xlsx",
    bytes: () => edited((pkg) => setCells(pkg, "SVMI Lists", [[1, 1, "9.9"]])),
    says: [/version 9\.9/, /knows version 1\.0/],
  },
  {
    // Without its table the questionnaire is still found by its header row (test/xlsx/repairs);
    // without both, there is nothing to score.
    what: "the questionnaire table removed and its header row overwritten",
    file: "no-table.xlsx",
    bytes: () =>
      edited((pkg) => {
        const path = sheetPath(pkg, "Questionnaire");
        const table = pkg.relationships(path).find((r) => r.type === REL_TYPES.table)!;
        pkg.removeRelationship(path, table.id);
        setCells(pkg, "Questionnaire", [[6, 1, "Ref"]]);
      }),
    says: [/questionnaire \(table SVMI_Questions, or a header row .*\) is missing/],
  },
  {
    what: "the questionnaire table missing its Present column",
    file: "no-present.xlsx",
    bytes: () =>
      edited((pkg) => {
        setCells(pkg, "Questionnaire", [[6, 3, "Now"]]);
        const table = "xl/tables/table1.xml";
        pkg.setText(table, pkg.text(table)!.replace('name="Present"', 'name="Now"'));
      }),
    says: [/missing its Present column/, /restore the headers/],
  },
  {
    what: "a zip bomb (one entry of 300 MB of zeros)",
    file: "bomb.xlsx",
    bytes: async () => {
      const zeros = await deflatedZeros(300 * MB);
      return handMadeZip([
        { name: "xl/worksheets/sheet1.xml", data: zeros.data, crc: zeros.crc, size: 300 * MB },
      ]);
    },
    says: [
      /would unpack to over 300 MB/,
      /xl\/worksheets\/sheet1\.xml/,
      /refused as a possible zip bomb/,
    ],
  },
  {
    what: "a zip bomb of overlapping entries (3 x 90 MB, one copy of the data)",
    file: "overlap-bomb.xlsx",
    bytes: async () => {
      const zeros = await deflatedZeros(90 * MB);
      const entry = { data: zeros.data, crc: zeros.crc, size: 90 * MB };
      return handMadeZip([
        { name: "a.xml", ...entry },
        { name: "b.xml", ...entry, sameDataAs: 0 },
        { name: "c.xml", ...entry, sameDataAs: 0 },
      ]);
    },
    says: [/would unpack to over 270 MB/, /refused as a possible zip bomb/],
  },
  {
    // Data that fails at once when inflated (reserved block type): refused as a bomb only if
    // every declared size is checked before any entry is inflated.
    what: "entries declaring 3 x 90 MB, all checked before anything is inflated",
    file: "declared-bomb.xlsx",
    bytes: () =>
      handMadeZip(
        ["a.xml", "b.xml", "c.xml"].map((name) => ({
          name,
          data: Uint8Array.of(0x07, 0, 0, 0),
          crc: 0,
          size: 90 * MB,
        }))
      ),
    says: [/would unpack to over 270 MB \(c\.xml\)/, /refused as a possible zip bomb/],
  },
  {
    what: "a zip of 10,001 entries",
    file: "many-entries.xlsx",
    bytes: () =>
      zipSync(
        Object.fromEntries(
          Array.from({ length: 10_001 }, (_, i) => [`f${i}.xml`, new Uint8Array(0)])
        )
      ),
    says: [/holds over 10000 zip entries; refused/],
  },
  {
    what: "a file over 50 MB",
    file: "huge.xlsx",
    size: 51 * MB,
    says: [/is 51 MB; files over 50 MB are refused/],
  },
  { what: "a file that does not exist", file: "missing.xlsx", says: [/does not exist/] },
];

// ---- Writing them out and scoring them together.

const dir = mkdtempSync(join(tmpdir(), "svmi-bad-"));
const input = (name: string) => join(dir, name);
const GOOD = input("good.xlsx");

beforeAll(async () => {
  writeFileSync(GOOD, goodWorkbook());
  for (const bad of BAD_FILES) {
    if (bad.size !== undefined) {
      const fd = openSync(input(bad.file), "w"); // sparse: no 51 MB in memory or on disk
      ftruncateSync(fd, bad.size);
      closeSync(fd);
    } else if (bad.bytes) {
      writeFileSync(input(bad.file), await bad.bytes());
    }
  }
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("svmi score with every kind of bad file and one good workbook", () => {
  const outDir = join(dir, "scored-together");
  // The good workbook in the middle: failures before and after it do not stop the run.
  const half = Math.floor(BAD_FILES.length / 2);
  const inputs = () => [
    ...BAD_FILES.slice(0, half).map((b) => input(b.file)),
    GOOD,
    ...BAD_FILES.slice(half).map((b) => input(b.file)),
  ];
  let run: Awaited<ReturnType<typeof svmi>>;

  beforeAll(async () => {
    run = await svmi("score", ...inputs(), "--out-dir", outDir);
  }, 30_000);

  it("exits 1 and says how many were scored", () => {
    expect(run.code).toBe(1);
    expect(run.errLines).toContain(
      `svmi: scored 1 of ${BAD_FILES.length + 1} workbooks; ${BAD_FILES.length} failed`
    );
  });

  it.each(BAD_FILES.map((b) => [b.what, b] as const))(
    "%s: one line naming the file and what is wrong",
    (_, bad) => {
      const lines = linesAbout(run.errLines, input(bad.file));
      expect(lines).toHaveLength(1);
      for (const pattern of bad.says) expect(lines[0]).toMatch(pattern);
    }
  );

  it("still scores the good workbook, and its output opens and scores again", () => {
    expect(linesAbout(run.errLines, GOOD)).toEqual([]);
    const output = join(outDir, "good-scored.xlsx");
    expect(run.stdout).toContain(`Written: ${output}`);
    expectExcelClean(readFileSync(output));
    const scored = scoreAssessmentFile(readFileSync(output));
    expect(scored.score.problems).toEqual([]);
    expect(scored.score.result.overall.present.label).toBe("Mature");
    expect(
      XlsxPackage.open(readFileSync(output))
        .sheets()
        .map((s) => s.name)
    ).toEqual(["Questionnaire", "SVMI Lists", "Results", "Action Plan", "Action Tracker"]);
  });

  it("writes nothing for the bad files: no output, no temporary file", () => {
    expect(readdirSync(outDir)).toEqual(["good-scored.xlsx"]);
    // Nor beside the inputs (where a default output or a temp file would go).
    const expected = new Set([...BAD_FILES.map((b) => b.file), "good.xlsx", "scored-together"]);
    expect(readdirSync(dir).filter((f) => !expected.has(f) && !f.startsWith("alone-"))).toEqual([]);
  });
});

describe("each bad file on its own", () => {
  it.each(BAD_FILES.map((b) => [b.what, b] as const))(
    "%s: exit 1, exactly one stderr line, nothing written",
    async (_, bad) => {
      const outDir = join(dir, `alone-${bad.file}`);
      const started = Date.now();
      const memoryBefore = process.memoryUsage().arrayBuffers;
      const { code, stdout, errLines } = await svmi("score", input(bad.file), "--out-dir", outDir);
      // Refused from the declared sizes, without inflating anything: fast, and no big buffers.
      expect(Date.now() - started).toBeLessThan(3000);
      expect(process.memoryUsage().arrayBuffers - memoryBefore).toBeLessThan(64 * MB);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(errLines).toHaveLength(1);
      expect(errLines[0].startsWith(`svmi: ${input(bad.file)}`)).toBe(true);
      for (const pattern of bad.says) expect(errLines[0]).toMatch(pattern);
      expect(readdirSync(outDir)).toEqual([]);
    }
  );

  it("leaves the inputs as they were (never changed, never deleted)", () => {
    for (const bad of BAD_FILES.filter((b) => b.bytes))
      expect(existsSync(input(bad.file))).toBe(true);
    expect(existsSync(input("missing.xlsx"))).toBe(false);
  });
});

describe("an answer that is not one of the options", () => {
  const TEXT = "Sometimes, on Tuesdays";

  it("is reported with its cell and listed in the score, not guessed; the file still scores", async () => {
    const path = input("unknown-answer.xlsx");
    // D9: the Present answer of the table's second row (question A2).
    const bytes = edited((pkg) => setCells(pkg, "Questionnaire", [[8, 3, TEXT]]));
    const pkg = XlsxPackage.open(bytes);
    const cells = readCells(pkg.text(sheetPath(pkg, "Questionnaire"))!, []);
    expect([cells[6][3], cells[8][1], cells[8][3]]).toEqual(["Present", "A2", TEXT]);
    writeFileSync(path, bytes);

    const outDir = join(dir, "unknown-answer");
    const { code, stdout, errLines } = await svmi("score", path, "--out-dir", outDir, "--json");
    expect(code).toBe(0);
    expect(errLines).toEqual([
      `svmi: ${path}: Questionnaire!D9: A2 present: '${TEXT}' is not one of the options`,
    ]);
    const json = JSON.parse(stdout);
    expect(json.problems).toEqual([
      {
        question: "A2",
        field: "present",
        message: `A2 present: '${TEXT}' is not one of the options`,
      },
    ]);
    const a2 = json.questions.find((q: { id: string }) => q.id === "A2");
    expect(a2.present).toEqual({ level: null, label: null });
    expect(readdirSync(outDir)).toEqual(["unknown-answer-scored.xlsx"]);
    expect(
      scoreAssessmentFile(readFileSync(join(outDir, "unknown-answer-scored.xlsx"))).score.problems
    ).toHaveLength(1);
  });
});
