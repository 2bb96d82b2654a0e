import { strFromU8, unzipSync } from "fflate";
import { answersFromLevels, SURREY } from "../../src/core/examples/workedExamples";
import { getFramework } from "../../src/core/framework/registry";
import type { Framework } from "../../src/core/framework/types";
import { SVMI_LEVEL_LABELS } from "../../src/core/framework/builtIn/svmiLevels";
import { SHEET_MARKERS, SHEET_NAMES } from "../../src/core/workbook/names";
import { createAssessment, rescore } from "../../src/office/rescore";
import { ALL_CAPABILITIES } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";
import {
  filledAnswers,
  newAssessmentWorkbook,
  scoreAssessmentFile,
} from "../../src/xlsx/workbookFile";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { checkWorkbook } from "../helpers/excelStrict";
import { medalFramework } from "../helpers/medalFramework";
import { cells, type } from "../helpers/workbooks";
import { saveSnapshot } from "../../src/office/history";
import { withSnapshot } from "../../src/xlsx/historyFile";

/*
 * The same assessment through both adapters: the add-in (against the fake Excel) and the .xlsx
 * adapter must write the same cells, the same level rules and the same chart, for the SVMI's
 * frameworks and for one with its own three levels (Bronze, Silver, Gold) that nothing outside
 * core has been told about.
 */

type Answers = { question: string; present: string; future: string }[];

const DRAWN = ["questionnaire", "lists", "results", "actionPlan", "tracker"] as const;
type Kind = (typeof DRAWN)[number] | "progress" | "history";

/** Answers at the given option positions (from each question's lowest), present and future. */
function answersAt(framework: Framework, pick: (i: number) => [number, number]): Answers {
  return framework.themes
    .flatMap((t) => t.questions)
    .map((q, i) => {
      const [p, f] = pick(i).map((n) => Math.min(n, q.options.length - 1));
      return { question: q.id, present: q.options[p].text, future: q.options[f].text };
    });
}

async function throughTheAddIn(framework: Framework, answers: Answers) {
  const book = new FakeWorkbook();
  const excel = createFakeExcel(book);
  const details = { frameworkId: framework.id, organisation: "Anytown", date: "2026-11-22" };
  await excel.run((ctx) => createAssessment(ctx, framework, details, ALL_CAPABILITIES));
  const values = book.sheet(SHEET_NAMES.questionnaire).values;
  const header = values.findIndex((row) => row.includes("Question ID"));
  const idColumn = values[header].indexOf("Question ID");
  const present = values[header].indexOf("Present");
  const letter = (c: number) => String.fromCharCode(65 + c);
  for (const a of answers) {
    const row = values.findIndex((r) => r[idColumn] === a.question) + 1;
    await book.userEdit(
      SHEET_NAMES.questionnaire,
      `${letter(present)}${row}:${letter(present + 1)}${row}`,
      [[a.present, a.future]]
    );
  }
  const outcome = await excel.run((ctx) => rescore(ctx, ALL_CAPABILITIES));
  return { book, outcome };
}

function throughTheFile(framework: Framework, answers: Answers) {
  const details = { frameworkId: framework.id, organisation: "Anytown", date: "2026-11-22" };
  const template = newAssessmentWorkbook(framework, details, filledAnswers(answers));
  return scoreAssessmentFile(template);
}

/** Values as both hold them: blanks as "", trailing blanks dropped, the version typed as a number. */
function normal(rows: readonly (readonly unknown[])[]): unknown[][] {
  const out = rows.map((row) => {
    const copy = Array.from(row, (v) => (v === null || v === undefined ? "" : v));
    while (copy.length && copy[copy.length - 1] === "") copy.pop();
    return copy;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

function fileSheet(bytes: Uint8Array, kind: Kind) {
  const pkg = XlsxPackage.open(bytes);
  return normal(cells(pkg, SHEET_MARKERS[kind]));
}

/** The "begins with" texts and fills of a sheet's conditional formats in the file. */
function fileLevelRules(bytes: Uint8Array, sheetName: string): string[] {
  const pkg = XlsxPackage.open(bytes);
  const sheet = pkg.sheets().find((s) => s.name === sheetName)!;
  const xml = pkg.text(sheet.path)!;
  return [...xml.matchAll(/<cfRule[^>]*type="beginsWith"[^>]*text="([^"]*)"/g)].map((m) => m[1]);
}

function chartXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (f) => f.name.startsWith("xl/charts/chart") });
  return strFromU8(Object.values(files)[0]);
}

