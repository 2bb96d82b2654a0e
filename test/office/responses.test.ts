import { getFramework } from "../../src/core/framework/registry";
import type { ParticipantResponses } from "../../src/core/workbook/planResponsesImport";
import { officeAssessmentApi } from "../../src/office/api";
import { ALL_CAPABILITIES, type Capabilities } from "../../src/office/requirements";
import { createFakeExcel, FakeWorkbook } from "../../src/testing/fakeExcel";

/*
 * Participants' answers in the add-in: imported into the Responses table (a new sheet, then a
 * participant replaced and others added, with and without Table.resize), the facilitator's
 * override set on the Consensus sheet and surviving a re-import, and "keep counts only" removing
 * the per-person rows while the Consensus sheet stays as drawn. Each call's syncs are counted:
 * they do not grow with the number of rows.
 */
const framework = getFramework("public");
const questions = framework.themes.flatMap((t) => t.questions);
const option = (id: string, level: number) =>
  framework.question(id)!.options.find((o) => o.level === level)!.text;
const DETAILS = { frameworkId: "public", organisation: "Anytown Council", date: "2026-11-22" };

function participant(
  name: string,
  levels: Record<string, [number, number]>,
  role?: string
): ParticipantResponses {
  return {
    participant: name,
    ...(role ? { role } : {}),
    rows: Object.entries(levels).map(([question, [present, future]]) => ({
      question,
      present: option(question, present),
      future: option(question, future),
    })),
  };
}

/** Every question answered at the lowest option both ways, but A1 as given. */
function everywhere(name: string, a1Levels: [number, number]): ParticipantResponses {
  const levels: Record<string, [number, number]> = {};
  for (const q of questions) {
    const low = q.options[0].level;
    levels[q.id] = [low, low];
  }
  levels.A1 = a1Levels;
  return participant(name, levels);
}

async function setup(caps: Capabilities = ALL_CAPABILITIES, book = new FakeWorkbook()) {
  const excel = createFakeExcel(book);
  const api = officeAssessmentApi(excel as unknown as typeof Excel, caps);
  await api.create(DETAILS);
  const syncsOf = async <T>(call: () => Promise<T>) => {
    const before = book.syncCount;
    const result = await call();
    return { result, syncs: book.syncCount - before };
  };
  return { book, excel, api, syncsOf };
}

/** The Responses table's body as rows (values), and its header. */
function responses(book: FakeWorkbook) {
  const table = book.table("SVMI_Responses")!;
  return { header: table.values[0], body: table.values.slice(1), table };
}

const cellOf = (book: FakeWorkbook, sheet: string, id: string, header: string) => {
  const values = book.sheet(sheet).values;
  const head = values.findIndex((r) => r.includes("Question ID"));
  const idColumn = values[head].indexOf("Question ID");
  const row = values.find((r, i) => i > head && r[idColumn] === id)!;
  return row[values[head].indexOf(header)];
};

