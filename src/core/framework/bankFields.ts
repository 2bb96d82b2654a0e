import { FORMULA_STARTS, startsLikeAFormula } from "./cellText";

/**
 * The checks a question bank's fields get, each naming its place ("theme T2, question T2.1: …"),
 * so someone editing a bank by hand is told every mistake and where it is, all at once.
 */

export type Json = Record<string, unknown>;

/** Problems found so far, in the order they appear in the bank. */
export type Problems = string[];

/**
 * The object at `place`, with every field in `required` present and none outside `required` and
 * `optional` (a misspelt field would otherwise be ignored without a word). Undefined if it is not
 * an object at all.
 */
export function fields(
  value: unknown,
  place: string,
  required: readonly string[],
  optional: readonly string[],
  problems: Problems
): Json | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push(`${place} must be an object {…}`);
    return undefined;
  }
  const record = value as Json;
  for (const key of required)
    if (!(key in record)) problems.push(`${place}: missing field '${key}'`);
  for (const key of Object.keys(record))
    if (!required.includes(key) && !optional.includes(key))
      problems.push(`${place}: unknown field '${key}'`);
  return record;
}

/** The list at `record[key]`, or undefined (with a problem unless the field is missing). */
export function list(
  record: Json,
  key: string,
  place: string,
  problems: Problems
): unknown[] | undefined {
  const value = record[key];
  if (value === undefined) return undefined; // `fields` has said it is missing
  if (!Array.isArray(value)) {
    problems.push(`${place}: '${key}' must be a list […]`);
    return undefined;
  }
  return value;
}

/**
 * Text that goes into a cell: not blank, and not starting with a character a spreadsheet reads as
 * a formula when the text is written into a cell (the add-in writes cells as Excel would take
 * typing), which would show an error instead of the text.
 */
export function text(
  record: Json,
  key: string,
  place: string,
  problems: Problems
): string | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") {
    problems.push(`${place}: '${key}' must be text in quotes`);
    return undefined;
  }
  if (!value.trim()) {
    problems.push(`${place}: '${key}' is empty`);
    return undefined;
  }
  if (startsLikeAFormula(value))
    problems.push(
      `${place}: '${key}' starts with '${value[0]}', which a spreadsheet reads as a formula`
    );
  return value;
}

/** A level number in 0..levelCount-1 at `record[key]`, or undefined with a problem. */
export function level(
  record: Json,
  key: string,
  place: string,
  levelCount: number,
  problems: Problems
): number | undefined {
  const value = record[key];
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    problems.push(`${place}: '${key}' must be a whole number, found ${JSON.stringify(value)}`);
    return undefined;
  }
  if (value < 0 || value >= levelCount) {
    problems.push(
      `${place}: level ${value} is out of range (the bank's levels are 0 to ${levelCount - 1})`
    );
    return undefined;
  }
  return value;
}

/** Ids go into cells, sheet formulas and messages: kept as svmi's built-in ids are. */
const MAX_ID_LENGTH = 16;

/**
 * A theme or question id: up to 16 characters, no spaces or quotes, and not something a
 * spreadsheet turns into a number, a date or TRUE/FALSE when it is written into a cell ("1.10"
 * would come back as 1.1 and no longer name its question).
 */
export function shortId(record: Json, place: string, problems: Problems): string | undefined {
  const value = record.id;
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !value) {
    problems.push(`${place}: 'id' must be text in quotes`);
    return undefined;
  }
  if (value.length > MAX_ID_LENGTH || value.trim() !== value || /[\s'"!]/.test(value)) {
    problems.push(
      `${place}: id '${value}' must be up to ${MAX_ID_LENGTH} characters with no spaces, quotes or '!'`
    );
  } else if (startsLikeAFormula(value)) {
    // Ids are written into cells too (the Question ID column, the lists sheet, the tracker).
    problems.push(`${place}: an id may not start with ${FORMULA_STARTS}`);
  } else if (looksLikeAValue(value)) {
    problems.push(
      `${place}: id '${value}' would become a number, date or TRUE/FALSE in a cell; start it with a letter`
    );
  }
  return value;
}

function looksLikeAValue(text: string): boolean {
  return (
    /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(text) ||
    /^(true|false)$/i.test(text) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(text)
  );
}

/** A framework id names the bank on the command line and in the workbook: a plain word. */
const FRAMEWORK_ID = /^[A-Za-z][A-Za-z0-9._-]{0,39}$/;

export function frameworkId(record: Json, problems: Problems): string | undefined {
  const value = text(record, "id", "framework", problems);
  if (value !== undefined && !FRAMEWORK_ID.test(value))
    problems.push(
      `framework: id '${value}' must start with a letter and hold only letters, digits, '.', '_' or '-' (up to 40)`
    );
  return value;
}
