/**
 * Level colours for any number of levels: evenly spaced steps of the viridis scale, which stays
 * ordered and distinct for the common kinds of colour blindness and in greyscale (five levels give
 * its 0, 1/4, 1/2, 3/4 and 1 points). The level's name is always written in the cell too, so
 * colour is never the only signal. Text is black or white, whichever contrasts more with the
 * fill; test/core/framework/levelColours.test.ts checks at least 4.5:1 (WCAG AA) for 2-9 levels.
 */

/** Viridis at 0, 1/8, 2/8 … 1 (matplotlib's table). */
const VIRIDIS = [
  "#440154",
  "#472D7B",
  "#3B528B",
  "#2C728E",
  "#21918C",
  "#28AE80",
  "#5EC962",
  "#ADDC30",
  "#FDE725",
];

export interface LevelColour {
  fill: string;
  text: string;
}

export function levelColours(count: number): LevelColour[] {
  return Array.from({ length: count }, (_, i) => {
    const fill = viridisAt(count === 1 ? 1 : i / (count - 1));
    const onBlack = contrastRatio(fill, "#000000");
    const onWhite = contrastRatio(fill, "#FFFFFF");
    return { fill, text: onBlack >= onWhite ? "#000000" : "#FFFFFF" };
  });
}

function viridisAt(position: number): string {
  const scaled = position * (VIRIDIS.length - 1);
  const low = Math.floor(scaled);
  const share = scaled - low;
  if (share < 1e-9) return VIRIDIS[low];
  const [a, b] = [rgb(VIRIDIS[low]), rgb(VIRIDIS[low + 1])];
  return hex(a.map((channel, k) => Math.round(channel + (b[k] - channel) * share)));
}

function rgb(colour: string): number[] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
}

function hex(channels: number[]): string {
  return `#${channels.map((c) => c.toString(16).padStart(2, "0").toUpperCase()).join("")}`;
}

/** WCAG 2 relative luminance and contrast ratio. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
