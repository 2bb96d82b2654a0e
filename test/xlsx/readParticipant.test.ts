import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { CliIo } from "../../src/cli/commands/cliIo";
import { participants } from "../../src/cli/commands/participants";
import { buildConsensus } from "../../src/core/consensus/consensus";
import { responseFromAnswers } from "../../src/core/consensus/responses";
import {
  answersFromLevels,
  EAST_HERTS,
  SURREY,
  WALSALL,
} from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import { scoreAssessment } from "../../src/core/scoring/scoreAssessment";
import type { AnswerInput } from "../../src/core/scoring/types";
import { COLUMNS, SHEET_MARKERS } from "../../src/core/workbook/names";
import { participantCopy } from "../../src/xlsx/participantCopy";
import { addSheet, emptyWorkbook } from "../../src/xlsx/parts/workbookEdits";
import {
  ParticipantFileError,
  participantFromFileName,
  readParticipantFile,
} from "../../src/xlsx/readParticipant";
import { addAssessmentToWorkbook } from "../../src/xlsx/workbookFile";
import { fillWithExcelJS } from "../../scripts/producers/exceljs";
import { convertWithGnumeric, gnumericComplaints } from "../../scripts/producers/gnumeric";
import { convertWithLibreOffice } from "../../scripts/producers/libreOffice";
import { fillWithOpenpyxl } from "../../scripts/producers/openpyxl";
import type { FillPlan } from "../../scripts/producers/workedExample";
import { expectExcelClean } from "../helpers/excelStrict";
import { cells, dropQuestionnaireTable, edit, filledSurrey, type } from "../helpers/workbooks";

/*
 * A participant's workbook read for a merge: the copies `svmi participants` makes, filled in by
 * our own test helpers and by other programs (LibreOffice, Gnumeric, ExcelJS, openpyxl), and the
 * files that cannot be read, each refused with an error naming the file.
 */

jest.setTimeout(120_000);

const PUBLIC = getFramework("public");
const ANSWERS = {
  ana: answersFromLevels(PUBLIC, SURREY.answers),
  ben: answersFromLevels(PUBLIC, EAST_HERTS.answers),
  cai: answersFromLevels(PUBLIC, WALSALL.answers),
};

/** The blank copies `svmi participants` makes of Surrey's workbook, by participant. */
async function blankCopies(names: string[]): Promise<Map<string, Uint8Array>> {
  const store = new Map([["surrey.xlsx", filledSurrey()]]);
  const io = {
    out: () => undefined,
    err: (text: string) => {
      throw new Error(text);
    },
    exists: async (path: string) => store.has(path),
    readBytes: async (path: string) => store.get(path)!,
    writeFileAtomic: async (path: string, bytes: Uint8Array) => void store.set(path, bytes),
    makeDir: async () => undefined,
  } as Partial<CliIo> as CliIo;
  expect(await participants.run(["surrey.xlsx", "--names", names.join(",")], io)).toBe(0);
  return new Map(names.map((name) => [name, store.get(`surrey-${name}.xlsx`)!]));
}

/** Types answers into a questionnaire's Present and Future cells, as a person would. */
function fill(bytes: Uint8Array, answers: readonly AnswerInput[]): Uint8Array {
  return edit(bytes, (pkg) => {
    const grid = cells(pkg, SHEET_MARKERS.questionnaire);
    const headerRow = grid.findIndex((row) => row.includes(COLUMNS.id));
    const column = (name: string) => grid[headerRow].indexOf(name);
    const rowOf = (id: string) => grid.findIndex((row) => row[column(COLUMNS.id)] === id);
    type(
      pkg,
      SHEET_MARKERS.questionnaire,
      answers.flatMap((a): [number, number, string][] => [
        [rowOf(a.question), column(COLUMNS.present), a.present ?? ""],
        [rowOf(a.question), column(COLUMNS.future), a.future ?? ""],
      ])
    );
  });
}

/** The typed answers as AnswerInput, for comparing with what was filled in. */
const asAnswers = (file: ReturnType<typeof readParticipantFile>) =>
  file.typed.map((t) => ({ question: t.question, present: t.present, future: t.future }));

