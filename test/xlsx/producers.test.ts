import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import type { ScoreResult } from "../../src/core/scoring/types";
import { scoreAssessment } from "../../src/core/scoring/scoreAssessment";
import { COLUMNS, SHEET_NAMES, TABLE_NAME } from "../../src/core/workbook/names";
import { cellAddress, parseAddress } from "../../src/core/workbook/sheetSpec";
import { scoreAssessmentFile, type ScoredWorkbook } from "../../src/xlsx/workbookFile";
import {
  CORPUS_NAMES,
  makeProducerCorpus,
  type CorpusFile,
  type CorpusName,
} from "../../scripts/make-producer-corpus";
import { convertWithGnumeric, gnumericComplaints } from "../../scripts/producers/gnumeric";
import { convertWithLibreOffice, type Conversion } from "../../scripts/producers/libreOffice";
import { NS, REL_TYPE } from "../../scripts/producers/namespaces";
import { openWithOpenpyxl } from "../../scripts/producers/openpyxl";
import { PartsPackage } from "../../scripts/producers/partsPackage";
import { EXAMPLE, FRAMEWORK } from "../../scripts/producers/workedExample";
import { descendants, firstChild, textOf } from "../../scripts/producers/xmlDom";
import { checkWorkbook } from "../helpers/excelStrict";
import { bothReads, xmlPartsOf } from "../helpers/xmlReads";

/*
 * The producer corpus (scripts/make-producer-corpus.ts): Surrey's worked example as LibreOffice,
 * Gnumeric, openpyxl and ExcelJS save it, as Excel and the Open XML SDK serialise it, and with
 * xmlns:r only where it is used. It is made afresh from the template on every run, then each file
 * is scored, and what scoring writes must still be a sound workbook: namespace-well-formed, open
 * in openpyxl, LibreOffice and Gnumeric, with its dropdowns, and clean by the Excel strictness
 * check. A missing producer program fails the suite (with the Debian package to install).
 */

jest.setTimeout(120_000);

const work = mkdtempSync(join(tmpdir(), "svmi-producers-"));
const corpus = new Map<CorpusName, CorpusFile>();
const scoring = new Map<CorpusName, { scored: ScoredWorkbook; path: string } | { error: string }>();
const libreOffice = new Map<CorpusName, Conversion>();

beforeAll(async () => {
  for (const file of await makeProducerCorpus(join(work, "corpus"))) corpus.set(file.name, file);
  mkdirSync(join(work, "scored"));
  for (const file of corpus.values()) {
    try {
      const scored = scoreAssessmentFile(new Uint8Array(readFileSync(file.path)));
      const path = join(work, "scored", `${file.name}.xlsx`);
      writeFileSync(path, scored.bytes);
      scoring.set(file.name, { scored, path });
    } catch (error) {
      scoring.set(file.name, { error: (error as Error).stack ?? String(error) });
    }
  }
  // One soffice run for every scored file: starting LibreOffice is the slow part.
  const scoredPaths = [...scoring.entries()].flatMap(([name, s]) =>
    "path" in s ? [[name, s.path] as const] : []
  );
  mkdirSync(join(work, "lo-open"));
  const conversions = convertWithLibreOffice(
    scoredPaths.map(([, path]) => path),
    join(work, "lo-open")
  );
  scoredPaths.forEach(([name], i) => libreOffice.set(name, conversions[i]));
}, 600_000);

// To look at the files, make them with `npx tsx scripts/make-producer-corpus.ts OUTDIR`.
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The scored workbook of a variant, or a failure saying why there is none. */
function scoredOf(name: CorpusName): { scored: ScoredWorkbook; path: string } {
  const outcome = scoring.get(name);
  if (!outcome) throw new Error(`${name} was not generated (see beforeAll)`);
  if ("error" in outcome)
    throw new Error(`${name} did not score, so there is no output to check:\n${outcome.error}`);
  return outcome;
}

/** Theme levels (present/future) and overall levels: what the worked example publishes. */
function levelsOf(result: ScoreResult) {
  return {
    themes: Object.fromEntries(
      result.themes.map((t) => [t.id, `${t.present.level}/${t.future.level}`])
    ),
    overall: {
      present: [result.overall.present.level, result.overall.present.mean],
      future: [result.overall.future.level, result.overall.future.mean],
    },
  };
}

