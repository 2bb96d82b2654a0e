import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLValidator } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { SURREY } from "../../src/core/examples/workedExamples";
import { SVMI_LEVEL_LABELS } from "../../src/core/framework/builtIn/svmiLevels";
import { SHEET_MARKERS, TABLE_NAME } from "../../src/core/workbook/names";
import { markedSheetName } from "../../src/core/workbook/readers/workbookRecord";
import { parseAddress, type Area } from "../../src/core/workbook/sheetSpec";
import { scoreAssessmentFile, type ScoredWorkbook } from "../../src/xlsx/workbookFile";
import {
  readCells,
  readSharedStrings,
  writeTextCells,
  type CellWrite,
  type ReadValue,
} from "../../src/xlsx/parts/sheetCells";
import {
  REL_TYPES,
  relsPathOf,
  XlsxPackage,
  type SheetEntry,
} from "../../src/xlsx/package/xlsxPackage";
import { expectExcelClean } from "../helpers/excelStrict";

/*
 * Scoring an existing workbook keeps every other part of it. The fixtures (made by
 * scripts/make-fixture.ts) hold Surrey's filled-in assessment plus two sheets of the user's own
 * with values, formulas, comments, an image, a chart, a table, defined names, a data validation,
 * conditional formats and page setup; user-content-lo.xlsx is the same workbook saved by
 * LibreOffice. Scoring may change only the parts it owns or must share:
 *   [Content_Types].xml, the workbook part and its relationships, styles.xml (appended only),
 *   the questionnaire sheet (level cells only), the Results and Action Plan sheets with their
 *   relationships, drawings and charts, and the calcChain (dropped when a formula is replaced).
 * Everything else must come out byte-identical.
 */

const FIXTURE_DIR = join(__dirname, "..", "fixtures");
const FIXTURES = ["user-content.xlsx", "user-content-lo.xlsx"].filter((name) =>
  existsSync(join(FIXTURE_DIR, name))
);
const load = (name: string) => new Uint8Array(readFileSync(join(FIXTURE_DIR, name)));

const USER_SHEETS = ["Budget", "Notes"];
/** The user's defined names: workbook-wide, or scoped to the Budget sheet (the third sheet). */
const USER_NAMES = [
  { name: "BudgetTotal", localSheetId: undefined },
  { name: "Approvals", localSheetId: undefined },
  { name: "_xlnm.Print_Area", localSheetId: 2 },
];
const userNames = (bytes: Uint8Array) =>
  XlsxPackage.open(bytes)
    .definedNames()
    .filter((n) => USER_NAMES.some((u) => u.name === n.name && u.localSheetId === n.localSheetId));
const LEVEL_HEADERS = ["Present level", "Future level"];

// Surrey's published result (see test/core/examples/workedExamples.test.ts).
const SURREY_THEMES = "3:3 3:4 2:4 2:3 2:4 3:3 2:3 2:2 2:3 3:3"
  .split(" ")
  .map((pair) => pair.split(":").map((n) => SVMI_LEVEL_LABELS[Number(n)]));

type Entries = Record<string, Uint8Array>;

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined): boolean =>
  a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

/** Scores, checking that the bytes handed in are left exactly as they were. */
function score(bytes: Uint8Array): ScoredWorkbook {
  const before = bytes.slice();
  const scored = scoreAssessmentFile(bytes);
  expect(same(bytes, before)).toBe(true);
  return scored;
}

// ---- reading a workbook

function sharedStrings(pkg: XlsxPackage): string[] {
  const rel = pkg.relationships(pkg.workbookPath).find((r) => r.type === REL_TYPES.sharedStrings);
  return readSharedStrings(rel && pkg.text(rel.target));
}

function cellsOf(pkg: XlsxPackage, sheet: SheetEntry): ReadValue[][] {
  return readCells(pkg.text(sheet.path)!, sharedStrings(pkg));
}

function sheetNamed(pkg: XlsxPackage, name: string): SheetEntry {
  const sheet = pkg.sheets().find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function markedSheet(pkg: XlsxPackage, marker: string): SheetEntry | undefined {
  const formula = pkg.definedNames().find((n) => n.name === marker)?.formula;
  const name = markedSheetName(formula);
  return pkg.sheets().find((s) => s.name === name);
}

interface Questionnaire {
  sheet: SheetEntry;
  /** The table's area, header row included. */
  area: Area;
  columns: string[];
}

function questionnaire(pkg: XlsxPackage): Questionnaire {
  for (const sheet of pkg.sheets()) {
    for (const rel of pkg.relationships(sheet.path).filter((r) => r.type === REL_TYPES.table)) {
      const xml = pkg.text(rel.target)!;
      if (!new RegExp(`\\bname="${TABLE_NAME}"`).test(xml)) continue;
      const area = parseAddress(/\bref="([^"]+)"/.exec(xml)![1])!;
      const columns = [...xml.matchAll(/<tableColumn\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1]);
      return { sheet, area, columns };
    }
  }
  throw new Error(`no ${TABLE_NAME} table`);
}

