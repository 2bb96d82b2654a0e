import { caseClash, labelBegins, labelKey } from "../../../src/core/framework/levelLabels";

/*
 * Level labels compared as Excel and LibreOffice compare them in a "begins with" conditional
 * format: ignoring case. The sheets' level colours depend on it.
 */

describe("level labels, ignoring case", () => {
  it("are one label when they differ only in case (or spaces at their ends)", () => {
    expect(labelKey("Starting")).toBe(labelKey("STARTING"));
    expect(labelKey(" Growing ")).toBe(labelKey("growing"));
    expect(labelKey("Gold")).not.toBe(labelKey("Gold plus"));
  });

  it("begin another when the other starts with them, whatever the case, and is longer", () => {
    expect(labelBegins("Gold plus", "gold")).toBe(true);
    expect(labelBegins("GOLD PLUS", "Gold")).toBe(true);
    expect(labelBegins("Gold", "Gold plus")).toBe(false);
    expect(labelBegins("Gold", "GOLD")).toBe(false); // the same label, not one beginning another
  });

  it("clash when one key has several spellings, each named once", () => {
    expect(caseClash(["Starting", "STARTING"])).toBe(
      "level labels must be unique, ignoring case: 'Starting' and 'STARTING'"
    );
    expect(caseClash(["Gold", "gold", "GOLD", "gold"])).toBe(
      "level labels must be unique, ignoring case: 'Gold', 'gold' and 'GOLD'"
    );
    expect(caseClash(["Starting", "Starting"])).toBeUndefined(); // an exact repeat: said otherwise
  });
});
