/**
 * The producer corpus: Surrey's worked example as other programs write it. Each variant starts
 * from what `svmi template` makes today, so the corpus follows the template as it changes;
 * test/xlsx/producers.test.ts makes it afresh and scores every file.
 *
 *   npx tsx scripts/make-producer-corpus.ts OUTDIR
 *
 *   svmi-template.xlsx  the filled template itself, as we write it (the baseline)
 *   libreoffice.xlsx    the filled template opened and saved by LibreOffice Calc (soffice)
 *   gnumeric.xlsx       the same through Gnumeric (ssconvert)
 *   openpyxl.xlsx       the blank template, answers typed in and saved by openpyxl
 *   exceljs.xlsx        the blank template, answers typed in and saved by ExcelJS
 *   excel-style.xlsx    the filled template re-serialised with desktop Excel's habits
 *   x-prefixed.xlsx     the filled template with every SpreadsheetML element prefixed x:
 *   r-on-elements.xlsx  the filled template with xmlns:r on each element that uses it
 *
 * Needs LibreOffice, Gnumeric and openpyxl for /usr/bin/python3 (scripts/test-all.sh installs
 * them); a missing one stops it with the Debian package to install.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { excelStyle } from "./producers/excelStyle";
import { fillWithExcelJS } from "./producers/exceljs";
import { convertWithGnumeric, gnumericComplaints } from "./producers/gnumeric";
import { convertWithLibreOffice } from "./producers/libreOffice";
import { fillWithOpenpyxl } from "./producers/openpyxl";
import { PartsPackage } from "./producers/partsPackage";
import { PROGRAMS, requireProgram } from "./producers/programs";
import { declareRelationshipsOnElements } from "./producers/rOnElements";
import { blankTemplate, filledTemplate, fillPlan } from "./producers/workedExample";
import { prefixSpreadsheetML, SDK_DECLARATION } from "./producers/xPrefixed";

export const CORPUS_NAMES = [
  "svmi-template",
  "libreoffice",
  "gnumeric",
  "openpyxl",
  "exceljs",
  "excel-style",
  "x-prefixed",
  "r-on-elements",
] as const;

// The declaration our template writes; r-on-elements changes nothing else about the text.
const TEMPLATE_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export type CorpusName = (typeof CORPUS_NAMES)[number];

export interface CorpusFile {
  name: CorpusName;
  path: string;
  /** How long making this variant took. */
  milliseconds: number;
}

export async function makeProducerCorpus(outDir: string): Promise<CorpusFile[]> {
  // Check every program first: better to fail at once than after the slow ones have run.
  for (const program of Object.values(PROGRAMS)) requireProgram(program);
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "svmi-corpus-"));
  const made: CorpusFile[] = [];
  const timed = async (name: CorpusName, make: (path: string) => void | Promise<void>) => {
    const path = join(outDir, `${name}.xlsx`);
    const start = performance.now();
    await make(path);
    made.push({ name, path, milliseconds: Math.round(performance.now() - start) });
  };

  try {
    let filled: Uint8Array = new Uint8Array();
    await timed("svmi-template", (path) => {
      filled = filledTemplate();
      writeFileSync(path, filled);
    });
    // The other variants start from copies of ours: filled, or blank for a producer to fill in.
    const filledPath = join(work, "filled.xlsx");
    const blankPath = join(work, "blank.xlsx");
    writeFileSync(filledPath, filled);
    writeFileSync(blankPath, blankTemplate());

    await timed("libreoffice", (path) => {
      // soffice names its output after the input, so the input gets the variant's name.
      mkdirSync(join(work, "lo-in"));
      const input = join(work, "lo-in", "libreoffice.xlsx");
      copyFileSync(filledPath, input);
      const [conversion] = convertWithLibreOffice([input], outDir);
      if (conversion.output !== path) {
        throw new Error(`LibreOffice wrote no libreoffice.xlsx:\n${conversion.log}`);
      }
    });
    await timed("gnumeric", (path) => {
      const result = convertWithGnumeric(filledPath, path);
      const complaints = gnumericComplaints(result.stderr);
      if (result.status !== 0 || !result.wrote || complaints.length > 0) {
        throw new Error(`ssconvert failed (exit ${result.status}):\n${result.stderr}`);
      }
    });
    await timed("openpyxl", (path) => fillWithOpenpyxl(blankPath, path, fillPlan()));
    await timed("exceljs", (path) => fillWithExcelJS(blankPath, path, fillPlan()));
    await timed("excel-style", (path) => writeFileSync(path, excelStyle(filled)));
    await timed("x-prefixed", (path) => {
      const pkg = PartsPackage.open(filled);
      prefixSpreadsheetML(pkg);
      writeFileSync(path, pkg.toBytes(SDK_DECLARATION));
    });
    await timed("r-on-elements", (path) => {
      const pkg = PartsPackage.open(filled);
      declareRelationshipsOnElements(pkg);
      writeFileSync(path, pkg.toBytes(TEMPLATE_DECLARATION));
    });
    return made;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error("usage: npx tsx scripts/make-producer-corpus.ts OUTDIR");
    process.exit(2);
  }
  for (const file of await makeProducerCorpus(resolve(outDir))) {
    console.log(
      `${file.name.padEnd(14)} ${String(file.milliseconds).padStart(6)} ms  ${file.path}`
    );
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
