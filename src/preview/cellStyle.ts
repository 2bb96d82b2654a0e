import type * as React from "react";
import type { CellFormat } from "../testing/fakeExcel";

/** How a cell looks in the sheet view, from its format once conditional formats apply. */
export function cellStyle(
  format: Required<CellFormat>,
  value: unknown,
  spills: boolean
): React.CSSProperties {
  const general =
    typeof value === "number" ? "right" : typeof value === "boolean" ? "center" : "left";
  const align = format.horizontalAlignment;
  return {
    background: format.fill.toUpperCase() === "#FFFFFF" ? undefined : format.fill,
    color: format.fontColor,
    fontWeight: format.bold ? 700 : undefined,
    fontStyle: format.italic ? "italic" : undefined,
    fontSize: format.size === 11 ? undefined : `${format.size}pt`,
    textAlign: align === "General" ? general : (align.toLowerCase() as "left" | "center" | "right"),
    verticalAlign: { Top: "top", Center: "middle" }[format.verticalAlignment] ?? "bottom",
    // Unwrapped text runs on over empty neighbours, as in Excel, and is cut at a filled one.
    whiteSpace: format.wrapText ? "pre-wrap" : "pre",
    overflow: format.wrapText || !spills ? "hidden" : "visible",
  };
}
