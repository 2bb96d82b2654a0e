/**
 * The colours of svmi's sheets other than the levels' (a framework's own, from levelColours):
 * headers, the cells meant for editing, and the radar's two series.
 */

/** Radar series: Okabe-Ito blue and orange, distinguishable without colour vision too (plus markers). */
export const SERIES_COLOURS = {
  present: "#0072B2",
  future: "#E69F00",
  // Several participants: the spread of Present (Okabe-Ito's green and vermilion, as above).
  lowest: "#009E73",
  highest: "#D55E00",
  // A past cycle's Present (Okabe-Ito's reddish purple).
  past: "#CC79A7",
  // The peers' median from a loaded benchmark (Okabe-Ito's black: a reference, not a view).
  peers: "#000000",
} as const;

export const HEADER_FILL = "#1F3A5F";
export const HEADER_TEXT = "#FFFFFF";
export const INPUT_FILL = "#FFF8DC"; // answer and notes cells: the only ones meant for editing