/** The parts a part leads to through its relationships, itself included. */
function reachable(pkg: XlsxPackage, path: string, found = new Set<string>()): Set<string> {
  if (found.has(path)) return found;
  found.add(path);
  found.add(relsPathOf(path));
  for (const rel of pkg.relationships(path)) if (!rel.external) reachable(pkg, rel.target, found);
  return found;
}

/** The parts of the Results and Action Plan sheets (sheet, rels, drawing, chart…). */
function ownedOutputParts(pkg: XlsxPackage): Set<string> {
  const parts = new Set<string>();
  for (const marker of [SHEET_MARKERS.results, SHEET_MARKERS.actionPlan, SHEET_MARKERS.tracker]) {
    const sheet = markedSheet(pkg, marker);
    if (sheet) reachable(pkg, sheet.path, parts);
  }
  return parts;
}

/** Parts scoring may rewrite in place (outputs' parts may also be dropped and redrawn). */
function sharedParts(pkg: XlsxPackage): Set<string> {
  const workbookRels = pkg.relationships(pkg.workbookPath);
  const target = (type: string) => workbookRels.find((r) => r.type === type)?.target;
  return new Set(
    [
      "[Content_Types].xml",
      pkg.workbookPath,
      relsPathOf(pkg.workbookPath),
      target(REL_TYPES.styles),
      target(REL_TYPES.calcChain),
      questionnaire(pkg).sheet.path,
      // The lists sheet: scoring writes its record of what it drew there (one row).
      markedSheet(pkg, SHEET_MARKERS.lists)?.path,
    ].filter((p): p is string => p !== undefined)
  );
}

/** The XML of each child element of a collection element (fonts, cellXfs…), in order. */
function items(xml: string, collection: string): string[] {
  const block = new RegExp(`<${collection}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${collection}>)`).exec(xml);
  if (!block?.[1]) return [];
  return [...block[1].matchAll(/<(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g)].map((m) => m[0]);
}

const STYLE_COLLECTIONS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
];

/** Element tags (start tags or empty elements) named `name`, as written. */
const tags = (xml: string, name: string): string[] =>
  [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((m) => m[0]);

const definedNameElements = (xml: string): string[] =>
  [...xml.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)].map((m) => m[0]);

/** The questionnaire sheet with every level cell of the table blanked. */
function withoutLevels(pkg: XlsxPackage): string {
  const { sheet, area, columns } = questionnaire(pkg);
  const writes: CellWrite[] = [];
  for (const header of LEVEL_HEADERS) {
    const column = area.column + columns.indexOf(header);
    for (let row = area.row + 1; row < area.row + area.rows; row++)
      writes.push({ row, column, text: "" });
  }
  return writeTextCells(pkg.text(sheet.path)!, writes).xml;
}

// ---- the checks every scoring must pass