const EXPECTED = levelsOf(scoreAssessment(FRAMEWORK, EXAMPLE));

/** Every namespace error saxes finds in the package's XML parts (an unbound prefix is one). */
function namespaceErrors(bytes: Uint8Array): string[] {
  const errors: string[] = [];
  const files = unzipSync(bytes);
  for (const path of Object.keys(files).filter((p) => /\.(xml|rels)$/i.test(p))) {
    const parser = new SaxesParser({ xmlns: true });
    parser.on("error", (error) => errors.push(`${path}: ${error.message}`));
    parser.write(strFromU8(files[path])).close();
  }
  return errors;
}

function sheetNames(bytes: Uint8Array): string[] {
  return PartsPackage.open(bytes)
    .sheets()
    .map((sheet) => sheet.name);
}

/**
 * How many list validations cover each Present and Future cell of the questionnaire table, in
 * either form a producer stores them: <dataValidations> in the sheet, or Excel 2010's
 * <x14:dataValidations> (xm:sqref) in its extLst.
 */
function answerCellCoverage(bytes: Uint8Array) {
  const pkg = PartsPackage.open(bytes);
  for (const sheet of pkg.sheets()) {
    for (const rel of pkg.relationships(sheet.path).filter((r) => r.type === REL_TYPE.table)) {
      const table = pkg.root(rel.target);
      if (table.getAttribute("displayName") !== TABLE_NAME) continue;
      const area = parseAddress(table.getAttribute("ref") ?? "");
      if (!area) throw new Error(`${rel.target}: no usable ref`);
      const headers = descendants(table, NS.main, "tableColumn").map((c) => c.getAttribute("name"));
      // The table's first row holds the headers (whatever a producer says in headerRowCount).
      const cells = [COLUMNS.present, COLUMNS.future].flatMap((header) => {
        const offset = headers.indexOf(header);
        if (offset < 0) throw new Error(`${rel.target}: no column named ${header}`);
        return Array.from({ length: area.rows - 1 }, (_, i) =>
          cellAddress(area.row + 1 + i, area.column + offset)
        );
      });
      const root = pkg.root(sheet.path);
      const main = descendants(root, NS.main, "dataValidation")
        .filter((v) => v.getAttribute("type") === "list")
        .map((v) => v.getAttribute("sqref") ?? "");
      const x14 = descendants(root, NS.x14, "dataValidation")
        .filter((v) => v.getAttribute("type") === "list")
        .map((v) => textOf(firstChild(v, NS.xm, "sqref") ?? v));
      const counts = new Map<string, number>(cells.map((cell) => [cell, 0]));
      for (const range of [...main, ...x14].flatMap((sqref) => sqref.trim().split(/\s+/))) {
        const covered = parseAddress(range);
        if (!covered) continue;
        for (const cell of cells) {
          const at = parseAddress(cell)!;
          const inside =
            at.row >= covered.row &&
            at.row < covered.row + covered.rows &&
            at.column >= covered.column &&
            at.column < covered.column + covered.columns;
          if (inside) counts.set(cell, (counts.get(cell) ?? 0) + 1);
        }
      }
      const having = (test: (n: number) => boolean) =>
        [...counts].filter(([, n]) => test(n)).map(([cell]) => cell);
      return {
        uncovered: having((n) => n === 0),
        coveredMoreThanOnce: having((n) => n > 1),
      };
    }
  }
  throw new Error(`no ${TABLE_NAME} table in the scored workbook`);
}

