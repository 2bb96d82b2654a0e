import type { Element } from "@xmldom/xmldom";
import { areaAddress, parseAddress } from "../../../src/core/workbook/sheetSpec";
import { NS } from "../namespaces";
import type { PartsPackage } from "../partsPackage";
import {
  childElements,
  create,
  declare,
  descendants,
  firstChild,
  insertInOrder,
  setPrefixed,
} from "../xmlDom";
import { officeGuid, worksheetUid } from "./officeIds";

/** CT_Worksheet's children in schema order (ECMA-376 Part 1, the worksheet element). */
// prettier-ignore
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
  "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
  "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks",
  "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
  "webPublishItems", "tableParts", "extLst",
] as const;

// Calibri 11 at 15 pt rows, as in test-pr-1204.xlsx and 1904.xlsx.
const DY_DESCENT = "0.25";

/** What Excel 2016 and later write on every worksheet; see excelStyle.ts for the sources. */
export function applyWorksheetHabits(pkg: PartsPackage): void {
  pkg.sheets().forEach((sheet, index) => {
    const root = pkg.root(sheet.path);
    declare(root, ["mc"]);
    setPrefixed(root, "mc", "Ignorable", "x14ac xr xr2 xr3");
    declare(root, ["x14ac", "xr", "xr2", "xr3"]);
    setPrefixed(root, "xr", "uid", worksheetUid(index));

    const cells = descendants(root, NS.main, "c").map((c) => cellPosition(c));
    if (!firstChild(root, NS.main, "dimension") && cells.length > 0) {
      const dimension = create(pkg.dom(sheet.path), NS.main, "dimension", { ref: extent(cells) });
      insertInOrder(root, dimension, WORKSHEET_ORDER);
    }
    if (index === 0) {
      for (const view of descendants(root, NS.main, "sheetView"))
        view.setAttribute("tabSelected", "1");
    }
    const format = firstChild(root, NS.main, "sheetFormatPr");
    if (format) setPrefixed(format, "x14ac", "dyDescent", DY_DESCENT);

    const sheetData = firstChild(root, NS.main, "sheetData");
    if (sheetData) markRows(sheetData);
    for (const validation of descendants(root, NS.main, "dataValidation")) {
      setPrefixed(
        validation,
        "xr",
        "uid",
        officeGuid(`${sheet.path} ${validation.getAttribute("sqref")}`)
      );
    }
  });
}

/**
 * spans="first:last" on each row: Excel writes, for every block of 16 rows, the columns from the
 * first to the last cell used in that block (test-pr-1204.xlsx: rows 1-9 all "1:12"); an empty
 * row gets none (images.xlsx row 9). Every row gets x14ac:dyDescent.
 */
function markRows(sheetData: Element): void {
  const rows = childElements(sheetData, NS.main, "row");
  const blockSpans = new Map<number, { first: number; last: number }>();
  for (const row of rows) {
    const block = Math.floor((Number(row.getAttribute("r")) - 1) / 16);
    for (const cell of childElements(row, NS.main, "c")) {
      const column = cellPosition(cell).column + 1;
      const span = blockSpans.get(block) ?? { first: column, last: column };
      blockSpans.set(block, {
        first: Math.min(span.first, column),
        last: Math.max(span.last, column),
      });
    }
  }
  for (const row of rows) {
    const block = Math.floor((Number(row.getAttribute("r")) - 1) / 16);
    const span = blockSpans.get(block);
    if (span && childElements(row, NS.main, "c").length > 0) {
      row.setAttribute("spans", `${span.first}:${span.last}`);
    }
    setPrefixed(row, "x14ac", "dyDescent", DY_DESCENT);
  }
}

interface Position {
  row: number;
  column: number;
}

/** A cell's zero-based row and column, from its r="D8" (the template writes r on every cell). */
function cellPosition(cell: Element): Position {
  const ref = cell.getAttribute("r") ?? "";
  const area = parseAddress(ref);
  if (!area) throw new Error(`a cell with no usable r attribute: "${ref}"`);
  return { row: area.row, column: area.column };
}

function extent(cells: Position[]): string {
  const rows = cells.map((c) => c.row);
  const columns = cells.map((c) => c.column);
  const row = Math.min(...rows);
  const column = Math.min(...columns);
  return areaAddress({
    row,
    column,
    rows: Math.max(...rows) - row + 1,
    columns: Math.max(...columns) - column + 1,
  });
}