/** Everything outside the parts scoring owns or shares is byte-identical; shared ones only grow. */
function expectNothingLost(inputBytes: Uint8Array, outputBytes: Uint8Array): void {
  expectExcelClean(outputBytes);
  const input = XlsxPackage.open(inputBytes);
  const output = XlsxPackage.open(outputBytes);
  const before: Entries = unzipSync(inputBytes);
  const after: Entries = unzipSync(outputBytes);
  const shared = sharedParts(input);
  const redrawn = ownedOutputParts(input);
  const calcChain = input
    .relationships(input.workbookPath)
    .find((r) => r.type === REL_TYPES.calcChain)?.target;

  // Untouched parts: every byte the same.
  const changed = Object.keys(before).filter(
    (path) => !shared.has(path) && !redrawn.has(path) && !same(before[path], after[path])
  );
  expect(changed).toEqual([]);
  // Nothing disappears but our own sheets' parts (redrawn) and the calcChain.
  const gone = Object.keys(before).filter(
    (path) => !(path in after) && !redrawn.has(path) && path !== calcChain
  );
  expect(gone).toEqual([]);
  // New parts are our own sheets' parts.
  const ownedNow = ownedOutputParts(output);
  const added = Object.keys(after).filter((path) => !(path in before) && !ownedNow.has(path));
  expect(added).toEqual([]);

  // The user's sheets, by name: same parts, same XML.
  for (const name of USER_SHEETS) {
    const sheetIn = sheetNamed(input, name);
    const sheetOut = sheetNamed(output, name);
    expect(sheetOut.path).toBe(sheetIn.path);
    expect(output.text(sheetOut.path)).toBe(input.text(sheetIn.path));
    expect(output.relationships(sheetOut.path)).toEqual(input.relationships(sheetIn.path));
  }

  // Workbook: every sheet entry and defined name kept as written; the rest of the part as it was.
  const workbookIn = input.text(input.workbookPath)!;
  const workbookOut = output.text(output.workbookPath)!;
  for (const tag of tags(workbookIn, "sheet")) expect(workbookOut).toContain(tag);
  for (const element of definedNameElements(workbookIn)) expect(workbookOut).toContain(element);
  expect(output.definedNames()).toEqual(expect.arrayContaining(input.definedNames()));
  const outside = (xml: string) =>
    xml
      .replace(/<sheets>[\s\S]*?<\/sheets>/, "")
      .replace(/<definedNames>[\s\S]*?<\/definedNames>/, "");
  expect(outside(workbookOut)).toBe(outside(workbookIn));

  // Workbook relationships and content types: all kept but the calcChain's and redrawn parts'.
  const workbookRelsIn = input.text(relsPathOf(input.workbookPath))!;
  const workbookRelsOut = output.text(relsPathOf(output.workbookPath))!;
  for (const tag of tags(workbookRelsIn, "Relationship")) {
    if (calcChain && calcChain in after === false && tag.includes("/calcChain")) continue;
    expect(workbookRelsOut).toContain(tag);
  }
  const typesOut = output.text("[Content_Types].xml")!;
  for (const tag of tags(input.text("[Content_Types].xml")!, "(?:Default|Override)")) {
    const part = /PartName="\/([^"]+)"/.exec(tag)?.[1];
    if (part && !(part in after)) continue;
    expect(typesOut).toContain(tag);
  }

  // styles.xml: appended only. Each collection starts with the items it had, in order.
  const stylesPath = input
    .relationships(input.workbookPath)
    .find((r) => r.type === REL_TYPES.styles)!.target;
  const stylesIn = input.text(stylesPath)!;
  const stylesOut = output.text(stylesPath)!;
  for (const collection of STYLE_COLLECTIONS) {
    const kept = items(stylesOut, collection).slice(0, items(stylesIn, collection).length);
    expect([collection, kept]).toEqual([collection, items(stylesIn, collection)]);
  }

  // The questionnaire sheet: only its level cells differ.
  expect(questionnaire(output).sheet.path).toBe(questionnaire(input).sheet.path);
  expect(withoutLevels(output)).toBe(withoutLevels(input));
}

function expectSurrey(scored: ScoredWorkbook): void {
  const { result, problems } = scored.score;
  expect(problems).toEqual([]);
  expect(result.themes.map((t) => [t.present.label, t.future.label])).toEqual(SURREY_THEMES);
  expect(result.overall.present).toMatchObject({ mean: 2.4, label: "Mature", provisional: false });
  expect(result.overall.future).toMatchObject({ mean: 3.2, label: "Leader", provisional: false });
}

/** Each body row's level cells against Surrey's answers for that row's question. */
function levelsByRow(bytes: Uint8Array): { ids: string[]; wrong: string[] } {
  const pkg = XlsxPackage.open(bytes);
  const { sheet, area, columns } = questionnaire(pkg);
  const cells = cellsOf(pkg, sheet);
  const at = (row: number, header: string) =>
    String(cells[row]?.[area.column + columns.indexOf(header)] ?? "");
  const ids: string[] = [];
  const wrong: string[] = [];
  for (let row = area.row + 1; row < area.row + area.rows; row++) {
    const id = at(row, "Question ID");
    ids.push(id);
    const [present, future] = SURREY.answers[id].map((level) => SVMI_LEVEL_LABELS[level]);
    if (at(row, "Present level") !== present || at(row, "Future level") !== future)
      wrong.push(`${id}: ${at(row, "Present level")} / ${at(row, "Future level")}`);
  }
  return { ids, wrong };
}