describe.each(CORPUS_NAMES)("%s", (name) => {
  test("scores to the worked example's theme and overall levels", () => {
    const { scored } = scoredOf(name);
    expect(levelsOf(scored.score.result)).toEqual(EXPECTED);
    expect(scored.score.problems).toEqual([]);
  });

  test("the scored output's XML parts are namespace-well-formed (saxes, xmlns: true)", () => {
    expect(namespaceErrors(scoredOf(name).scored.bytes)).toEqual([]);
  });

  test("the quick XML reader reads every part of the input and the output as saxes does", () => {
    const input = new Uint8Array(readFileSync(corpus.get(name)!.path));
    for (const bytes of [input, scoredOf(name).scored.bytes]) {
      for (const [part, source] of xmlPartsOf(bytes)) {
        const { saxes, scanned } = bothReads(source);
        expect({ part, read: scanned }).toEqual({ part, read: saxes });
      }
    }
  });

  // Every openpyxl warning counts except "… extension is not supported and will be removed",
  // which it raises for Excel's own files too (see OPEN_SCRIPT in scripts/producers/openpyxl.ts).
  test("the scored output opens in openpyxl", () => {
    const opening = openWithOpenpyxl(scoredOf(name).path);
    expect(opening.problems).toEqual([]);
    expect(opening.sheets).toContain(SHEET_NAMES.results);
  });

  test("the scored output opens in LibreOffice and keeps its Results sheet", () => {
    scoredOf(name);
    const conversion = libreOffice.get(name);
    expect(conversion?.output ? "converted" : `no output:\n${conversion?.log}`).toBe("converted");
    expect(sheetNames(new Uint8Array(readFileSync(conversion!.output!)))).toContain(
      SHEET_NAMES.results
    );
  });

  test("the scored output opens in Gnumeric", () => {
    const out = join(work, "gnumeric-open");
    mkdirSync(out, { recursive: true });
    const converted = join(out, `${name}.xlsx`);
    const result = convertWithGnumeric(scoredOf(name).path, converted);
    expect({ status: result.status, complaints: gnumericComplaints(result.stderr) }).toEqual({
      status: 0,
      complaints: [],
    });
    expect(result.wrote).toBe(true);
    expect(sheetNames(new Uint8Array(readFileSync(converted)))).toContain(SHEET_NAMES.results);
  });

  test("the Questionnaire keeps one dropdown on every Present and Future cell", () => {
    const { uncovered, coveredMoreThanOnce } = answerCellCoverage(scoredOf(name).scored.bytes);
    expect({ uncovered, coveredMoreThanOnce }).toEqual({ uncovered: [], coveredMoreThanOnce: [] });
  });

  test("the scored output is clean by the Excel strictness check", () => {
    expect(checkWorkbook(scoredOf(name).scored.bytes)).toEqual([]);
  });
});

/** The corpus is what it claims to be: the habit each variant exists to bring is there. */
describe("the producer corpus", () => {
  const parts = (name: CorpusName) =>
    PartsPackage.open(new Uint8Array(readFileSync(corpus.get(name)!.path)));
  const roots = (name: CorpusName) => {
    const pkg = parts(name);
    return pkg.xmlPaths().map((path) => ({ path, root: pkg.root(path) }));
  };

  test("excel-style has shared strings only and the cross-sheet lists in x14:dataValidations", () => {
    const pkg = parts("excel-style");
    const cells = pkg.sheets().flatMap((s) => descendants(pkg.root(s.path), NS.main, "c"));
    expect(cells.filter((c) => c.getAttribute("t") === "inlineStr")).toHaveLength(0);
    const questionnaire = pkg.root(pkg.sheets()[0].path);
    expect(descendants(questionnaire, NS.x14, "dataValidation").length).toBeGreaterThan(0);
    expect(questionnaire.getAttributeNS(NS.mc, "Ignorable")).toBe("x14ac xr xr2 xr3");
  });

  test("x-prefixed leaves no SpreadsheetML element unprefixed", () => {
    const unprefixed = roots("x-prefixed")
      .filter(({ root }) => root.namespaceURI === NS.main)
      .flatMap(({ path, root }) =>
        [root, ...descendants(root, NS.main, "*")]
          .filter((el) => el.prefix !== "x")
          .map((el) => `${path}: ${el.nodeName}`)
      );
    expect(unprefixed).toEqual([]);
  });

  test("r-on-elements and openpyxl declare xmlns:r on no part's root", () => {
    const onRoot = [...roots("r-on-elements"), ...roots("openpyxl")]
      .filter(({ root }) => root.hasAttribute("xmlns:r"))
      .map(({ path }) => path);
    expect(onRoot).toEqual([]);
    const sheets = descendants(parts("openpyxl").root("xl/workbook.xml"), NS.main, "sheet");
    expect(sheets.map((s) => s.getAttribute("xmlns:r"))).toEqual(sheets.map(() => NS.rel));
  });
});
