import { BANK_RECORD } from "./names";
import type { Grid } from "./snapshot";

/**
 * A question bank's JSON in cells of the lists sheet (see BANK_RECORD), and back; a benchmark's
 * too (BENCHMARK_RECORD). Excel holds at most 32,767 characters in a cell, so the text is cut into
 * pieces, each cut placed where no spreadsheet program changes the piece when it is written or
 * saved: no piece starts with a character that makes it a formula (= + - @) or loses its first
 * character (') or with a space, none ends with a space (some programs trim), and no cut splits a
 * character in two (UTF-16 surrogates). A piece of a JSON object is never a number, date or TRUE/FALSE on its own.
 */

/** Characters per piece: under Excel's 32,767, with room to spare. */
export const BANK_PIECE = 32_000;

export function splitBank(text: string, size = BANK_PIECE): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    let cut = start + size;
    while (cut > start && !goodCut(text, cut)) cut--;
    // No good cut in the whole piece (a text no JSON bank holds): cut whole characters anyway.
    if (cut === start) cut = isLowSurrogate(text, start + size) ? start + size - 1 : start + size;
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function goodCut(text: string, at: number): boolean {
  return !/[=+\-@'\s]/.test(text[at]) && !/\s/.test(text[at - 1]) && !isLowSurrogate(text, at);
}

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The lists sheet's bank cells for this bank's text, from BANK_RECORD.column: label, pieces. */
export function bankRecordCells(text: string): string[] {
  return recordCells(BANK_RECORD.label, text);
}

/** The bank carried in these rows (the lists sheet's first ones), or undefined. */
export function bankFromCells(rows: Grid): string | undefined {
  return textFromCells(rows, BANK_RECORD.label);
}

/**
 * Any long text carried on the lists sheet (a question bank, a benchmark): its label, then the
 * text in pieces (splitBank) in the cells to its right.
 */
export function recordCells(label: string, text: string): string[] {
  return [label, ...splitBank(text)];
}

/**
 * The text carried under this label in these rows, or undefined: the pieces to the right of the
 * label, up to the first empty cell, joined. Found by its label in any cell, so a lists sheet
 * another program rearranged still gives it up.
 */
export function textFromCells(rows: Grid, label: string): string | undefined {
  for (const row of rows) {
    const at = row.findIndex((cell) => typeof cell === "string" && cell.trim() === label);
    if (at < 0) continue;
    const pieces: string[] = [];
    for (let c = at + 1; c < row.length; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined || cell === "") break;
      pieces.push(String(cell));
    }
    return pieces.length ? pieces.join("") : undefined;
  }
  return undefined;
}
