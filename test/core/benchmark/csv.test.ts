import { csvCell, csvRow, toCsv } from "../../../src/core/text/csv";

/*
 * Spreadsheet-safe CSV: RFC 4180 quoting, and no text cell that a spreadsheet would run as a
 * formula (OWASP's list: = + - @ tab carriage return), while numbers stay numbers.
 */

describe("csvCell", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", `"'\r=1+1"`],
  ])("neutralises text starting %j", (text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  it("leaves a negative number a number, but a negative-looking text is text", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(-0.5)).toBe("-0.5");
    expect(csvCell("-3")).toBe("'-3");
  });

  it("treats a number that is not finite as text", () => {
    expect(csvCell(-Infinity)).toBe("'-Infinity");
  });

  it("leaves text that only contains the characters later untouched", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("district - north")).toBe("district - north");
    expect(csvCell("x@y.org")).toBe("x@y.org");
  });

  it("quotes a comma, a double quote and a line break as RFC 4180 asks", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("writes nothing for null and undefined, and booleans as words", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("true");
  });
});

describe("csvRow and toCsv", () => {
  it("joins cells with commas and ends every row with CRLF", () => {
    expect(csvRow(["a", 1, null, "=x"])).toBe("a,1,,'=x");
    expect(
      toCsv([
        ["h1", "h2"],
        [1, -2],
      ])
    ).toBe("h1,h2\r\n1,-2\r\n");
    expect(toCsv([])).toBe("");
  });
});
