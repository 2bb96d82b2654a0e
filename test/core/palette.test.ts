import { LEVELS } from "../../src/core/framework/levels";
import { HEADER_FILL, HEADER_TEXT, LEVEL_FILL, LEVEL_TEXT } from "../../src/core/workbook/palette";

/** WCAG 2 contrast ratio of two #RRGGBB colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe("palette", () => {
  it.each(LEVELS)("level %i text is readable on its fill (WCAG AA, 4.5:1)", (level) => {
    expect(contrast(LEVEL_FILL[level], LEVEL_TEXT[level])).toBeGreaterThanOrEqual(4.5);
  });

  it("header text is readable on the header fill", () => {
    expect(contrast(HEADER_FILL, HEADER_TEXT)).toBeGreaterThanOrEqual(4.5);
  });
});
