import { WorkbookError } from "../../../src/core/workbook/errors";
import {
  participantKey,
  planResponsesImport,
  responseRows,
  type ParticipantResponses,
} from "../../../src/core/workbook/planResponsesImport";
import { RESPONSES_COLUMNS } from "../../../src/core/workbook/readers/responsesTable";
import type { CellValue } from "../../../src/core/workbook/sheetSpec";

/*
 * What an import does to the Responses table's body: a participant imported again is replaced
 * where they stood (keeping what the team typed beside the same question), new ones go at the end,
 * every other row stays (a formula as its formula), and a row with nothing in it is dropped.
 */
const HEADER: CellValue[] = [...RESPONSES_COLUMNS];
const who = (participant: string, ...rows: [string, string, string][]): ParticipantResponses => ({
  participant,
  rows: rows.map(([question, present, future]) => ({ question, present, future })),
});
const plan = (body: CellValue[][], responses: ParticipantResponses[], formulas = body) =>
  planResponsesImport({ header: HEADER, values: body, formulas }, responses);

describe("planResponsesImport", () => {
  it("replaces a participant where they stood and adds new ones at the end", () => {
    const out = plan(
      [
        ["Ana", "Officer", "A1", "a", "b", ""],
        ["Ben", "", "A1", "c", "d", "typed"],
        ["Ana", "Officer", "A2", "e", "f", ""],
      ],
      [who(" ANA ", ["A1", "x", "y"]), who("Cy", ["A1", "p", "q"])]
    );
    expect(out.rows).toEqual([
      ["ANA", "", "A1", "x", "y", ""],
      ["Ben", "", "A1", "c", "d", "typed"],
      ["Cy", "", "A1", "p", "q", ""],
    ]);
    expect(out.replaced).toEqual(["ANA"]);
    expect(out.added).toEqual(["Cy"]);
  });

  it("keeps what the team typed beside the same question of a participant imported again", () => {
    const header = [...HEADER, "Checked"];
    const out = planResponsesImport(
      {
        header,
        values: [["Ana", "", "A1", "a", "b", "a note", 42]],
        formulas: [["Ana", "", "A1", "a", "b", "a note", "=LEN(A4)*6"]],
      },
      [
        {
          participant: "Ana",
          rows: [
            { question: "A1", present: "x", future: "y" },
            { question: "A2", present: "z", future: "", note: "from the file" },
          ],
        },
      ]
    );
    expect(out.rows).toEqual([
      ["Ana", "", "A1", "x", "y", "a note", "=LEN(A4)*6"],
      ["Ana", "", "A2", "z", "", "from the file", ""],
    ]);
    expect([...out.formulas]).toEqual(["0:6"]);
  });

  it("keeps a formula as its formula, a constant that looks like one as its value", () => {
    const values: CellValue[][] = [
      ["Ben", "", "A1", "c", "d", 7],
      ["=x", "", "A1", "c", "d", ""],
    ];
    const formulas: CellValue[][] = [
      ["Ben", "", "A1", "c", "d", "=LEN(A1)"],
      ["=x", "", "A1", "c", "d", ""],
    ];
    const out = plan(values, [who("Cy", ["A1", "p", "q"])], formulas);
    expect(out.rows.slice(0, 2)).toEqual([
      ["Ben", "", "A1", "c", "d", "=LEN(A1)"],
      ["=x", "", "A1", "c", "d", ""],
    ]);
    expect([...out.formulas]).toEqual(["0:5"]);
  });

  it("drops rows with nothing in them, and puts columns where the table has them", () => {
    const header: CellValue[] = ["Question", "Participant", "Present", "Future"];
    const out = planResponsesImport(
      { header, values: [["", "", "", ""]], formulas: [["", "", "", ""]] },
      [who("Ana", ["A1", "x", "y"])]
    );
    expect(out.rows).toEqual([["A1", "Ana", "x", "y"]]);
  });

  it("takes the last of a participant given twice in one import", () => {
    const out = plan([], [who("Ana", ["A1", "x", "y"]), who("ana", ["A1", "z", "w"])]);
    expect(out.rows).toEqual([["ana", "", "A1", "z", "w", ""]]);
  });

  it("refuses a table without its Participant or Question column", () => {
    expect(() =>
      planResponsesImport({ header: ["Who", "Question"], values: [], formulas: [] }, [])
    ).toThrow(WorkbookError);
    expect(() =>
      planResponsesImport({ header: ["Participant", "Q"], values: [], formulas: [] }, [])
    ).toThrow(/no Question column/);
  });
});

describe("responseRows and participantKey", () => {
  it("lays rows out in the table's column order, and matches names without case or spacing", () => {
    expect(
      responseRows([
        {
          participant: " Ana  Lee ",
          role: "Member",
          rows: [{ question: "A1", present: "x", future: "y", note: "n" }],
        },
      ])
    ).toEqual([["Ana  Lee", "Member", "A1", "x", "y", "n"]]);
    expect(participantKey(" Ana  LEE ")).toBe(participantKey("ana lee"));
  });
});
