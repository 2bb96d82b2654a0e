/**
 * Excel's naming rules in one place: how a sheet name is written in a reference, which sheet and
 * defined names Excel accepts, and the column names Excel gives a table's header row.
 *
 * Sources, cited at each rule:
 * - [MS-XLSB] 2.5.166 XLNameWideString: the grammar of a defined name.
 *   https://learn.microsoft.com/openspecs/office_file_formats/ms-xlsb/9456f961-5069-4e5f-989d-44bdc56d031e
 * - [MS-OI29500] 2.1.867 (Part 1 §18.17.2.5, Names) and 2.1.1747 (Part 1 §22.9.2.19, ST_Xstring):
 *   how Office departs from ECMA-376.
 * - ECMA-376 Part 1 §18.17.2.5 (Names) and §18.17.2.2 (the grid, A1 to XFD1048576).
 * - Microsoft support, "Rename a worksheet": the characters and names a sheet cannot have.
 * - Excel's observed quoting, recorded sheet name by sheet name from files Excel saved:
 *   https://github.com/jmcnamara/XlsxWriter/issues/1078 (the test table in XlsxWriter's
 *   test_quote_sheetname.py lists each name with the form Excel wrote).
 */

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384; // XFD

// ---------------------------------------------------------------------------------------------
// Cell references a name can be mistaken for
// ---------------------------------------------------------------------------------------------

/** 1-based number of column letters: A = 1, Z = 26, AA = 27, XFD = 16384. */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}

function withinLimit(digits: string, limit: number): boolean {
  const n = Number(digits);
  return n >= 1 && n <= limit;
}

/**
 * The whole text is an A1 reference inside the grid: 1-3 ASCII letters up to XFD, then a row
 * 1-1048576 (leading zeros allowed). Excel quotes "A1", "XFD1048576" and "XFD048576", but not
 * "XFE1", "A0", "A1048577", nor "B1048576a": only the whole name counts, so "Q1Data" or "A1B"
 * stay bare (XlsxWriter #1078, observed). ECMA-376 §18.17.2.2 sets the grid's bounds.
 */
export function isA1Reference(text: string): boolean {
  const match = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
  return !!match && columnNumber(match[1]) <= MAX_COLUMN && withinLimit(match[2], MAX_ROW);
}

/**
 * The text starts with an R1C1 reference: R<row>, C<column> or RC<column> with the number in the
 * grid, whatever follows ("R2D2", "R1C1b", "C1_FOO"); or is exactly R, C or RC. Excel quotes
 * such sheet names ("R4C", "rc2z", "C16384Z") but not "R0C0", "RCZ", "R1048577C1" or "C16385Z"
 * (XlsxWriter #1078, observed). [MS-XLSB] 2.5.166: a defined name "MUST NOT begin with an R1C1
 * cell reference"; Microsoft's name rules also refuse "R" and "C" alone.
 */
export function startsWithR1C1Reference(text: string): boolean {
  if (/^(?:R|C|RC)$/i.test(text)) return true;
  const row = /^R(\d+)/i.exec(text);
  if (row) return withinLimit(row[1], MAX_ROW);
  const column = /^R?C(\d+)/i.exec(text);
  return !!column && withinLimit(column[1], MAX_COLUMN);
}

/** TRUE and FALSE are the formula language's boolean literals, in any case. */
function isBooleanLiteral(text: string): boolean {
  return /^(?:TRUE|FALSE)$/i.test(text);
}

// ---------------------------------------------------------------------------------------------
// Sheet names in references
// ---------------------------------------------------------------------------------------------

/**
 * A sheet name Excel writes without quotes: a letter (any script: "été", "École1") or underscore,
 * then letters, decimal digits, underscores and periods (XlsxWriter #1078, observed: "Sheet.1" and
 * "_Sheet1" are bare; "Sheet-1", "1Sheet", ".Sheet" and "Sheet⟦1" are quoted).
 *
 * Deliberately stricter than Excel in two places, because a needless quote is always read back
 * (the grammar allows quoting any sheet name) while a missing one breaks the reference:
 * - emoji, which Excel writes bare after the first character ("Sheet😀"), are quoted here;
 * - combining marks and non-decimal digits (decomposed "é", "²") are quoted here.
 * Not covered: ClosedXML.Parser #2 found Excel also quotes characters added after Unicode 5.1;
 * \p{L} cannot tell those letters from older ones, so such a name is left bare here.
 * A backslash, allowed to start a defined name, cannot occur in a sheet name at all.
 */
const BARE_SHEET_NAME = /^[\p{L}_][\p{L}\p{Nd}_.]*$/u;

/**
 * A sheet name as it must appear before "!" in a formula, chart series (c:f), defined name, print
 * area or hyperlink location: bare when Excel would leave it bare, otherwise in single quotes with
 * each apostrophe doubled ("It's" -> 'It''s'). Quoted too: names that are an A1 reference ("FY24",
 * "Q1") or start with an R1C1 one ("R2D2"), and TRUE/FALSE (Apache POI's SheetNameFormatter quotes
 * the booleans too; unquoted they would read as literals).
 */