describe("importResponses", () => {
  it("makes the Responses sheet with its table and marker, in two syncs", async () => {
    const { book, api, syncsOf } = await setup();
    const { syncs } = await syncsOf(() =>
      api.importResponses([
        participant("Ana Lee", { A1: [1, 3], A3: [2, 4] }, "Officer"),
        participant("Ben Ode", { A1: [3, 4] }),
      ])
    );
    expect(syncs).toBe(2);
    expect(book.sheetNames).toContain("Responses");
    expect(book.names.SVMI_ResponsesSheet).toBe("=Responses!$A$1");
    const { header, body, table } = responses(book);
    expect(table.sheet).toBe("Responses");
    expect(header).toEqual(["Participant", "Role", "Question", "Present", "Future", "Note"]);
    expect(body).toEqual([
      ["Ana Lee", "Officer", "A1", option("A1", 1), option("A1", 3), ""],
      ["Ana Lee", "Officer", "A3", option("A3", 2), option("A3", 4), ""],
      ["Ben Ode", "", "A1", option("A1", 3), option("A1", 4), ""],
    ]);
    // The next score draws the Consensus sheet and writes the agreed (lower median) answers.
    const outcome = await api.rescore();
    expect(outcome.consensus?.participants).toEqual(["Ana Lee", "Ben Ode"]);
    expect(cellOf(book, "Questionnaire", "A1", "Present")).toBe(option("A1", 1));
    expect(cellOf(book, "Consensus", "A1", "Present n")).toBe(2);
  });

  it("takes another name beside a sheet of the team's called Responses", async () => {
    const book = new FakeWorkbook();
    book.addUserSheet("Responses", [["our survey"]]);
    const { api } = await setup(ALL_CAPABILITIES, book);
    await api.importResponses([participant("Ana", { A1: [1, 3] })]);
    expect(book.table("SVMI_Responses")!.sheet).toBe("Responses (SVMI 2)");
    expect(book.sheet("Responses").values).toEqual([["our survey"]]);
  });

  it.each([
    ["with Table.resize (ExcelApi 1.13)", ALL_CAPABILITIES],
    ["without it: rows added and deleted", { ...ALL_CAPABILITIES, tableResize: false }],
  ])(
    "%s: replaces a participant's rows where they stood, adds new ones, keeps the rest and the team's column",
    async (_, caps) => {
      const { book, excel, api, syncsOf } = await setup(caps);
      await api.importResponses([
        participant("Ben", { A1: [3, 4] }),
        participant("Ana", { A1: [1, 3], A3: [2, 4] }),
      ]);
      // The team adds a column with a formula on Ben's row, and notes on Ben's and Ana's.
      await excel.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Responses");
        sheet.getRange("G3").values = [["Checked"]];
        ctx.workbook.tables.getItem("SVMI_Responses").resize(sheet.getRange("A3:G6"));
        sheet.getRange("G4").formulas = [["=LEN(A4)"]];
        sheet.getRange("F4").values = [["said in the room"]];
        sheet.getRange("F5:G5").values = [["Ana's A1 note", "yes"]];
        await ctx.sync();
      });
      // Ana answers again with one question fewer (the table shrinks): Ben's row is not touched.
      const again = await syncsOf(() => api.importResponses([participant("ana ", { A1: [2, 3] })]));
      expect(again.syncs).toBe(3);
      expect(responses(book).body).toEqual([
        ["Ben", "", "A1", option("A1", 3), option("A1", 4), "said in the room", "=LEN(A4)"],
        ["ana", "", "A1", option("A1", 2), option("A1", 3), "Ana's A1 note", "yes"],
      ]);
      expect(book.sheet("Responses").formulas).toEqual({ G4: "=LEN(A4)" });
      expect(responses(book).table.address).toBe("A3:G5");
      expect(book.sheet("Responses").values.length).toBe(5); // the freed row is empty
      // Cy joins and Ben answers again (the table grows): Ben's note stays with his A1.
      await api.importResponses([
        participant("Cy", { A1: [4, 4], A3: [2, 2] }),
        participant("Ben", { A1: [2, 4] }),
      ]);
      const { body, table } = responses(book);
      expect(body.map((r) => [r[0], r[2], r[3], r[5]])).toEqual([
        ["Ben", "A1", option("A1", 2), "said in the room"],
        ["ana", "A1", option("A1", 2), "Ana's A1 note"],
        ["Cy", "A1", option("A1", 4), ""],
        ["Cy", "A3", option("A3", 2), ""],
      ]);
      expect(table.address).toBe("A3:G7");
      // The rows the table gained look like its others.
      const sheet = book.sheet("Responses");
      expect(sheet.format("C7").fill).toBe(sheet.format("C4").fill);
      expect(sheet.format("C7").wrapText).toBe(true);
      expect(sheet.values.length).toBe(7);
      expect(book.sheet("Responses").values.length).toBe(7); // nothing left below the table
    }
  );

  it("takes the same number of syncs for one answer as for every question of many people", async () => {
    const { api, syncsOf } = await setup();
    await api.importResponses([participant("Ana", { A1: [1, 3] })]);
    const small = await syncsOf(() => api.importResponses([participant("Ben", { A1: [1, 3] })]));
    const large = await syncsOf(() =>
      api.importResponses(["Cy", "Dee", "Eve", "Fay"].map((n) => everywhere(n, [2, 3])))
    );
    expect(large.syncs).toBe(small.syncs);
  });

  it("leaves the Consensus sheet's overrides and reasons alone: they win again at the next score", async () => {
    const { book, api } = await setup();
    await api.importResponses([
      participant("Ana", { A1: [1, 3] }),
      participant("Ben", { A1: [3, 4] }),
    ]);
    await api.rescore();
    await api.setOverride("A1", "present", option("A1", 3), "Evidence seen");
    await api.rescore();
    expect(cellOf(book, "Questionnaire", "A1", "Present")).toBe(option("A1", 3));
    await api.importResponses([
      participant("Ana", { A1: [0, 3] }),
      participant("Cy", { A1: [1, 2] }),
    ]);
    const outcome = await api.rescore();
    expect(cellOf(book, "Consensus", "A1", "Override Present")).toBe(option("A1", 3));
    expect(cellOf(book, "Consensus", "A1", "Reason")).toBe("Evidence seen");
    expect(cellOf(book, "Consensus", "A1", "Present n")).toBe(3);
    expect(cellOf(book, "Questionnaire", "A1", "Present")).toBe(option("A1", 3));
    expect(outcome.consensus?.participants).toEqual(["Ana", "Ben", "Cy"]);
  });

  it("writes typed text that looks like a formula as text", async () => {
    const { book, api } = await setup();
    await api.importResponses([
      { participant: "=Ana", rows: [{ question: "A1", present: "-", future: "", note: "@x" }] },
    ]);
    expect(responses(book).body).toEqual([["=Ana", "", "A1", "-", "", "@x"]]);
    expect(book.sheet("Responses").formulas).toEqual({});
  });
});

