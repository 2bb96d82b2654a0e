/**
 * Answer matching is exact after normalising what people (and spreadsheet programs) change without
 * meaning to: letter case, surrounding and repeated whitespace, and typographic quotes and dashes
 * (Excel's AutoCorrect turns ' into ’ and - into –). Anything else is a different answer.
 */
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const WHITESPACE_RUN = /\s+/g; // \s covers non-breaking and other Unicode spaces

const NON_ASCII = /[\u0080-\uffff]/; // surrogates included, so astral characters count too

export function normaliseAnswer(text: string): string {
  let plain = text;
  // Unicode folding only where there is Unicode to fold: most typed answers are plain ASCII.
  if (NON_ASCII.test(plain)) {
    plain = plain
      .normalize("NFC")
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, "-");
  }
  return plain.replace(WHITESPACE_RUN, " ").trim().toLowerCase();
}

/** True when a cell holds nothing a person would call an answer. */
export function isBlankAnswer(value: string | null | undefined): boolean {
  return value === undefined || value === null || value.trim() === "";
}