/** ASCII sheet names, the common case, checked without the slow-to-compile Unicode classes. */
const BARE_ASCII_SHEET_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

export function quoteSheetName(name: string): string {
  const bare =
    (BARE_ASCII_SHEET_NAME.test(name) || BARE_SHEET_NAME.test(name)) &&
    !isA1Reference(name) &&
    !startsWithR1C1Reference(name) &&
    !isBooleanLiteral(name);
  return bare ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet name as written in a reference, back to the name: 'It''s' -> It's; Sheet1 unchanged. */
export function unquoteSheetName(written: string): string {
  return written.length >= 2 && written.startsWith("'") && written.endsWith("'")
    ? written.slice(1, -1).replace(/''/g, "'")
    : written;
}

/**
 * Splits "'It''s'!A1" into { sheet: "It's", address: "A1" } and "Sheet1!$A$1:$B$2" into
 * { sheet: "Sheet1", address: "$A$1:$B$2" }; a reference without "!" has no sheet. Undefined for
 * an unclosed quote or a quoted name not followed by "!".
 */
export function splitSheetReference(
  reference: string
): { sheet?: string; address: string } | undefined {
  if (!reference.startsWith("'")) {
    const bang = reference.indexOf("!"); // a bare name cannot contain "!"
    return bang < 0
      ? { address: reference }
      : { sheet: reference.slice(0, bang), address: reference.slice(bang + 1) };
  }
  // In a quoted name, '' is an apostrophe; a single ' closes it.
  const match = /^'((?:[^']|'')*)'!/.exec(reference);
  if (!match) return undefined;
  return { sheet: unquoteSheetName(`'${match[1]}'`), address: reference.slice(match[0].length) };
}

// ---------------------------------------------------------------------------------------------
// Sheet names
// ---------------------------------------------------------------------------------------------

/**
 * Why Excel would refuse this sheet name, or undefined when it is fine (Microsoft support, "Rename
 * a worksheet"): not blank, at most 31 characters, none of : \ / ? * [ ], no apostrophe first or
 * last, and not "History", which Excel reserves (for its change history; refused in any case, as
 * sheet names compare case-insensitively). Length counts UTF-16 code units, as Excel stores the
 * name, so an emoji counts two.
 */
export function checkSheetName(name: string): string | undefined {
  if (name === "") return "A sheet name cannot be empty.";
  if (name.length > 31) return "A sheet name can have at most 31 characters.";
  const forbidden = /[:\\/?*[\]]/.exec(name);
  if (forbidden) return `A sheet name cannot contain "${forbidden[0]}".`;
  if (name.startsWith("'") || name.endsWith("'")) {
    return "A sheet name cannot start or end with an apostrophe.";
  }
  if (name.toLowerCase() === "history") return `"History" is reserved by Excel.`;
  return undefined;
}

export function isValidSheetName(name: string): boolean {
  return checkSheetName(name) === undefined;
}

// ---------------------------------------------------------------------------------------------
// Defined names
// ---------------------------------------------------------------------------------------------

/**
 * [MS-XLSB] 2.5.166: a name starts with a letter, "_" or "\" and goes on with those, decimal
 * digits, "." and "?" (also U+061F, the Arabic question mark). [MS-OI29500] 2.1.867 words the
 * same with Unicode letters and digits. Combining marks are allowed after the first character
 * (scripts such as Devanagari and Thai cannot be spelt without them).
 */
const NAME_START = /^[\p{L}_\\]/u;
const NAME_CHARACTER = /[\p{L}\p{M}\p{Nd}_\\.?\u061F]/u;

/**
 * Why Excel would refuse this defined name, or undefined when it is fine. Rules: [MS-XLSB]
 * 2.5.166 (characters, at most 255 characters, not TRUE/FALSE, not an A1 reference, not starting
 * with an R1C1 one), Microsoft's name rules (no spaces; not "R" or "C") and [MS-OI29500] 2.1.867
 * ("\" and one more character is not a name). A name that merely starts with an A1 reference, such
 * as "A1B" or "B1_FOO", is allowed: the spec forbids only the reference itself. The built-in
 * names (_xlnm.Print_Area, _xlnm.Print_Titles, _xlnm._FilterDatabase) follow the same rules.
 */
/** The common case, in ASCII: checked without the Unicode classes, which are slow to compile. */
const ASCII_NAME = /^[A-Za-z_\\][A-Za-z0-9_\\.?]*$/;

export function checkDefinedName(name: string): string | undefined {
  if (name === "") return "A name cannot be empty.";
  if (name.length > 255) return "A name can have at most 255 characters.";
  if (ASCII_NAME.test(name)) return checkNameAsReference(name);
  const first = String.fromCodePoint(name.codePointAt(0)!);
  if (!NAME_START.test(first)) {
    return `A name must start with a letter, an underscore or a backslash, not "${first}".`;
  }
  const bad = [...name].slice(1).find((character) => !NAME_CHARACTER.test(character));
  if (bad === " ") return "A name cannot contain spaces.";
  if (bad !== undefined) return `A name cannot contain "${bad}".`;
  return checkNameAsReference(name);
}

