import { bankText } from "../../../src/core/framework/bank";
import { getFramework } from "../../../src/core/framework/registry";
import {
  BANK_PIECE,
  bankFromCells,
  bankRecordCells,
  splitBank,
} from "../../../src/core/workbook/bankCells";
import { BANK_RECORD } from "../../../src/core/workbook/names";

/*
 * A bank's JSON in lists-sheet cells: pieces small enough for Excel (32,767 characters a cell),
 * cut where no spreadsheet program changes a piece when writing or saving it, and read back whole.
 */

/** What makes a piece unsafe in a cell, if anything. */
function unsafe(piece: string): string | undefined {
  if (piece.length > 32_767) return "too long for a cell";
  if (/^[=+\-@']/.test(piece)) return `starts with ${piece[0]}`;
  if (/^\s|\s$/.test(piece)) return "space at an end";
  const first = piece.charCodeAt(0);
  const last = piece.charCodeAt(piece.length - 1);
  if (first >= 0xdc00 && first <= 0xdfff) return "starts inside a character";
  if (last >= 0xd800 && last <= 0xdbff) return "ends inside a character";
  return undefined;
}

describe("splitBank", () => {
  it("leaves a bank that fits one cell whole", () => {
    expect(splitBank('{"a":1}')).toEqual(['{"a":1}']);
  });

  it("cuts the public SVMI's bank into safe pieces that join back to it", () => {
    const text = bankText(getFramework("public"));
    const pieces = splitBank(text);
    expect(pieces.length).toBe(Math.ceil(text.length / BANK_PIECE));
    expect(pieces.join("")).toBe(text);
    expect(pieces.map(unsafe).filter(Boolean)).toEqual([]);
  });

  it("moves a cut off characters that would change a piece, and off the middle of a character", () => {
    // Small pieces, so every kind of awkward place falls on a cut somewhere (each at most a few
    // characters from a safe cut, as in any text made of words).
    const text = JSON.stringify({
      t: "always = better + clearer - done @ each 'fine' \u{1F600}\u{1F600} go  home",
      n: -12,
    });
    for (let size = 8; size <= 16; size++) {
      const pieces = splitBank(text, size);
      expect(pieces.join("")).toBe(text);
      expect(pieces.every((p) => p.length <= size)).toBe(true);
      expect(pieces.map(unsafe).filter(Boolean)).toEqual([]);
    }
  });

  it("still cuts whole characters when nowhere is safe", () => {
    // Every character here is a space, or follows one, or is the second half of a pair.
    const text = " \u{1F600}".repeat(3);
    const pieces = splitBank(text, 2);
    expect(pieces).toEqual([" ", "\u{1F600}", " ", "\u{1F600}", " ", "\u{1F600}"]);
    expect(pieces.join("")).toBe(text);
    expect(pieces.every((p) => p.length <= 2 && !unsafe(p)?.includes("inside"))).toBe(true);
  });
});

describe("bankFromCells", () => {
  const text = bankText(getFramework("business"));
  const row = ["svmi.framework", "business", "note", ...bankRecordCells(text)];

  it("reads back what bankRecordCells wrote, the label first", () => {
    expect(row[BANK_RECORD.column]).toBe(BANK_RECORD.label);
    expect(bankFromCells([row, ["svmi.version", "1.0"]])).toBe(text);
  });

  it("finds the label in any row and column, and stops at the first empty cell", () => {
    expect(bankFromCells([[], [null, " svmi.bank ", '{"a":', "1}", "", "ignored"]])).toBe(
      '{"a":1}'
    );
  });

  it("finds nothing without the label, or with no piece after it", () => {
    expect(bankFromCells([["svmi.framework", "public"]])).toBeUndefined();
    expect(bankFromCells([["svmi.bank"], ["svmi.bank", null, "x"]])).toBeUndefined();
  });
});
