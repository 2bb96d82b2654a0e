import { getFramework } from "../../src/core/framework/registry";
import {
  filledAnswers,
  newAssessmentWorkbook,
  scoreAssessmentFile,
} from "../../src/xlsx/workbookFile";
import { withResponses } from "../../src/xlsx/responsesFile";
import { XlsxPackage } from "../../src/xlsx/package/xlsxPackage";
import { readSnapshot } from "../../src/xlsx/readSnapshot";

/*
 * Participants' answers in a file: the Responses sheet written (and rewritten) by withResponses,
 * then a score draws the Consensus sheet and writes the agreed answers into the Questionnaire,
 * as the add-in does (test/office/consensus.test.ts); overrides typed on it survive a rewrite.
 */
const framework = getFramework("public");
const a1 = framework.question("A1")!;
const option = (level: number) => a1.options.find((o) => o.level === level)!.text;
const base = () =>
  newAssessmentWorkbook(
    framework,
    { frameworkId: "public", organisation: "Anytown", date: "2026-11-22" },
    filledAnswers([])
  );

const snapshotOf = (bytes: Uint8Array) => readSnapshot(XlsxPackage.open(bytes)).snapshot;

describe("withResponses and a score", () => {
  it("writes the Responses table, and the score writes the agreed answers and the Consensus sheet", () => {
    const withRows = withResponses(base(), [
      ["Ana", "Officer", "A1", option(1), option(3), ""],
      ["Ben", "", "A1", option(3), option(4), "seen the policy"],
      ["Cy", "", "A1", option(4), option(4), ""],
    ]);
    const read = snapshotOf(withRows);
    expect(read.responses?.header).toEqual([
      "Participant",
      "Role",
      "Question",
      "Present",
      "Future",
      "Note",
    ]);
    expect(read.responses?.body).toHaveLength(3);
    const scored = scoreAssessmentFile(withRows).bytes;
    const after = snapshotOf(scored);
    const q = after.questionnaire!;
    const row = q.body.find((r) => r[q.header.indexOf("Question ID")] === "A1")!;
    // Present 1,3,4 → median 3; Future 3,4,4 → 4.
    expect(row[q.header.indexOf("Present")]).toBe(option(3));
    expect(row[q.header.indexOf("Future")]).toBe(option(4));
    const consensus = after.drawn.consensus!.grid;
    const head = consensus.findIndex((r) => r.includes("Question ID"));
    const a1Row = consensus.find((r) => r[1] === "A1")!;
    expect(a1Row[consensus[head].indexOf("Present agreed")]).toBe("Leader");
    expect(a1Row[consensus[head].indexOf("Present n")]).toBe(3);
  });

  it("rewrites the Responses sheet in place: one Responses table, the new rows", () => {
    const once = withResponses(base(), [["Ana", "", "A1", option(1), option(3), ""]]);
    const twice = withResponses(once, [
      ["Ana", "", "A1", option(2), option(3), ""],
      ["Ben", "", "A1", option(2), option(3), ""],
    ]);
    const read = snapshotOf(twice);
    expect(read.sheetNames.filter((n) => n.startsWith("Responses"))).toEqual(["Responses"]);
    expect(read.responses?.body.map((r) => r[0])).toEqual(["Ana", "Ben"]);
  });
});
