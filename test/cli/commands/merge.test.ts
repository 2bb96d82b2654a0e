import { memoryIo } from "../../helpers/memoryIo";
import { runCli } from "../../../src/cli/commands";
import { TEAM_PARTICIPANT } from "../../../src/cli/commands/merge";
import { getFramework } from "../../../src/core/framework/registry";
import type { Level } from "../../../src/core/framework/levels";
import { SHEET_MARKERS } from "../../../src/core/workbook/names";
import { XlsxPackage } from "../../../src/xlsx/package/xlsxPackage";
import { readSnapshot } from "../../../src/xlsx/readSnapshot";
import { filledAnswers, newAssessmentWorkbook } from "../../../src/xlsx/workbookFile";
import { edit, type } from "../../helpers/workbooks";

/*
 * svmi merge: participants' workbooks into one team workbook: their answers in Responses, the
 * Consensus sheet, the agreed answers in the Questionnaire, scored; --json adds participants and
 * the consensus; a bad file is named and the rest merge; overrides in an existing TEAM.xlsx win.
 */
const framework = getFramework("public");
const DETAILS = { frameworkId: "public", organisation: "Anytown", date: "2026-11-22" };

/** A participant's workbook: every question at `level` (or its nearest option), A1 as given. */
function participantFile(name: string, level: Level, a1: [Level, Level]): Uint8Array {
  const answers = framework.themes.flatMap((t) =>
    t.questions.map((q) => {
      const at = (l: Level) =>
        (q.options.find((o) => o.level === l) ?? q.options[q.options.length - 1]).text;
      const [p, f] = q.id === "A1" ? a1 : [level, level];
      return { question: q.id, present: at(p), future: at(f) };
    })
  );
  return newAssessmentWorkbook(
    framework,
    { ...DETAILS, participant: name },
    filledAnswers(answers)
  );
}

const memory = memoryIo;

const a1 = framework.question("A1")!;
const a1Text = (level: Level) => a1.options.find((o) => o.level === level)!.text;
const FILES = {
  "ana.xlsx": participantFile("Ana", 3, [1, 4]),
  "ben.xlsx": participantFile("Ben", 3, [3, 4]),
  "cy.xlsx": participantFile("Cy", 3, [4, 4]),
};

const questionnaireA1 = (bytes: Uint8Array) => {
  const q = readSnapshot(XlsxPackage.open(bytes)).snapshot.questionnaire!;
  const row = q.body.find((r) => r[q.header.indexOf("Question ID")] === "A1")!;
  return [row[q.header.indexOf("Present")], row[q.header.indexOf("Future")]];
};

describe("svmi merge", () => {
  it("writes the team workbook and prints the score JSON with participants and consensus", async () => {
    const { io, store, out, err } = memory({ ...FILES, "bad.xlsx": new TextEncoder().encode("x") });
    const code = await runCli(
      ["merge", "ana.xlsx", "bad.xlsx", "ben.xlsx", "cy.xlsx", "--out", "team.xlsx", "--json"],
      io
    );
    expect(code).toBe(1); // one file could not be read; the rest merged
    expect(err.filter((e) => e.includes("bad.xlsx"))).toHaveLength(1);
    const json = JSON.parse(out[0]);
    expect(json.participants).toEqual(["Ana", "Ben", "Cy"]);
    const item = json.consensus.find(
      (c: { question: string; field: string }) => c.question === "A1" && c.field === "present"
    );
    // 1, 3, 4: the lower median is 3; every other A question at Leader, so A1 decides theme A.
    expect(item).toEqual({
      question: "A1",
      field: "present",
      n: 3,
      counts: [0, 1, 0, 1, 1],
      agreed: 3,
      min: 1,
      max: 4,
      flag: "polarised", // Leik's D = 0.5
      decisive: true,
    });
    expect(json.themes.find((t: { id: string }) => t.id === "A").present.label).toBe("Leader");
    const team = store.get("team.xlsx")!;
    expect(questionnaireA1(team)).toEqual([a1Text(3), a1Text(4)]);
    const snapshot = readSnapshot(XlsxPackage.open(team)).snapshot;
    expect(snapshot.responses?.body.filter((r) => r[2] === "A1").map((r) => r[0])).toEqual([
      "Ana",
      "Ben",
      "Cy",
    ]);
    expect(snapshot.drawn.consensus).toBeDefined();
    const details = snapshot.questionnaire!.above.find((r) => r[0] === "Participant");
    expect(details?.[1]).toBe(TEAM_PARTICIPANT);
  });

  it("keeps an override chosen in an existing TEAM.xlsx, and re-merges the participants' rows", async () => {
    const { io, store } = memory(FILES);
    await runCli(["merge", "ana.xlsx", "ben.xlsx", "cy.xlsx", "--out", "team.xlsx"], io);
    const consensus = readSnapshot(XlsxPackage.open(store.get("team.xlsx")!)).snapshot.drawn
      .consensus!.grid;
    const head = consensus.findIndex((r) => r.includes("Question ID"));
    const row = consensus.findIndex((r) => r[1] === "A1");
    store.set(
      "team.xlsx",
      edit(store.get("team.xlsx")!, (pkg) =>
        type(pkg, SHEET_MARKERS.consensus, [
          [row, consensus[head].indexOf("Override Present"), a1Text(1)],
          [row, consensus[head].indexOf("Reason"), "Evidence: no policy yet"],
        ])
      )
    );
    // Ben changes his mind; the team's override still wins, its reason kept.
    store.set("ben.xlsx", participantFile("Ben", 3, [4, 4]));
    await runCli(["merge", "ana.xlsx", "ben.xlsx", "cy.xlsx", "--out", "team.xlsx"], io);
    const team = store.get("team.xlsx")!;
    expect(questionnaireA1(team)[0]).toBe(a1Text(1));
    const after = readSnapshot(XlsxPackage.open(team)).snapshot;
    const a1Row = after.drawn.consensus!.grid.find((r) => r[1] === "A1")!;
    expect(a1Row[consensus[head].indexOf("Reason")]).toBe("Evidence: no policy yet");
    expect(after.responses?.body.filter((r) => r[2] === "A1")).toHaveLength(3);
  });

  it("refuses a second file of the same participant, and a file of another framework", async () => {
    const business = getFramework("business");
    const other = newAssessmentWorkbook(
      business,
      { ...DETAILS, frameworkId: "business", participant: "Dee" },
      filledAnswers([])
    );
    const { io, err } = memory({ ...FILES, "ana2.xlsx": FILES["ana.xlsx"], "dee.xlsx": other });
    const code = await runCli(
      ["merge", "ana.xlsx", "ana2.xlsx", "dee.xlsx", "ben.xlsx", "--out", "team.xlsx"],
      io
    );
    expect(code).toBe(1);
    expect(err.join("\n")).toMatch(/ana2\.xlsx: participant 'Ana' is already in ana\.xlsx/);
    expect(err.join("\n")).toMatch(
      /dee\.xlsx: it answers SVMI for business.*, the others SVMI for the public sector; left out/
    );
  });
});