const FRAMEWORKS: [string, () => Framework, Answers | undefined][] = [
  ["public", () => getFramework("public"), undefined],
  ["business", () => getFramework("business"), undefined],
  ["medal-test (Bronze, Silver, Gold)", medalFramework, undefined],
];

describe.each(FRAMEWORKS)("%s through both adapters", (_label, frameworkOf) => {
  const framework = frameworkOf();
  const answers =
    framework.id === "public"
      ? answersFromLevels(framework, SURREY.answers).map((a) => ({
          question: a.question,
          present: a.present!,
          future: a.future!,
        }))
      : answersAt(framework, (i) => [i % 2, 1 + (i % 2)]);
  let addIn: Awaited<ReturnType<typeof throughTheAddIn>>;
  const file = throughTheFile(framework, answers);
  beforeAll(async () => {
    addIn = await throughTheAddIn(framework, answers);
  });

  it("scores alike", () => {
    expect(addIn.outcome.result).toEqual(file.score.result);
    expect(file.score.problems).toEqual([]);
  });

  it.each(DRAWN)("writes the same cells on the %s sheet", (kind) => {
    const name = kind === "lists" ? SHEET_NAMES.lists : SHEET_NAMES[kind];
    const inFile = fileSheet(file.bytes, kind);
    if (kind === "lists") inFile[1][1] = Number(inFile[1][1]); // Excel turns a typed "1.0" into 1
    const inAddIn = normal(addIn.book.sheet(name).values);
    if (kind === "lists") inAddIn[1][1] = Number(inAddIn[1][1]);
    expect(inFile).toEqual(inAddIn);
  });

  it("colours the same cells by the framework's own level names", () => {
    for (const name of [SHEET_NAMES.questionnaire, SHEET_NAMES.results]) {
      const inAddIn = addIn.book
        .sheet(name)
        .conditionalFormats.filter((cf) => cf.type === "ContainsText")
        .map((cf) => cf.rule!.text);
      expect([name, fileLevelRules(file.bytes, name)]).toEqual([name, inAddIn]);
      expect(new Set(inAddIn)).toEqual(new Set(framework.levels.map((l) => l.label)));
    }
  });

  it("draws the radar on the framework's scale, with its level names in the title", () => {
    const top = framework.levels[framework.topLevel];
    const [chart] = addIn.book.sheet(SHEET_NAMES.results).charts;
    expect(chart.valueAxis).toMatchObject({ minimum: 0, maximum: framework.topLevel });
    expect(chart.title).toContain(`${top.level} ${top.label}`);
    const xml = chartXml(file.bytes);
    expect(xml).toContain(`<c:max val="${framework.topLevel}"/>`);
    expect(xml).toContain(`${framework.topLevel} ${top.label}`);
  });

  it("writes a workbook Excel opens without repair", () => {
    expect(checkWorkbook(file.bytes)).toEqual([]);
  });
});

describe("a framework with its own levels, end to end", () => {
  const framework = medalFramework();
  const answers = answersAt(framework, () => [0, 2]);
  const file = throughTheFile(framework, answers);

  it("names no SVMI level anywhere on the sheets it draws", () => {
    const text = DRAWN.flatMap((kind) => fileSheet(file.bytes, kind).flat()).join("\n");
    for (const label of SVMI_LEVEL_LABELS.slice(1)) expect(text).not.toContain(label);
  });

  it("scores themes and overall in Bronze, Silver and Gold", () => {
    const { result } = file.score;
    expect(result.themes.map((t) => [t.id, t.present.label, t.future.label])).toEqual([
      ["People", "Bronze", "Gold"],
      ["Pl.2", "Bronze", "Gold"],
    ]);
    expect(result.overall.future).toMatchObject({ level: 2, label: "Gold" });
  });

  it("plans one column per level to reach, and the tracker names them", () => {
    const plan = fileSheet(file.bytes, "actionPlan");
    expect(plan.find((row) => row[0] === "Theme")).toEqual([
      "Theme",
      "To reach 'Silver'",
      "To reach 'Gold'",
      "Notes",
    ]);
    const tracker = fileSheet(file.bytes, "tracker");
    const header = tracker.findIndex((row) => row.includes("Target level"));
    const levels = tracker
      .slice(header + 1)
      .map((row) => row[tracker[header].indexOf("Target level")]);
    expect(new Set(levels)).toEqual(new Set(["Silver", "Gold"]));
  });

  it("keeps the tracker's rows and what the team typed when scored again", () => {
    const again = scoreAssessmentFile(file.bytes);
    expect(fileSheet(again.bytes, "tracker")).toEqual(fileSheet(file.bytes, "tracker"));
    expect(again.score.result).toEqual(file.score.result);
  });
});

