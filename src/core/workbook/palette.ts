import type { Level } from "../framework/levels";

/**
 * Level colours: five steps of the viridis scale, which stays ordered and distinct for the common
 * kinds of colour blindness and in greyscale. The level name is always written in the cell too, so
 * colour is never the only signal. Text colour is chosen for contrast on each fill (at least
 * 4.5:1, WCAG AA, checked by test/core/palette.test.ts).
 */
export const LEVEL_FILL: Readonly<Record<Level, string>> = {
  0: "#440154",
  1: "#3B528B",
  2: "#21918C",
  3: "#5EC962",
  4: "#FDE725",
};

export const LEVEL_TEXT: Readonly<Record<Level, string>> = {
  0: "#FFFFFF",
  1: "#FFFFFF",
  2: "#000000", // white on this teal is 3.8:1, under WCAG AA's 4.5:1; black is 5.5:1
  3: "#000000",
  4: "#000000",
};

/** Radar series: Okabe-Ito blue and orange, distinguishable without colour vision too (plus markers). */
export const SERIES_COLOURS = { present: "#0072B2", future: "#E69F00" } as const;

export const HEADER_FILL = "#1F3A5F";
export const HEADER_TEXT = "#FFFFFF";
export const INPUT_FILL = "#FFF8DC"; // answer and notes cells: the only ones meant for editing