describe("readParticipantFile", () => {
  let copies: Map<string, Uint8Array>;
  beforeAll(async () => {
    copies = await blankCopies(["Ana Lee", "Ben Ode", "Cai Roe"]);
  });

  it("reads the participant from the details and every answer with its cell", () => {
    const bytes = fill(copies.get("Ana Lee")!, ANSWERS.ana);
    expectExcelClean(bytes);
    const file = readParticipantFile(bytes, "in/surrey-Ana Lee.xlsx");
    expect(file.framework).toBe(PUBLIC);
    expect(file.participant).toBe("Ana Lee");
    expect(file).not.toHaveProperty("role");
    expect(file.source).toBe("surrey-Ana Lee.xlsx");
    expect(file.problems).toEqual([]);
    expect(file.typed).toHaveLength(60);
    expect(file.typed[0]).toEqual({
      question: "A1",
      present: ANSWERS.ana[0].present,
      future: ANSWERS.ana[0].future,
      cells: { present: "Questionnaire!D8", future: "Questionnaire!E8" },
    });
    expect(file.typed[59].cells).toEqual({
      present: "Questionnaire!D67",
      future: "Questionnaire!E67",
    });
    expect(asAnswers(file)).toEqual(ANSWERS.ana);
  });

  it("reads a blank copy as every answer blank", () => {
    const file = readParticipantFile(copies.get("Ben Ode")!, "surrey-Ben Ode.xlsx");
    expect(file.participant).toBe("Ben Ode");
    expect(file.typed.every((t) => t.present === null && t.future === null)).toBe(true);
  });

  it("gives what responseFromAnswers needs: an answer that is no option is named by its cell", () => {
    const bytes = fill(fill(copies.get("Ana Lee")!, ANSWERS.ana), [
      { question: "A2", present: "Maybe", future: ANSWERS.ana[1].future },
    ]);
    const file = readParticipantFile(bytes, "surrey-Ana Lee.xlsx");
    const { response, problems } = responseFromAnswers(
      file.framework,
      { participant: file.participant, source: file.source },
      file.typed
    );
    expect(problems.map((p) => [p.cell, p.message])).toEqual([
      [
        "Questionnaire!D9",
        "Ana Lee (surrey-Ana Lee.xlsx, Questionnaire!D9): A2 present 'Maybe' is not one of its options; counted as not answered.",
      ],
    ]);
    expect(response.answers.get("A2")?.present).toBeNull();
    expect(response.answers.get("A1")?.present).toBe(SURREY.answers.A1[0]);
  });

  it("merges three participants' files into agreed answers that score", () => {
    const files = [
      readParticipantFile(fill(copies.get("Ana Lee")!, ANSWERS.ana), "surrey-Ana Lee.xlsx"),
      readParticipantFile(fill(copies.get("Ben Ode")!, ANSWERS.ben), "surrey-Ben Ode.xlsx"),
      readParticipantFile(fill(copies.get("Cai Roe")!, ANSWERS.cai), "surrey-Cai Roe.xlsx"),
    ];
    const responses = files.map(
      (f) =>
        responseFromAnswers(f.framework, { participant: f.participant, source: f.source }, f.typed)
          .response
    );
    const out = buildConsensus(PUBLIC, responses);
    expect(out.participants).toEqual(["Ana Lee", "Ben Ode", "Cai Roe"]);
    // A1: Surrey, East Herts and Walsall's levels; the agreed one is their median.
    const a1 = out.items.find((i) => i.question === "A1" && i.field === "present")!;
    const given = [SURREY, EAST_HERTS, WALSALL].map((e) => e.answers.A1[0]).sort();
    expect(a1.agreed).toBe(given[1]);
    const scored = scoreAssessment(PUBLIC, { answers: out.answers });
    expect(scored.themes.every((t) => t.present.level !== null)).toBe(true);
  });

  it("reads a Role row when the details have one", () => {
    const bytes = edit(filledSurrey(), (pkg) =>
      type(pkg, SHEET_MARKERS.questionnaire, [
        [5, 0, "Role"],
        [5, 1, "Cabinet member"],
      ])
    );
    expect(readParticipantFile(bytes, "surrey-Ana Lee.xlsx")).toMatchObject({
      participant: "Ana Lee",
      role: "Cabinet member",
    });
  });

  it("takes the participant from the file name when the details name none", () => {
    const team = filledSurrey(); // no Participant row
    expect(readParticipantFile(team, "surrey-Ben Ode.xlsx").participant).toBe("Ben Ode");
    expect(readParticipantFile(team, "C:\\work\\Ben.XLSX").participant).toBe("Ben");
  });

  it("finds the questionnaire when the last program dropped its table, and names a missing row", () => {
    const bytes = edit(fill(copies.get("Ana Lee")!, ANSWERS.ana), (pkg) => {
      dropQuestionnaireTable(pkg);
      type(pkg, SHEET_MARKERS.questionnaire, [[7, 1, ""]]); // A1's id cleared: the row is no question
    });
    const file = readParticipantFile(bytes, "surrey-Ana Lee.xlsx");
    expect(file.participant).toBe("Ana Lee");
    expect(asAnswers(file)).toEqual(ANSWERS.ana.slice(1));
    expect(file.problems).toEqual([
      {
        participant: "Ana Lee",
        source: "surrey-Ana Lee.xlsx",
        message:
          "Ana Lee (surrey-Ana Lee.xlsx): A1 is missing from the questionnaire; counted as not answered.",
      },
    ]);
  });

  it.each([
    [
      "bytes that are no zip",
      () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0xff]),
      /^p\.xlsx is not an \.xlsx workbook/,
    ],
    ["a cut-off file", () => filledSurrey().slice(0, 2000), /^p\.xlsx is a damaged zip file/],
    [
      "a workbook with no assessment",
      () => {
        const pkg = emptyWorkbook();
        addSheet(pkg, "Sheet1", false);
        return pkg.toBytes();
      },
      /^p\.xlsx: This workbook holds no SVMI assessment yet\./,
    ],
    [
      "an assessment whose questionnaire sheet is damaged",
      () =>
        edit(filledSurrey(), (pkg) =>
          pkg.setText("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>")
        ),
      /^p\.xlsx has a damaged part \(xl\/worksheets\/sheet1\.xml/,
    ],
    [
      "an assessment without its Present column",
      () => edit(filledSurrey(), (pkg) => type(pkg, SHEET_MARKERS.questionnaire, [[6, 3, "Now"]])),
      /^p\.xlsx: The questionnaire table \(SVMI_Questions\) is missing its Present column\(s\)\./,
    ],
  ])("refuses %s with an error naming the file", (_, bytes, message) => {
    let thrown: unknown;
    try {
      readParticipantFile(bytes(), "p.xlsx");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ParticipantFileError);
    expect((thrown as ParticipantFileError).file).toBe("p.xlsx");
    expect((thrown as Error).message).toMatch(message);
  });
});

