import {
  areaAddress,
  widthOf,
  type Area,
  type CellStyle,
  type CellValue,
  type ConditionalRule,
  type SheetSpec,
  type Validation,
} from "../core/workbook/sheetSpec";
import type { Capabilities } from "./requirements";

/**
 * Queues everything that draws a SheetSpec onto a worksheet: values in one block, then widths,
 * styles, merges, table, checks, conditional formats, links and print settings. It draws what the
 * spec says and knows nothing of levels or frameworks. Queues only: the caller syncs once.
 */
export function renderSheet(sheet: Excel.Worksheet, spec: SheetSpec, caps: Capabilities): void {
  const width = Math.max(1, widthOf(spec.values));
  const block = spec.values.map((row) =>
    Array.from({ length: width }, (_, c) => asCellText(row[c]))
  );
  if (block.length > 0) sheet.getRangeByIndexes(0, 0, block.length, width).values = block;

  spec.columnWidths.forEach((points, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format.columnWidth = points;
  });
  for (const styledArea of spec.styles) applyStyle(range(sheet, styledArea), styledArea.style);
  for (const merge of spec.merges ?? []) range(sheet, merge).merge(false);
  if (spec.freezeRows) sheet.freezePanes.freezeRows(spec.freezeRows);
  if (spec.table)
    sheet.tables.add(range(sheet, spec.table.area), true /* has headers */).name = spec.table.name;
  if (caps.dataValidation) {
    for (const validation of spec.validations ?? [])
      addValidation(range(sheet, validation.area), validation);
  }
  // Excel puts each added format at the top priority: added last to first, the spec's first
  // rule ends on top, as its order says.
  for (const rule of [...(spec.conditionalRules ?? [])].reverse())
    addConditionalRule(range(sheet, rule.area), rule);
  for (const link of spec.links ?? []) {
    sheet.getRangeByIndexes(link.row, link.column, 1, 1).hyperlink = {
      documentReference: link.target,
      screenTip: link.tooltip,
    };
  }
  if (spec.print && caps.pageLayout) {
    sheet.pageLayout.orientation = spec.print.landscape ? "Landscape" : "Portrait";
    if (spec.print.fitToWidth)
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (spec.print.area) sheet.pageLayout.setPrintArea(range(sheet, spec.print.area));
    if (spec.print.repeatRows)
      sheet.pageLayout.setPrintTitleRows(range(sheet, spec.print.repeatRows).getEntireRow());
  }
  if (spec.hidden) sheet.visibility = "Hidden";
}

/**
 * The formats of a spec again, without its values: its styles, checks and conditional rules (the
 * caller clears the old rules first), for a sheet that grew rows at the end of its layout.
 */
export function renderFormats(sheet: Excel.Worksheet, spec: SheetSpec, caps: Capabilities): void {
  for (const styledArea of spec.styles) applyStyle(range(sheet, styledArea), styledArea.style);
  if (caps.dataValidation) {
    for (const validation of spec.validations ?? [])
      addValidation(range(sheet, validation.area), validation);
  }
  for (const rule of [...(spec.conditionalRules ?? [])].reverse())
    addConditionalRule(range(sheet, rule.area), rule);
}

function range(sheet: Excel.Worksheet, area: Area): Excel.Range {
  return sheet.getRange(areaAddress(area));
}

/** Text that Excel would read as a formula (=, +, -, @) is stored as text, never evaluated. */
export function asCellText(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

function applyStyle(target: Excel.Range, style: CellStyle): void {
  const { format } = target;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = style.horizontal;
  if (style.vertical !== undefined) format.verticalAlignment = style.vertical;
  if (style.numberFormat !== undefined) target.numberFormat = [[style.numberFormat]];
}

function addValidation(cells: Excel.Range, validation: Validation): void {
  cells.dataValidation.clear();
  cells.dataValidation.rule =
    "date" in validation
      ? { date: { formula1: "1900-01-01", operator: "GreaterThan" } }
      : {
          list: {
            inCellDropDown: true,
            source: "list" in validation ? validation.list.join(",") : validation.source,
          },
        };
  const { style, title, message } = validation.alert;
  cells.dataValidation.errorAlert = {
    showAlert: true,
    style: style === "stop" ? "Stop" : "Warning",
    title,
    message,
  };
}

function addConditionalRule(target: Excel.Range, rule: ConditionalRule): void {
  const { fill, fontColor, bold, strike } = rule.format;
  let format: Excel.ConditionalRangeFormat;
  if ("beginsWith" in rule.when) {
    const cf = target.conditionalFormats.add("ContainsText");
    cf.textComparison.rule = { operator: "BeginsWith", text: rule.when.beginsWith };
    format = cf.textComparison.format;
  } else {
    const cf = target.conditionalFormats.add("Custom");
    cf.custom.rule.formula = `=${rule.when.formula}`;
    format = cf.custom.format;
  }
  if (fill) format.fill.color = fill;
  if (fontColor) format.font.color = fontColor;
  if (bold) format.font.bold = true;
  if (strike) format.font.strikethrough = true;
}