describe("setOverride", () => {
  async function scored() {
    const context = await setup();
    await context.api.importResponses([
      participant("Ana", { A1: [1, 3], A3: [2, 4] }),
      participant("Ben", { A1: [3, 4], A3: [3, 3] }),
    ]);
    await context.api.rescore();
    return context;
  }

  it("writes the override and reason of a question's row, in three syncs; null accepts the median", async () => {
    const { book, api, syncsOf } = await scored();
    expect(cellOf(book, "Questionnaire", "A3", "Future")).toBe(option("A3", 3)); // 4, 3: lower median
    const set = await syncsOf(() => api.setOverride("A3", "future", option("A3", 2), "Budget"));
    expect(set.syncs).toBe(3);
    expect(cellOf(book, "Consensus", "A3", "Override Future")).toBe(option("A3", 2));
    expect(cellOf(book, "Consensus", "A3", "Reason")).toBe("Budget");
    await api.rescore();
    expect(cellOf(book, "Questionnaire", "A3", "Future")).toBe(option("A3", 2));
    expect(cellOf(book, "Consensus", "A3", "Future agreed")).toMatch(/\(set\)$/);
    await api.setOverride("a3", "future", null);
    await api.rescore();
    expect(cellOf(book, "Consensus", "A3", "Override Future")).toBe("");
    expect(cellOf(book, "Consensus", "A3", "Reason")).toBe("Budget"); // no reason given: kept
    expect(cellOf(book, "Questionnaire", "A3", "Future")).toBe(option("A3", 3));
  });

  it("finds the row by its Question ID when the team sorted the sheet", async () => {
    const { book, excel, api } = await scored();
    // Swap the A1 and A2 rows by hand.
    const values = book.sheet("Consensus").values;
    const r1 = values.findIndex((r) => r[1] === "A1");
    await excel.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Consensus");
      const width = values[r1].length;
      sheet.getRangeByIndexes(r1, 0, 1, width).values = [values[r1 + 1]];
      sheet.getRangeByIndexes(r1 + 1, 0, 1, width).values = [values[r1]];
      await ctx.sync();
    });
    await api.setOverride("A1", "present", option("A1", 2));
    expect(cellOf(book, "Consensus", "A1", "Override Present")).toBe(option("A1", 2));
    expect(cellOf(book, "Consensus", "A2", "Override Present")).toBe("");
    expect(book.sheet("Consensus").values.findIndex((r) => r[1] === "A1")).toBe(r1 + 1);
  });

  it("says what is wrong without a Consensus sheet or a row for the question", async () => {
    const { api } = await setup();
    await expect(api.setOverride("A1", "present", option("A1", 1))).rejects.toThrow(
      /no Consensus sheet yet/
    );
    const { api: other } = await scored();
    await expect(other.setOverride("Z9", "present", "x")).rejects.toThrow(/no row for Z9/);
  });
});