describe.each(FRAMEWORKS)("year on year, %s, through both adapters", (_label, frameworkOf) => {
  const framework = frameworkOf();
  const answers = answersAt(framework, (i) => [i % 2, 1 + (i % 2)]);
  // Next cycle: the first two questions answered at their top option.
  const [first, second] = framework.themes.flatMap((t) => t.questions);
  const changed = answers.map((a) =>
    a.question === first.id || a.question === second.id
      ? { ...a, present: (a.question === first.id ? first : second).options.at(-1)!.text }
      : a
  );

  async function addIn() {
    const { book } = await throughTheAddIn(framework, answers);
    const excel = createFakeExcel(book);
    await excel.run((ctx) => saveSnapshot(ctx, ALL_CAPABILITIES, "2024-25", "2025-03-31"));
    const values = book.sheet(SHEET_NAMES.questionnaire).values;
    const header = values.findIndex((row) => row.includes("Question ID"));
    const present = String.fromCharCode(65 + values[header].indexOf("Present"));
    for (const a of changed.slice(0, 2)) {
      const row = values.findIndex((r) => r.includes(a.question)) + 1;
      await book.userEdit(SHEET_NAMES.questionnaire, `${present}${row}`, a.present);
    }
    const outcome = await excel.run((ctx) => rescore(ctx, ALL_CAPABILITIES));
    return { book, outcome };
  }

  function file() {
    const details = { frameworkId: framework.id, organisation: "Anytown", date: "2026-11-22" };
    const scored = scoreAssessmentFile(
      newAssessmentWorkbook(framework, details, filledAnswers(answers))
    );
    const snapshotted = withSnapshot(scored.bytes, "2024-25", "2025-03-31").bytes;
    // The same two answers changed, in the file's own questionnaire table.
    const pkg = XlsxPackage.open(snapshotted);
    const grid = cells(pkg, SHEET_MARKERS.questionnaire);
    const header = grid.findIndex((row) => row.includes("Question ID"));
    const column = grid[header].indexOf("Present");
    type(
      pkg,
      SHEET_MARKERS.questionnaire,
      changed
        .slice(0, 2)
        .map((a) => [grid.findIndex((r) => r.includes(a.question)), column, a.present])
    );
    return scoreAssessmentFile(pkg.toBytes());
  }

  it("compares alike and draws the same Progress and History cells", async () => {
    const [inAddIn, inFile] = [await addIn(), file()];
    expect(inAddIn.outcome.progress?.comparison).toEqual(inFile.progress?.comparison);
    // Those of the two whose answer is now another (one may have been at its top already).
    const moved = changed
      .slice(0, 2)
      .filter((a, i) => a.present !== answers[i].present)
      .map((a) => a.question);
    expect(moved.length).toBeGreaterThan(0);
    expect(inFile.progress?.comparison.changes.map((c) => c.question)).toEqual(moved);
    expect(normal(inAddIn.book.sheet(SHEET_NAMES.progress).values)).toEqual(
      fileSheet(inFile.bytes, "progress")
    );
    expect(normal(inAddIn.book.sheet(SHEET_NAMES.history).values)).toEqual(
      fileSheet(inFile.bytes, "history")
    );
    expect(checkWorkbook(inFile.bytes)).toEqual([]);
  });
});
