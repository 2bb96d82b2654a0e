import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { getFramework } from "../../src/core/framework/registry";
import { bankText, readBank } from "../../src/core/framework/bank";
import { useBank } from "../../src/core/framework/useBank";
import { questionsJson } from "../../src/core/scoring/scoreJson";
import { recordFromListsSheet } from "../../src/core/workbook/readers/workbookRecord";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import { newAssessmentWorkbook, scoreAssessmentFile } from "../../src/xlsx/workbookFile";
import { convertWithGnumeric } from "../../scripts/producers/gnumeric";
import { convertWithLibreOffice } from "../../scripts/producers/libreOffice";

/*
 * A workbook that carries its question bank, re-saved by LibreOffice and by Gnumeric: the bank's
 * JSON (the public framework under an id of its own: two cells' worth, cut where no program
 * changes a piece) comes back character for character, and the file still scores with it.
 */
jest.setTimeout(120_000);

const work = mkdtempSync(join(tmpdir(), "svmi-bank-producers-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it("LibreOffice and Gnumeric keep a carried bank intact", () => {
  const json = questionsJson(getFramework("public")) as { framework: { id: string } };
  json.framework.id = "public-own";
  const read = readBank(JSON.stringify(json));
  if ("problems" in read) throw new Error(read.problems.join("; "));
  const used = useBank(read.spec);
  if ("problem" in used) throw new Error(used.problem);
  const framework = used.framework;
  const carried = bankText(framework);
  expect(carried.length).toBeGreaterThan(32_000); // more than one cell's worth
  const input = join(work, "bank.xlsx");
  writeFileSync(
    input,
    newAssessmentWorkbook(
      framework,
      { frameworkId: framework.id, organisation: "Anytown", date: "2026-11-22" },
      new Map()
    )
  );
  const [lo] = convertWithLibreOffice([input], join(work, "lo"));
  const gnumeric = join(work, "gnumeric.xlsx");
  convertWithGnumeric(input, gnumeric);
  for (const path of [lo.output!, gnumeric]) {
    const bytes = new Uint8Array(readFileSync(path));
    const lists = readSnapshot(XlsxPackage.open(bytes)).snapshot.lists!;
    expect({ path, same: recordFromListsSheet(lists.top).bank === carried }).toEqual({
      path,
      same: true,
    });
    expect(scoreAssessmentFile(bytes).framework.id).toBe("public-own");
  }
});