describe("participantFromFileName", () => {
  it.each([
    ["surrey-Ana Lee.xlsx", "Ana Lee"],
    ["team/surrey-Ana Lee.XLSX", "Ana Lee"],
    ["C:\\Users\\x\\surrey-Ana Lee.xlsx", "Ana Lee"],
    ["Ana.xlsx", "Ana"],
    ["east-herts-Ben.xlsx", "herts-Ben"], // the part after the first "-": the details say better
    ["surrey-.xlsx", "surrey-"],
  ])("%s -> %s", (name, participant) => {
    expect(participantFromFileName(name)).toBe(participant);
  });
});

describe("participants' copies filled in by other programs", () => {
  const work = mkdtempSync(join(tmpdir(), "svmi-participants-"));
  const read = new Map<string, ReturnType<typeof readParticipantFile> | Error>();
  const plan = (answers: readonly AnswerInput[]): FillPlan => ({
    table: "SVMI_Questions",
    columns: { id: COLUMNS.id, present: COLUMNS.present, future: COLUMNS.future },
    answers: Object.fromEntries(
      answers.map((a) => [a.question, { present: a.present ?? "", future: a.future ?? "" }])
    ),
  });

  beforeAll(async () => {
    const copies = await blankCopies(["Ana Lee", "Ben Ode", "Cai Roe", "Dee Fox"]);
    const path = (name: string) => join(work, name);
    mkdirSync(path("in"));
    mkdirSync(path("out"));
    // LibreOffice and Gnumeric open copies filled by us, and save them.
    writeFileSync(path("in/lo-Ana Lee.xlsx"), fill(copies.get("Ana Lee")!, ANSWERS.ana));
    writeFileSync(path("in/gn-Ben Ode.xlsx"), fill(copies.get("Ben Ode")!, ANSWERS.ben));
    // ExcelJS and openpyxl fill the blank copies themselves.
    writeFileSync(path("in/blank-Cai Roe.xlsx"), copies.get("Cai Roe")!);
    writeFileSync(path("in/blank-Dee Fox.xlsx"), copies.get("Dee Fox")!);
    const attempt = (name: string, make: () => void | Promise<void>) =>
      Promise.resolve()
        .then(make)
        .then(() => {
          const file = path(`out/${name}.xlsx`);
          read.set(name, readParticipantFile(new Uint8Array(readFileSync(file)), file));
        })
        .catch((error: Error) => void read.set(name, error));
    await attempt("lo-Ana Lee", () => {
      const [conversion] = convertWithLibreOffice([path("in/lo-Ana Lee.xlsx")], path("out"));
      if (!conversion.output) throw new Error(`LibreOffice wrote nothing:\n${conversion.log}`);
    });
    await attempt("gn-Ben Ode", () => {
      const result = convertWithGnumeric(path("in/gn-Ben Ode.xlsx"), path("out/gn-Ben Ode.xlsx"));
      if (!result.wrote || gnumericComplaints(result.stderr).length > 0)
        throw new Error(`ssconvert failed:\n${result.stderr}`);
    });
    await attempt("exceljs-Cai Roe", () =>
      fillWithExcelJS(
        path("in/blank-Cai Roe.xlsx"),
        path("out/exceljs-Cai Roe.xlsx"),
        plan(ANSWERS.cai)
      )
    );
    await attempt("openpyxl-Dee Fox", () =>
      fillWithOpenpyxl(
        path("in/blank-Dee Fox.xlsx"),
        path("out/openpyxl-Dee Fox.xlsx"),
        plan(ANSWERS.ana)
      )
    );
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([
    ["LibreOffice", "lo-Ana Lee", "Ana Lee", ANSWERS.ana],
    ["Gnumeric (which drops the table)", "gn-Ben Ode", "Ben Ode", ANSWERS.ben],
    ["ExcelJS", "exceljs-Cai Roe", "Cai Roe", ANSWERS.cai],
    ["openpyxl", "openpyxl-Dee Fox", "Dee Fox", ANSWERS.ana],
  ])(
    "reads a copy saved by %s: the participant from its details, every answer",
    (_, name, who, answers) => {
      const file = read.get(name);
      if (file instanceof Error) throw file;
      expect(file!.participant).toBe(who);
      expect(file!.problems).toEqual([]);
      expect(asAnswers(file!)).toEqual(answers);
      expect(file!.typed[0].cells?.present).toMatch(/^Questionnaire!D8$/);
    }
  );
});

/*
 * The real workbooks of ../shared/corpus (saved by Excel, Excel on the web, Google Sheets and
 * LibreOffice) hold no SVMI questionnaire: each is refused by name, and each takes an assessment
 * (svmi template --into) whose participant copy then reads back. Without the folder these are
 * skipped, as the seed checks are.
 */
const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus", "real-workbooks");
const corpusFiles = existsSync(CORPUS)
  ? readdirSync(CORPUS).filter((f) => f.endsWith(".xlsx"))
  : [];
const corpusIt = corpusFiles.length > 0 ? it : it.skip;

describe("the real-workbook corpus", () => {
  corpusIt("refuses every corpus file by name: none holds an SVMI assessment", () => {
    for (const name of corpusFiles) {
      const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
      expect(() => readParticipantFile(bytes, name)).toThrow(
        new RegExp(`^${name.replace(/[.]/g, "\\.")}: This workbook holds no SVMI assessment yet\\.`)
      );
    }
  });

  corpusIt("reads a participant's copy of an assessment started inside each corpus file", () => {
    for (const name of corpusFiles) {
      const started = addAssessmentToWorkbook(
        new Uint8Array(readFileSync(join(CORPUS, name))),
        PUBLIC,
        { frameworkId: "public", organisation: "Anytown", date: "2026-03-01" }
      );
      const copy = participantCopy(started, "Ana Lee");
      const filled = fill(copy.bytes, ANSWERS.ana);
      const file = readParticipantFile(filled, name.replace(/\.xlsx$/, "-Ana Lee.xlsx"));
      expect([name, file.participant, file.problems]).toEqual([name, "Ana Lee", []]);
      expect(asAnswers(file)).toEqual(ANSWERS.ana);
    }
  });
});
