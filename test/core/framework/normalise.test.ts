import { isBlankAnswer, normaliseAnswer } from "../../../src/core/framework/normalise";

/**
 * Answer matching compares answers after normalising what people and spreadsheet programs change
 * without meaning to (case, whitespace, typographic quotes and dashes), and nothing else.
 */

describe("normaliseAnswer", () => {
  it.each([
    ["letter case", "We Have A Policy", "we have a policy"],
    [
      "surrounding, repeated and other whitespace",
      " \tWe  have\na\r\npolicy  ",
      "we have a policy",
    ],
    [
      "non-breaking and other Unicode spaces",
      "We\u00a0have\u2003a\u202fpolicy",
      "we have a policy",
    ],
    [
      "curly and other single quotes",
      "\u2018It\u2019s\u2019 \u201Aok\u201B \u2032\u00B4",
      "'it's' 'ok' ''",
    ],
    [
      "curly and other double quotes",
      "\u201CYes\u201D \u201Eja\u201F \u00ABoui\u00BB \u2033",
      '"yes" "ja" "oui" "',
    ],
    [
      "en and em dashes and the minus sign",
      "5\u201310% \u2014 \u22121 \u2011 \uFF0D",
      "5-10% - -1 - -",
    ],
    ["decomposed accents (to NFC)", "Cafe\u0301", "caf\u00e9"],
  ])("folds %s", (_, text, expected) => {
    expect(normaliseAnswer(text)).toBe(expected);
  });

  it("leaves everything else as it is", () => {
    expect(normaliseAnswer("Yes, 50% (of all) contracts… ok?")).toBe(
      "yes, 50% (of all) contracts… ok?"
    );
    expect(normaliseAnswer("one_two/three")).not.toBe(normaliseAnswer("one two three"));
  });

  it("folds an answer typed with AutoCorrect's quotes and dashes to the plain text", () => {
    expect(normaliseAnswer("We don\u2019t \u2013 yet")).toBe(normaliseAnswer("we don't - yet"));
  });

  it("makes whitespace-only text empty", () => {
    expect(normaliseAnswer(" \t\u00a0\n")).toBe("");
  });
});

describe("isBlankAnswer", () => {
  it.each([[undefined], [null], [""], ["   "], ["\t\n"], ["\u00a0"]])("%p is blank", (value) => {
    expect(isBlankAnswer(value)).toBe(true);
  });

  it.each([["0"], ["-"], [" x "]])("%p is an answer", (value) => {
    expect(isBlankAnswer(value)).toBe(false);
  });
});
