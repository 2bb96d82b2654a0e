import { teamsHighContrastTheme, webLightTheme } from "@fluentui/react-components";
import { displayTheme, LARGE_TYPE_SCALE } from "../../../src/taskpane/components/displayTheme";

/*
 * displayTheme: the taskpane's Fluent theme for the room: Fluent's light or high-contrast theme,
 * and for large type every font size and line height scaled by 1.4 (rounded to whole pixels),
 * nothing else changed. In high contrast, disabled controls are dim grey, not Teams' bright green.
 */

describe("displayTheme", () => {
  it("is Fluent's own theme at normal type", () => {
    expect(displayTheme({ large: false, highContrast: false })).toBe(webLightTheme);
    const contrast = displayTheme({ large: false, highContrast: true });
    const changed = Object.keys(contrast).filter(
      (token) =>
        contrast[token as keyof typeof contrast] !==
        teamsHighContrastTheme[token as keyof typeof teamsHighContrastTheme]
    );
    expect(
      changed.every((token) => token.endsWith("Disabled") || token.endsWith("Disabled2"))
    ).toBe(true);
    expect(teamsHighContrastTheme.colorNeutralForegroundDisabled).toBe("#3ff23f");
    expect(contrast.colorNeutralForegroundDisabled).toBe("#9a9a9a");
  });

  it("scales font sizes and line heights by 1.4 for large type", () => {
    expect(LARGE_TYPE_SCALE).toBe(1.4);
    const large = displayTheme({ large: true, highContrast: false });
    // Body text 14px on 20px lines becomes 19.6 -> 20px on 28px; the hero size 68px -> 95px.
    expect([large.fontSizeBase300, large.lineHeightBase300]).toEqual(["20px", "28px"]);
    expect(large.fontSizeBase100).toBe("14px");
    expect(large.fontSizeHero1000).toBe("95px");
  });

  it("changes nothing but sizes, and leaves Fluent's theme as it was", () => {
    const large = displayTheme({ large: true, highContrast: true });
    expect(large.colorNeutralBackground1).toBe(teamsHighContrastTheme.colorNeutralBackground1);
    expect(large.fontWeightSemibold).toBe(teamsHighContrastTheme.fontWeightSemibold);
    expect(large.fontFamilyBase).toBe(teamsHighContrastTheme.fontFamilyBase);
    expect(teamsHighContrastTheme.fontSizeBase300).toBe("14px");
    const changed = Object.keys(large).filter(
      (token) =>
        large[token as keyof typeof large] !==
        teamsHighContrastTheme[token as keyof typeof teamsHighContrastTheme]
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(
      changed.every((token) => /^(fontSize|lineHeight)/.test(token) || /Disabled2?$/.test(token))
    ).toBe(true);
    expect(changed.filter((token) => /^(fontSize|lineHeight)/.test(token)).length).toBeGreaterThan(
      0
    );
  });
});