/** The rules a name made of allowed characters must still pass. */
function checkNameAsReference(name: string): string | undefined {
  if (/^\\.$/u.test(name)) return "A name cannot be a backslash and one more character.";
  if (isBooleanLiteral(name)) return "A name cannot be TRUE or FALSE.";
  if (isA1Reference(name)) return `"${name}" is a cell reference.`;
  if (startsWithR1C1Reference(name)) return `"${name}" starts with an R1C1 cell reference.`;
  return undefined;
}

export function isValidDefinedName(name: string): boolean {
  return checkDefinedName(name) === undefined;
}

// ---------------------------------------------------------------------------------------------
// Table column names
// ---------------------------------------------------------------------------------------------

/** A header cell's value as the text Excel shows for it (General format). */
function headerText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") {
    // General shows at most 15 significant digits (0.1 + 0.2 shows 0.3) and a capital E.
    return Number.isFinite(value) ? String(Number(value.toPrecision(15))).toUpperCase() : "";
  }
  return String(value);
}

/**
 * The column names Excel gives a table whose header row holds these values, and the texts those
 * header cells then show (Excel rewrites each header cell to its column's name, numbers included:
 * a header 2024 becomes the text "2024").
 *
 * - A blank header is named "Column" + its position (1-based): "Column2" for the second column;
 *   when that name is taken the next free number is used. (ClosedXML names blanks the same way.)
 * - A repeated header, compared case-insensitively, gets the smallest number from 2 that makes it
 *   unique: "Notes" beside "Notes" gives "Notes2", then "Notes3"; "Cost" beside "cost" gives
 *   "cost2" (Excel's documented behaviour: "entering a second 'ID' column will result in 'ID2'").
 * - Decided here, where Excel's exact order was not found: a header that is unique as written keeps
 *   its text, so renamed duplicates and blanks step around every header written in the row
 *   ("Cost", "Cost", "Cost2" gives Cost, Cost3, Cost2). The project finds columns by header text,
 *   so a header the user wrote once must never move.
 * - Line breaks and other characters stay in the name as they are; escapeXstring() encodes them
 *   for the table part. Brackets, "#" and "'" are allowed in a column name; they are escaped only
 *   inside structured references, which this does not write.
 */
export function tableColumnNames(headers: readonly unknown[]): {
  names: string[];
  headerTexts: string[];
} {
  const key = (name: string) => name.toUpperCase();
  const texts = headers.map(headerText);
  const taken = new Set(texts.filter((text) => text !== "").map(key));
  const seen = new Set<string>();
  const free = (stem: string, from: number) => {
    let n = from;
    while (taken.has(key(`${stem}${n}`))) n++;
    taken.add(key(`${stem}${n}`));
    return `${stem}${n}`;
  };
  const names = texts.map((text, i) => {
    if (text === "") return free("Column", i + 1);
    if (!seen.has(key(text))) {
      seen.add(key(text));
      return text;
    }
    return free(text, 2);
  });
  return { names, headerTexts: [...names] };
}

// ---------------------------------------------------------------------------------------------
// ST_Xstring escaping
// ---------------------------------------------------------------------------------------------

/**
 * An underscore that starts text reading as an _xHHHH_ escape. A lookahead, so both underscores
 * of "_x0041_x0042_" are found: a reader would take either one as the start of an escape.
 */
const ESCAPE_START = /_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * Characters an ST_Xstring attribute spells as _xHHHH_: every control character below U+0020
 * (tab and line feed too, since attribute-value normalisation would turn them into spaces), the
 * non-characters U+FFFE and U+FFFF, and unpaired surrogates, none of which XML 1.0 can carry.
 */
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text written the way Excel writes an ST_Xstring attribute value, such as a table column's name
 * (ECMA-376 Part 1 §22.9.2.19; [MS-OI29500] 2.1.1747: carriage return always, line feed and tab
 * in attributes, and "_" only where it starts a literal "_xHHHH_"). "Line\nTwo" becomes
 * "Line_x000a_Two"; the literal text "_x0041_" becomes "_x005f_x0041_" so it reads back
 * unchanged. Hex digits are lower-case, as Excel writes them in table parts ("_x000a_" in tables
 * Excel saved: abap2xlsx #474, ClosedXML #392). XML entities (&amp; and so on) are the XML
 * writer's job, after this.
 */
export function escapeXstring(text: string): string {
  const hex = (character: string) => character.charCodeAt(0).toString(16).padStart(4, "0");
  return text
    .replace(ESCAPE_START, "_x005f_")
    .replace(NEEDS_ESCAPE, (character) => `_x${hex(character)}_`);
}

/** Reads an ST_Xstring value back: each _xHHHH_ (either case) is the character it names. */
export function unescapeXstring(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) =>
    String.fromCharCode(parseInt(code, 16))
  );
}