/** Unzipped entries, with [Content_Types].xml as its set of declarations (their order is free). */
function comparable(bytes: Uint8Array): Record<string, string | Uint8Array> {
  const entries: Record<string, string | Uint8Array> = { ...unzipSync(bytes) };
  const types = new TextDecoder().decode(entries["[Content_Types].xml"] as Uint8Array);
  entries["[Content_Types].xml"] = tags(types, "(?:Default|Override)").sort().join("\n");
  return entries;
}

// ---- the tests

it("has both fixtures, each under 100 KB", () => {
  expect(FIXTURES).toEqual(["user-content.xlsx", "user-content-lo.xlsx"]);
  for (const name of FIXTURES) expect(load(name).length).toBeLessThan(100 * 1024);
});

describe.each(FIXTURES)("%s", (name) => {
  const input = load(name);
  const first = score(input);
  const second = score(first.bytes);

  it("holds the user content the checks are about", () => {
    const pkg = XlsxPackage.open(input);
    const budget = sheetNamed(pkg, "Budget");
    const rels = pkg.relationships(budget.path);
    const ofType = (type: string) => rels.filter((r) => r.type.endsWith(`/${type}`));
    expect(ofType("table").map((r) => pkg.text(r.target))).toEqual([
      expect.stringMatching(/name="Budget_Lines"/),
    ]);
    expect(ofType("comments")).toHaveLength(1);
    expect(ofType("vmlDrawing")).toHaveLength(1);
    const drawing = ofType("drawing")[0].target;
    expect(pkg.text(drawing)).toContain("<xdr:pic>");
    const drawingRels = pkg.relationships(drawing);
    expect(drawingRels.map((r) => r.type.replace(/.*\//, "")).sort()).toEqual(["chart", "image"]);
    expect(pkg.text(drawingRels.find((r) => r.type.endsWith("/chart"))!.target)).toContain(
      "<c:barChart>"
    );
    const sheetXml = pkg.text(budget.path)!;
    for (const element of ["<conditionalFormatting", "<dataValidation ", "<legacyDrawing"])
      expect(sheetXml).toContain(element);
    expect(sheetXml).toMatch(/<pageSetup\b[^>]*orientation="landscape"/);
    expect(sheetXml).toMatch(/<pageMargins\b[^>]*left="0.4"/);
    const notes = sheetNamed(pkg, "Notes");
    expect(
      pkg
        .relationships(notes.path)
        .map((r) => r.type.replace(/.*\//, ""))
        .sort()
    ).toEqual(["comments", "hyperlink", "vmlDrawing"]);
    expect(userNames(input)).toHaveLength(USER_NAMES.length);
  });

  it("keeps every part it does not own byte-identical", () => {
    expectNothingLost(input, first.bytes);
  });

  it("writes well-formed XML in every part", () => {
    const entries = unzipSync(first.bytes);
    const text = (path: string) => new TextDecoder().decode(entries[path]);
    const malformed = Object.keys(entries)
      .filter((path) => /\.(xml|rels|vml)$/.test(path))
      .filter((path) => XMLValidator.validate(text(path)) !== true);
    expect(malformed).toEqual([]);
  });

  it("would notice a changed user part (the check is not vacuous)", () => {
    const pkg = XlsxPackage.open(first.bytes);
    const budget = sheetNamed(pkg, "Budget");
    const comments = pkg.relationships(budget.path).find((r) => r.type.endsWith("/comments"))!;
    pkg.setText(comments.target, pkg.text(comments.target)!.replace("fee", "fees"));
    expect(() => expectNothingLost(input, pkg.toBytes())).toThrow();
  });

  it("keeps the user's defined names with the same formulas", () => {
    const expected = [
      { name: "BudgetTotal", formula: "Budget!$B$5" },
      { name: "Approvals", formula: "Budget!$C$2:$C$4" },
      { name: "_xlnm.Print_Area", formula: "Budget!$A$1:$C$5", localSheetId: 2 },
    ];
    expect(userNames(input)).toHaveLength(expected.length);
    expect(userNames(input)).toEqual(expect.arrayContaining(expected));
    expect(userNames(first.bytes)).toEqual(userNames(input));
    expect(userNames(second.bytes)).toEqual(userNames(input));
  });

  it("reproduces Surrey's published result and writes each level on its question's row", () => {
    expectSurrey(first);
    expect(levelsByRow(first.bytes).wrong).toEqual([]);
    const pkg = XlsxPackage.open(first.bytes);
    expect(pkg.sheets().map((s) => s.name)).toEqual([
      "Questionnaire",
      "SVMI Lists",
      "Budget",
      "Notes",
      "Results",
      "Action Plan",
      "Action Tracker",
    ]);
    const results = markedSheet(pkg, SHEET_MARKERS.results)!;
    const drawing = pkg.relationships(results.path).find((r) => r.type === REL_TYPES.drawing)!;
    expect(pkg.relationships(drawing.target).map((r) => r.type)).toEqual([REL_TYPES.chart]);
  });

  it("re-scores its own output keeping everything again, and stably", () => {
    expectSurrey(second);
    expectNothingLost(first.bytes, second.bytes);
    expect(comparable(second.bytes)).toEqual(comparable(first.bytes));
    // A third run changes nothing either, down to the order of the content types.
    const third = score(second.bytes);
    expect(unzipSync(third.bytes)).toEqual(unzipSync(second.bytes));
  });

  it("keeps the text typed in the Action Plan's Notes column, by theme", () => {
    const pkg = XlsxPackage.open(first.bytes);
    const plan = markedSheet(pkg, SHEET_MARKERS.actionPlan)!;
    const cells = cellsOf(pkg, plan);
    const header = cells.findIndex((row) => row[0] === "Theme");
    const notesColumn = cells[header].indexOf("Notes");
    const row = cells.findIndex((r) => String(r[0] ?? "").startsWith("C "));
    expect([header, notesColumn, row].every((n) => n > 0)).toBe(true);
    const note = "Ask procurement & legal <by June>\nthen report to the board";
    const edit = writeTextCells(pkg.text(plan.path)!, [{ row, column: notesColumn, text: note }]);
    pkg.setText(plan.path, edit.xml);
    const typed = pkg.toBytes();

    const again = score(typed);
    expectNothingLost(typed, again.bytes);
    const out = XlsxPackage.open(again.bytes);
    const planOut = cellsOf(out, markedSheet(out, SHEET_MARKERS.actionPlan)!);
    const notesOf = (grid: ReadValue[][]) =>
      grid
        .filter((r) => /^[A-Z] /.test(String(r[0] ?? "")) && r[notesColumn])
        .map((r) => [String(r[0]).slice(0, 1), r[notesColumn]]);
    expect(notesOf(planOut)).toEqual([["C", note]]);
    // Kept through a further re-score too.
    const later = XlsxPackage.open(score(again.bytes).bytes);
    expect(notesOf(cellsOf(later, markedSheet(later, SHEET_MARKERS.actionPlan)!))).toEqual([
      ["C", note],
    ]);
  });

  it("scores after the table's rows are sorted and the Questionnaire sheet renamed", () => {
    const renamed = "Self assessment 2016";
    const pkg = XlsxPackage.open(input);
    const { sheet, area, columns } = questionnaire(pkg);
    // Sort: the body rows in reverse order (the level cells empty, as in a filled template).
    const cells = cellsOf(pkg, sheet);
    const body = Array.from({ length: area.rows - 1 }, (_, i) => area.row + 1 + i);
    const writes = body.flatMap((row, i) =>
      columns.map((_, c) => ({
        row,
        column: area.column + c,
        text: String(cells[body[body.length - 1 - i]]?.[area.column + c] ?? ""),
      }))
    );
    pkg.setText(sheet.path, writeTextCells(pkg.text(sheet.path)!, writes).xml);
    // Rename, as Excel does: the sheet entry and every defined name referring to it.
    pkg.setText(
      pkg.workbookPath,
      pkg
        .text(pkg.workbookPath)!
        .replace(/(<sheet\b[^>]*\bname=)"Questionnaire"/, `$1"${renamed}"`)
        .replace(/>Questionnaire!/g, `>'${renamed}'!`)
    );
    const moved = pkg.toBytes();
    expect(markedSheet(XlsxPackage.open(moved), SHEET_MARKERS.questionnaire)?.name).toBe(renamed);

    const scored = score(moved);
    expectSurrey(scored);
    expectNothingLost(moved, scored.bytes);
    const { ids, wrong } = levelsByRow(scored.bytes);
    expect(ids[0]).toBe("J10");
    expect(ids[ids.length - 1]).toBe("A1");
    expect(wrong).toEqual([]);
    const out = XlsxPackage.open(scored.bytes);
    expect(out.sheets()[0].name).toBe(renamed);
    expect(out.sheets().map((s) => s.name)).not.toContain("Questionnaire");
    expect(out.definedNames().find((n) => n.name === SHEET_MARKERS.questionnaire)?.formula).toBe(
      `'${renamed}'!$A$1`
    );
  });
});
