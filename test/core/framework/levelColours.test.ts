import { HEADER_FILL, HEADER_TEXT } from "../../../src/core/workbook/palette";
import { contrastRatio, levelColours } from "../../../src/core/framework/levelColours";
import { getFramework } from "../../../src/core/framework/registry";

describe("palette", () => {
  it("header text is readable on the header fill (WCAG AA, 4.5:1)", () => {
    expect(contrastRatio(HEADER_FILL, HEADER_TEXT)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("levelColours", () => {
  it.each([2, 3, 4, 5, 6, 7, 8, 9])(
    "for %i levels: every level's text is readable on its fill (4.5:1), and fills differ",
    (count) => {
      const colours = levelColours(count);
      expect(colours).toHaveLength(count);
      for (const { fill, text } of colours)
        expect(contrastRatio(fill, text)).toBeGreaterThanOrEqual(4.5);
      expect(new Set(colours.map((c) => c.fill)).size).toBe(count);
    }
  );

  it("runs from dark to light, so the order shows in greyscale too", () => {
    const colours = levelColours(7);
    const lightness = colours.map((c) => contrastRatio(c.fill, "#000000"));
    expect([...lightness].sort((a, b) => a - b)).toEqual(lightness);
  });

  it("gives the SVMI's five levels viridis at its quarter points, as the workbooks always had", () => {
    expect(getFramework("public").levels.map((l) => [l.fill, l.text])).toEqual([
      ["#440154", "#FFFFFF"],
      ["#3B528B", "#FFFFFF"],
      ["#21918C", "#000000"],
      ["#5EC962", "#000000"],
      ["#FDE725", "#000000"],
    ]);
  });

  it("computes WCAG contrast: black on white is 21:1", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
  });
});