describe("keepCountsOnly", () => {
  it("deletes the Responses sheet; the Consensus sheet and the agreed answers stay as they were", async () => {
    const { book, api, syncsOf } = await setup();
    await api.importResponses([
      participant("Ana", { A1: [1, 3] }),
      participant("Ben", { A1: [3, 4] }),
      participant("Cy", { A1: [4, 4] }),
    ]);
    await api.rescore();
    await api.setOverride("A1", "future", option("A1", 3), "Agreed in the room");
    await api.rescore();
    const consensus = book.sheet("Consensus").values;
    const removed = await syncsOf(() => api.keepCountsOnly());
    expect(removed).toEqual({ result: true, syncs: 2 });
    expect(book.sheetNames).not.toContain("Responses");
    expect(book.table("SVMI_Responses")).toBeUndefined();
    expect(book.names.SVMI_ResponsesSheet).toBeUndefined();
    const outcome = await api.rescore();
    expect(outcome.consensus).toBeUndefined();
    expect(book.sheet("Consensus").values).toEqual(consensus);
    expect(cellOf(book, "Questionnaire", "A1", "Present")).toBe(option("A1", 3));
    expect(cellOf(book, "Questionnaire", "A1", "Future")).toBe(option("A1", 3));
    expect(await api.keepCountsOnly()).toBe(false);
  });

  it("removes only the table from a sheet of the team's that holds more", async () => {
    const { book, excel, api } = await setup();
    book.addUserSheet("Workshop", [
      ["Our notes"],
      [],
      ["Participant", "Role", "Question", "Present", "Future", "Note"],
      ["Ana", "", "A1", option("A1", 1), "", ""],
    ]);
    await excel.run(async (ctx) => {
      ctx.workbook.tables.add("Workshop!A3:F4", true).name = "SVMI_Responses";
      await ctx.sync();
    });
    expect((await api.rescore()).consensus?.participants).toEqual(["Ana"]);
    expect(await api.keepCountsOnly()).toBe(true);
    expect(book.sheetNames).toContain("Workshop");
    expect(book.table("SVMI_Responses")).toBeUndefined();
    expect(book.sheet("Workshop").values[0]).toEqual(["Our notes"]);
  });

  it("deletes an unmarked sheet that holds only the table and its heading", async () => {
    const { book, api } = await setup();
    await api.importResponses([participant("Ana", { A1: [1, 3] })]);
    // As an older workbook: the sheet without its marker.
    const { excel } = { excel: createFakeExcel(book) };
    await excel.run(async (ctx) => {
      ctx.workbook.names.getItem("SVMI_ResponsesSheet").delete();
      await ctx.sync();
    });
    expect(await api.keepCountsOnly()).toBe(true);
    expect(book.sheetNames).not.toContain("Responses");
  });
});
