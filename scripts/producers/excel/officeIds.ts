import { createHash } from "crypto";

/**
 * The {GUID} ids Excel stamps on parts and elements (xr:uid, xr3:uid, documentId). Excel makes
 * random ones; these are derived from a name instead, so every run writes the same corpus.
 */
export function officeGuid(seed: string): string {
  const hex = createHash("sha1").update(seed).digest("hex").toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

/**
 * The xr:uid Excel gives a worksheet it has not re-identified: formulas.xlsx and
 * test-issue-1842.xlsx carry {00000000-0001-0000-0000-000000000000} on their first sheet; the
 * fourth group counts sheets, its two bytes little-endian (0100 for the second sheet).
 */
export function worksheetUid(index: number): string {
  const counter =
    (index & 0xff).toString(16).padStart(2, "0") +
    ((index >> 8) & 0xff).toString(16).padStart(2, "0");
  return `{00000000-0001-0000-${counter.toUpperCase()}-000000000000}`;
}
