import { dateSerial } from "../../core/workbook/keptContent";
import {
  areaAddress,
  cellAddress,
  type Area,
  type CellStyle,
  type CellValue,
  type SheetSpec,
} from "../../core/workbook/sheetSpec";
import type { StyleBook } from "./styleBook";
import { attrs, escapeXml, needsPreserve, NS, XML_DECLARATION } from "../package/xml";

/**
 * A SheetSpec as worksheet XML: the .xlsx counterpart of the add-in's renderSheet, drawing the same
 * values, styles, merges, table, checks, conditional formats, links and print settings, as the
 * spec describes them (it knows nothing of levels or frameworks).
 */

export interface SheetParts {
  /** Relationship id of the sheet's table part, when the spec has a table. */
  tableRelId?: string;
  /** Relationship id of the drawing holding the chart, when the spec has one. */
  drawingRelId?: string;
  /** Relationship id of the cell notes' VML drawing, kept from the sheet being redrawn. */
  legacyDrawingRelId?: string;
  /** Cells to write as given (a user's, kept over a redraw), by row and column, as <c> XML. */
  keptCells?: ReadonlyMap<number, ReadonlyMap<number, string>>;
  /** The user's own hyperlinks, kept over a redraw, as <hyperlink> XML. */
  keptHyperlinks?: string[];
  /** Relationship id of the user's own drawing (pictures), kept on a sheet without our chart. */
  keptDrawingRelId?: string;
}

const DEFAULT_ROW_POINTS = 15;

