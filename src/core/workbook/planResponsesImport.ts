import { WorkbookError } from "./errors";
import { RESPONSES_COLUMNS } from "./readers/responsesTable";
import type { CellValue } from "./sheetSpec";

/**
 * Participants' answers brought into the Responses table (long format: Participant | Role |
 * Question | Present | Future | Note). Importing a participant again replaces their rows where
 * they stood, keeping what the team typed beside an answer (its Note, a column of their own) for
 * the same question; a new participant's rows go at the end; every other row stays as it was.
 * Pure: the adapters read the table and write what this says.
 */

export interface ResponseRowInput {
  question: string;
  present: string;
  future: string;
  note?: string;
}

export interface ParticipantResponses {
  participant: string;
  role?: string;
  rows: readonly ResponseRowInput[];
}

/** The table's body as read: each cell's value, and its formula (a constant's formula is itself). */
export interface ResponsesBodyRead {
  header: readonly CellValue[];
  values: readonly (readonly CellValue[])[];
  formulas: readonly (readonly CellValue[])[];
}

export interface ResponsesImportPlan {
  /**
   * The new body, one row per table row and one cell per table column: a kept formula as its
   * formula, any other cell as its value (the adapter writes text that would read as a formula
   * as text).
   */
  rows: CellValue[][];
  /** Which cells of `rows` are kept formulas, by "row:column". */
  formulas: ReadonlySet<string>;
  /** Participants whose earlier rows were replaced, and those added, as named in the import. */
  replaced: string[];
  added: string[];
}

/** How a participant's name is matched: surrounding space and case do not count. */
export const participantKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/** The rows of a new Responses table, in RESPONSES_COLUMNS order. */
export function responseRows(responses: readonly ParticipantResponses[]): CellValue[][] {
  return responses.flatMap((r) =>
    r.rows.map((row) => [
      r.participant.trim(),
      r.role?.trim() ?? "",
      row.question,
      row.present,
      row.future,
      row.note ?? "",
    ])
  );
}

const isBlank = (value: CellValue | undefined) =>
  value === null || value === undefined || String(value).trim() === "";

export function planResponsesImport(
  read: ResponsesBodyRead,
  responses: readonly ParticipantResponses[]
): ResponsesImportPlan {
  const header = read.header.map((h) =>
    String(h ?? "")
      .trim()
      .toLowerCase()
  );
  const column = new Map(
    RESPONSES_COLUMNS.map((name) => [name, header.indexOf(name.toLowerCase())])
  );
  const participantColumn = column.get("Participant")!;
  for (const needed of ["Participant", "Question"] as const)
    if (column.get(needed)! < 0)
      throw new WorkbookError(
        `The Responses table has no ${needed} column: put its header back (Participant, Role, Question, Present, Future, Note) before importing.`
      );
  const width = header.length;
  // The same participant twice in one import: the last one given wins, in the place of the first.
  const imported = new Map<string, ParticipantResponses>();
  for (const response of responses) {
    const key = participantKey(response.participant);
    if (key) imported.set(key, response);
  }
  const newRows = (response: ParticipantResponses): CellValue[][] =>
    responseRows([response]).map((cells) => {
      const row = Array<CellValue>(width).fill("");
      RESPONSES_COLUMNS.forEach((name, i) => {
        const at = column.get(name)!;
        if (at >= 0) row[at] = cells[i];
      });
      return row;
    });

  const cellOf = (r: number, c: number): { value: CellValue; formula: boolean } => {
    const value = read.values[r][c] ?? "";
    const f = read.formulas[r]?.[c];
    // A formula reads back as its text beside a value that differs: a constant's is the same.
    return typeof f === "string" && f.startsWith("=") && f !== value
      ? { value: f, formula: true }
      : { value, formula: false };
  };
  // What the team typed beside an imported answer (a Note, a column of their own) stays with
  // that participant and question when the import brings nothing for it.
  const answerColumns = new Set(
    (["Participant", "Role", "Question", "Present", "Future"] as const).map((n) => column.get(n)!)
  );
  const questionColumn = column.get("Question")!;
  const typedBeside = new Map<string, number>();
  read.values.forEach((values, r) => {
    const key = participantKey(String(values[participantColumn] ?? ""));
    const question = String(values[questionColumn] ?? "")
      .trim()
      .toLowerCase();
    if (imported.has(key) && !typedBeside.has(`${key}@${question}`))
      typedBeside.set(`${key}@${question}`, r);
  });

  const rows: CellValue[][] = [];
  const formulas = new Set<string>();
  const placed = new Set<string>();
  const replaced: string[] = [];
  const push = (row: CellValue[], formulaColumns: number[] = []) => {
    formulaColumns.forEach((c) => formulas.add(`${rows.length}:${c}`));
    rows.push(row);
  };
  const pushImported = (key: string, response: ParticipantResponses) => {
    for (const row of newRows(response)) {
      const question = String(row[questionColumn] ?? "")
        .trim()
        .toLowerCase();
      const old = typedBeside.get(`${key}@${question}`);
      const fromOld: number[] = [];
      if (old !== undefined)
        for (let c = 0; c < width; c++) {
          if (answerColumns.has(c) || !isBlank(row[c])) continue;
          const cell = cellOf(old, c);
          row[c] = cell.value;
          if (cell.formula) fromOld.push(c);
        }
      push(row, fromOld);
    }
  };
  read.values.forEach((values, r) => {
    const key = participantKey(String(values[participantColumn] ?? ""));
    const response = imported.get(key);
    if (key && response) {
      if (!placed.has(key)) {
        placed.add(key);
        replaced.push(response.participant.trim());
        pushImported(key, response);
      }
      return;
    }
    const cells = Array.from({ length: width }, (_, c) => cellOf(r, c));
    // A row with nothing in it (a new table's first row) is not kept.
    if (cells.every((cell) => !cell.formula && isBlank(cell.value))) return;
    push(
      cells.map((cell) => cell.value),
      cells.flatMap((cell, c) => (cell.formula ? [c] : []))
    );
  });
  const added: string[] = [];
  for (const [key, response] of imported) {
    if (placed.has(key)) continue;
    added.push(response.participant.trim());
    pushImported(key, response);
  }
  return { rows, formulas, replaced, added };
}
