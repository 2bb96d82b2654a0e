/** Namespaces, and escaping for the XML svmi writes (reading and editing parts: xmlPart.ts). */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

/** Control characters XML 1.0 does not allow (tab, newline and carriage return are allowed). */
// eslint-disable-next-line no-control-regex -- matching these characters is the point
const FORBIDDEN = new RegExp("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]", "g");

/** Characters that need escaping or dropping; most texts have none and return at once. */
// eslint-disable-next-line no-control-regex -- matching these characters is the point
const NEEDS_WORK = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text or attribute value made safe for XML; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;"); // a parser would turn a raw CR (and CRLF) into LF
}

/**
 * An attribute value made safe for XML. Tab, newline and carriage return are written as character
 * references: a parser would otherwise turn them into spaces (attribute-value normalisation).
 */
export function escapeAttribute(text: string): string {
  const escaped = escapeXml(text);
  if (!/[\t\n\r]/.test(escaped)) return escaped;
  return escaped.replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/**
 * `name="value"` pairs for a start tag; undefined values are left out. Values keep their tabs and
 * line breaks (a validation message, a tooltip), as escapeAttribute writes them.
 */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  // A plain loop: this runs for every cell written, and arrays per call are what cost here.
  let text = "";
  for (const name in values) {
    const value = values[name];
    if (value !== undefined) text += ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return text;
}

/**
 * Whether a text cell's <t> needs xml:space="preserve": only for leading or trailing whitespace,
 * which Excel would otherwise trim (as Excel itself writes it).
 */
export function needsPreserve(text: string): boolean {
  return /^\s|\s$/.test(text);
}
