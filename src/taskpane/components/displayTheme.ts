import { teamsHighContrastTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * The taskpane's look for the room: normal or large type (read from the back of a workshop), and
 * normal or high contrast (a washed-out projector). Large type scales every font size and line
 * height token, so all of Fluent's components grow together.
 */
export function displayTheme(options: { large: boolean; highContrast: boolean }): Theme {
  const base = options.highContrast
    ? { ...teamsHighContrastTheme, ...HIGH_CONTRAST_DISABLED }
    : webLightTheme;
  if (!options.large) return base;
  const scaled: Record<string, string> = {};
  for (const [token, value] of Object.entries(base)) {
    if (/^(fontSize|lineHeight)/.test(token) && typeof value === "string" && value.endsWith("px")) {
      scaled[token] = `${Math.round(parseFloat(value) * LARGE_TYPE_SCALE)}px`;
    }
  }
  return { ...base, ...scaled };
}

export const LARGE_TYPE_SCALE = 1.4;

/**
 * Teams' high-contrast theme draws disabled controls in bright green (Windows' GrayText in its
 * black theme), which on a projector reads as active. Disabled here is a dim grey on black.
 */
const HIGH_CONTRAST_DISABLED: Partial<Theme> = {
  colorNeutralForegroundDisabled: "#9a9a9a",
  colorNeutralForegroundInvertedDisabled: "#9a9a9a",
  colorNeutralStrokeDisabled: "#5c5c5c",
  colorNeutralStrokeDisabled2: "#5c5c5c",
  colorNeutralBackgroundDisabled: "#1f1f1f",
  colorNeutralBackgroundDisabled2: "#1f1f1f",
};