export function worksheetXml(spec: SheetSpec, styles: StyleBook, parts: SheetParts = {}): string {
  const cells = cellGrid(spec);
  const styleOf = layeredStyles(spec);
  const kept = parts.keptCells ?? new Map<number, ReadonlyMap<number, string>>();
  const xfOf = new Map<string, number>();
  const rows: string[] = [];
  const rowNumbers = [...new Set([...cells.keys(), ...kept.keys()])].sort((a, b) => a - b);
  for (const row of rowNumbers) {
    const drawn = new Map<number, string>();
    for (const [column, { value, layers }] of cells.get(row) ?? []) {
      const style = styleOf(layers);
      let xf = xfOf.get(layers);
      if (xf === undefined) xfOf.set(layers, (xf = styles.cellFormat(style)));
      drawn.set(column, cellXml(row, column, value, style, xf));
    }
    for (const [column, xml] of kept.get(row) ?? []) drawn.set(column, xml);
    const cellsXml = [...drawn]
      .sort(([a], [b]) => a - b)
      .map(([, xml]) => xml)
      .join("");
    const height = rowHeight(spec, row);
    rows.push(
      `<row${attrs({ r: row + 1, ht: height, customHeight: height ? 1 : undefined })}>${cellsXml}</row>`
    );
  }
  const print = spec.print;
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    (print?.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    sheetView(spec) +
    `<sheetFormatPr defaultRowHeight="${DEFAULT_ROW_POINTS}"/>` +
    columns(spec.columnWidths) +
    `<sheetData>${rows.join("")}</sheetData>` +
    list(
      "mergeCells",
      (spec.merges ?? []).map((m) => `<mergeCell ref="${areaAddress(m)}"/>`)
    ) +
    conditionalFormatting(spec, styles) +
    validations(spec) +
    list(
      "hyperlinks",
      [
        ...(spec.links ?? []).map(
          (l) =>
            `<hyperlink${attrs({ ref: cellAddress(l.row, l.column), location: l.target, tooltip: l.tooltip })}/>`
        ),
        ...(parts.keptHyperlinks ?? []),
      ],
      false
    ) +
    `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    (print
      ? `<pageSetup${attrs({
          paperSize: 9, // A4: UK councils print on A4
          orientation: print.landscape ? "landscape" : "portrait",
          fitToWidth: print.fitToWidth ? 1 : undefined,
          fitToHeight: print.fitToWidth ? 0 : undefined,
        })}/>`
      : "") +
    ((parts.drawingRelId ?? parts.keptDrawingRelId)
      ? `<drawing r:id="${parts.drawingRelId ?? parts.keptDrawingRelId}"/>`
      : "") +
    (parts.legacyDrawingRelId ? `<legacyDrawing r:id="${parts.legacyDrawingRelId}"/>` : "") +
    (parts.tableRelId
      ? `<tableParts count="1"><tablePart r:id="${parts.tableRelId}"/></tableParts>`
      : "") +
    `</worksheet>`
  );
}

interface GridCell {
  value: CellValue | undefined;
  /** Indexes of the spec's styled areas covering the cell, in spec order (later ones win). */
  layers: string;
}

/** Every cell that has a value or a style, with the styles that cover it, in spec order. */
function cellGrid(spec: SheetSpec): Map<number, Map<number, GridCell>> {
  const grid = new Map<number, Map<number, GridCell>>();
  const at = (row: number, column: number) => {
    let columns = grid.get(row);
    if (!columns) grid.set(row, (columns = new Map()));
    let cell = columns.get(column);
    if (!cell) columns.set(column, (cell = { value: undefined, layers: "" }));
    return cell;
  };
  spec.values.forEach((values, row) =>
    values.forEach((value, column) => {
      if (value !== null && value !== undefined && value !== "") at(row, column).value = value;
    })
  );
  spec.styles.forEach((target, index) =>
    forEachCell(target, (row, column) => {
      const cell = at(row, column);
      cell.layers += `${index},`;
    })
  );
  return grid;
}

/**
 * The style of each distinct layering, merged once: sheets have thousands of cells but a few
 * dozen layerings, and merging style objects per cell was most of the time spent drawing.
 */
function layeredStyles(spec: SheetSpec): (layers: string) => CellStyle {
  const merged = new Map<string, CellStyle>();
  return (layers) => {
    let style = merged.get(layers);
    if (!style) {
      style = {};
      for (const index of layers.split(",")) {
        if (index) style = { ...style, ...spec.styles[Number(index)].style };
      }
      merged.set(layers, style);
    }
    return style;
  };
}

function forEachCell(target: Area, visit: (row: number, column: number) => void): void {
  for (let r = target.row; r < target.row + target.rows; r++)
    for (let c = target.column; c < target.column + target.columns; c++) visit(r, c);
}

function cellXml(
  row: number,
  column: number,
  value: CellValue | undefined,
  style: CellStyle,
  xf: number
): string {
  const r = cellAddress(row, column);
  const s = xf || undefined;
  if (value === undefined || value === null) return `<c${attrs({ r, s })}/>`;
  if (typeof value === "number") return `<c${attrs({ r, s })}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c${attrs({ r, s, t: "b" })}><v>${value ? 1 : 0}</v></c>`;
  const serial = style.numberFormat?.includes("yy") ? dateSerial(value) : undefined;
  if (serial !== undefined) return `<c${attrs({ r, s })}><v>${serial}</v></c>`;
  const t = needsPreserve(value) ? `<t xml:space="preserve">` : "<t>";
  return `<c${attrs({ r, s, t: "inlineStr" })}><is>${t}${escapeXml(value)}</t></is></c>`;
}

/** Points as Excel's column width unit (characters of the default font, about 7 px each). */
function columns(widths: number[]): string {
  if (widths.length === 0) return "";
  const cols = widths.map((points, i) => {
    const characters = Math.round(((points * 96) / 72 / 7) * 100) / 100;
    return `<col${attrs({ min: i + 1, max: i + 1, width: characters, customWidth: 1 })}/>`;
  });
  return `<cols>${cols.join("")}</cols>`;
}

function sheetView(spec: SheetSpec): string {
  if (!spec.freezeRows) return `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`;
  const topLeft = cellAddress(spec.freezeRows, 0);
  return (
    `<sheetViews><sheetView workbookViewId="0">` +
    `<pane${attrs({ ySplit: spec.freezeRows, topLeftCell: topLeft, activePane: "bottomLeft", state: "frozen" })}/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</sheetView></sheetViews>`
  );
}

/**
 * Row heights for wrapped text, estimated from the text length and column width, so long actions
 * show in full in Excel and LibreOffice alike (neither re-measures rows on opening a file).
 */
function rowHeight(spec: SheetSpec, row: number): number | undefined {
  const values = spec.values[row] ?? [];
  let lines = 1;
  let size = 11;
  for (const { style, ...target } of spec.styles) {
    if (row < target.row || row >= target.row + target.rows) continue;
    if (style.fontSize) size = Math.max(size, style.fontSize);
    if (!style.wrap) continue;
    for (let c = target.column; c < target.column + target.columns; c++) {
      const text = String(values[c] ?? "");
      if (!text) continue;
      const merged = (spec.merges ?? []).find((m) => m.row === row && m.column === c);
      const width = merged
        ? spec.columnWidths.slice(c, c + merged.columns).reduce((a, b) => a + b, 0)
        : (spec.columnWidths[c] ?? 64);
      const perLine = Math.max(8, Math.floor(width / (size * 0.5)));
      const count = text
        .split("\n")
        .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
      lines = Math.max(lines, count);
    }
  }
  if (lines === 1 && size <= 11) return undefined;
  return Math.round(lines * size * 1.3 + 4);
}

/**
 * The spec's conditional formats, priorities in the spec's order; rules in a row over the same
 * area share one block, as Excel writes them (the level colours: one block of one rule per level).
 */
function conditionalFormatting(spec: SheetSpec, styles: StyleBook): string {
  const blocks: { sqref: string; rules: string[] }[] = [];
  (spec.conditionalRules ?? []).forEach(({ area, when, format }, index) => {
    const priority = index + 1;
    const first = cellAddress(area.row, area.column);
    const rule =
      "beginsWith" in when
        ? `<cfRule${attrs({
            type: "beginsWith",
            dxfId: styles.differential(format),
            priority,
            operator: "beginsWith",
            text: when.beginsWith,
          })}><formula>${escapeXml(beginsWithFormula(first, when.beginsWith))}</formula></cfRule>`
        : `<cfRule${attrs({ type: "expression", dxfId: styles.differential(format), priority })}><formula>${escapeXml(when.formula)}</formula></cfRule>`;
    const sqref = areaAddress(area);
    const last = blocks[blocks.length - 1];
    if (last?.sqref === sqref) last.rules.push(rule);
    else blocks.push({ sqref, rules: [rule] });
  });
  return blocks
    .map(
      (b) => `<conditionalFormatting sqref="${b.sqref}">${b.rules.join("")}</conditionalFormatting>`
    )
    .join("");
}

/** The formula Excel stores with a "begins with" rule. */
function beginsWithFormula(cell: string, text: string): string {
  const quoted = text.replace(/"/g, '""');
  return `LEFT(${cell},LEN("${quoted}"))="${quoted}"`;
}

function validations(spec: SheetSpec): string {
  return list(
    "dataValidations",
    (spec.validations ?? []).map((validation) => {
      const sqref = areaAddress(validation.area);
      const alert = {
        errorStyle: validation.alert.style === "stop" ? undefined : validation.alert.style,
        allowBlank: 1,
        showErrorMessage: 1,
        errorTitle: validation.alert.title,
        error: validation.alert.message,
      };
      if ("date" in validation) {
        return `<dataValidation${attrs({ type: "date", operator: "greaterThan", ...alert, sqref })}><formula1>1</formula1></dataValidation>`;
      }
      // A literal list is one quoted, comma-separated string.
      const formula =
        "list" in validation
          ? `"${validation.list.join(",")}"`
          : validation.source.replace(/^=/, "");
      return `<dataValidation${attrs({ type: "list", ...alert, showInputMessage: 1, sqref })}><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
    })
  );
}

function list(element: string, items: string[], counted = true): string {
  if (items.length === 0) return "";
  return `<${element}${counted ? ` count="${items.length}"` : ""}>${items.join("")}</${element}>`;
}
