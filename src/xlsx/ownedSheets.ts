import { freeSheetName, SHEET_MARKERS, SHEET_NAMES, type OwnedSheet } from "../core/sheets/names";
import {
  drawnRecord,
  planKeptCells,
  type FoundCell,
  withKeptLabels,
  type KeepPlan,
} from "../core/sheets/keptContent";
import { areaAddress, cellAddress, quoteSheetName, type SheetSpec } from "../core/sheets/sheetSpec";
import { chartDrawingXml, radarChartXml } from "./radarChart";
import { sheetRows, type ReadValue } from "./sheetCells";
import type { StyleBook } from "./styleBook";
import { nextTableId, tableXml } from "./tablePart";
import {
  addSheet,
  detachSheetParts,
  dropCalcChain,
  markerFormula,
  setDefinedName,
} from "./workbookEdits";
import { worksheetXml, type SheetParts } from "./writeSheet";
import { escapeAttribute, escapeXml, NS } from "./xml";
import { CONTENT_TYPES, REL_TYPES, XlsxPackage, type SheetEntry } from "./xlsxPackage";
import { attributeOf, type XmlElement, type XmlPart } from "./xmlPart";

/**
 * Drawing the sheets svmi owns into a package: redrawn in place when our marker points at one,
 * or added under a free name (a user's own "Results" is never taken over). What users typed on a
 * redrawn sheet is kept (see core/sheets/keptContent), and so are their cell notes.
 */

export interface OwnedSheetOutcome {
  /** The record of what was drawn, for the next re-score. */
  record: string;
  /** Said to the user when typed cells had to move. */
  notice?: string;
}

/** Relationships of a redrawn sheet that belong to the user, not to our drawing: cell notes. */
const KEPT_RELATIONSHIPS = new Set([
  `${NS.rel}/comments`,
  `${NS.rel}/vmlDrawing`,
  "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
]);

export function writeOwnedSheet(
  pkg: XlsxPackage,
  styles: StyleBook,
  kind: OwnedSheet,
  spec: SheetSpec,
  existing: SheetEntry | undefined,
  previous: { record?: Map<string, string> | "all"; shared?: readonly string[] } = {}
): OwnedSheetOutcome {
  let entry = existing;
  const parts: SheetParts = {};
  let plan: KeepPlan = { cells: [], labels: [] };
  if (entry) {
    const old = pkg.xml(entry.path);
    if (old) {
      const found = foundCells(old, previous.shared ?? []);
      plan = planKeptCells(
        found.map((f) => f.cell),
        previous.record,
        spec,
        entry.name
      );
      parts.keptCells = keptCellXml(old, plan, found);
      parts.legacyDrawingRelId = legacyDrawingOf(pkg, entry, old);
      if (old.descendants(old.root, "f", NS.main).length > 0) dropCalcChain(pkg);
    }
    detachSheetParts(pkg, entry.path, KEPT_RELATIONSHIPS);
  } else {
    const taken = new Set(pkg.sheets().map((s) => s.name.toLowerCase()));
    entry = addSheet(pkg, freeSheetName(SHEET_NAMES[kind], taken), spec.hidden ?? false);
    setDefinedName(pkg, SHEET_MARKERS[kind], markerFormula(entry.name));
  }
  const record = drawnRecord(spec);
  const drawn = withKeptLabels(spec, plan);
  if (drawn.table) parts.tableRelId = addTable(pkg, entry.path, drawn);
  if (drawn.chart) parts.drawingRelId = addChart(pkg, entry, drawn);
  pkg.setText(entry.path, worksheetXml({ ...drawn, name: entry.name }, styles, parts));
  const index = pkg.sheets().findIndex((s) => s.path === entry.path);
  if (spec.print?.area) {
    setDefinedName(
      pkg,
      "_xlnm.Print_Area",
      `${quoteSheetName(entry.name)}!${areaAddress(spec.print.area, true)}`,
      index
    );
  }
  if (spec.print?.repeatRows) {
    const { row, rows } = spec.print.repeatRows;
    setDefinedName(
      pkg,
      "_xlnm.Print_Titles",
      `${quoteSheetName(entry.name)}!$${row + 1}:$${row + rows}`,
      index
    );
  }
  return { record, ...(plan.notice ? { notice: plan.notice } : {}) };
}

interface Found {
  cell: FoundCell;
  element: XmlElement;
}

function foundCells(part: XmlPart, shared: readonly string[]): Found[] {
  return sheetRows(part, shared).flatMap((row) =>
    row.cells.map((c) => ({
      cell: {
        row: c.row,
        column: c.column,
        value: c.value as ReadValue,
        ...(c.formula !== undefined ? { formula: c.formula } : {}),
      },
      element: c.element,
    }))
  );
}

/** The kept cells as <c> XML at their new addresses, copied from the old sheet's elements. */
function keptCellXml(
  part: XmlPart,
  plan: KeepPlan,
  found: Found[]
): Map<number, Map<number, string>> {
  const byCell = new Map(found.map((f) => [f.cell, f.element]));
  const out = new Map<number, Map<number, string>>();
  for (const kept of plan.cells) {
    const element = byCell.get(kept.from);
    if (!element) continue;
    const row = out.get(kept.row) ?? new Map<number, string>();
    row.set(
      kept.column,
      copyCell(part, element, cellAddress(kept.row, kept.column), kept.ownFormat)
    );
    out.set(kept.row, row);
  }
  return out;
}

/**
 * A cell element rewritten for our own sheet part (default namespace, any prefix dropped) under a
 * new address, without its style when that was ours (ownFormat false). A shared formula cannot travel without its group: the group's first cell becomes
 * an ordinary formula, the others keep their values.
 */
function copyCell(part: XmlPart, cell: XmlElement, address: string, ownFormat: boolean): string {
  const attributes = cell.attributes
    .filter((a) => a.uri === "" && a.local !== "r" && (ownFormat || a.local !== "s"))
    .map((a) => ` ${a.local}="${escapeAttribute(a.value)}"`)
    .join("");
  const children = cell.children
    .filter((c) => c.uri === NS.main)
    .map((child) => {
      if (child.local !== "f") return plainCopy(part, child);
      const shared = attributeOf(child, "t") === "shared";
      if (shared && !child.text) return "";
      const kept = child.attributes.filter(
        (a) => a.uri === "" && !(shared && ["t", "ref", "si"].includes(a.local))
      );
      const attrs = kept.map((a) => ` ${a.local}="${escapeAttribute(a.value)}"`).join("");
      return `<f${attrs}>${escapeXml(child.text)}</f>`;
    })
    .join("");
  return `<c r="${address}"${attributes}>${children}</c>`;
}

function plainCopy(part: XmlPart, element: XmlElement): string {
  const attributes = element.attributes
    .filter((a) => a.uri === "" || a.prefix === "xml")
    .map((a) => ` ${a.prefix === "xml" ? `xml:${a.local}` : a.local}="${escapeAttribute(a.value)}"`)
    .join("");
  const inner =
    element.children
      .filter((c) => c.uri === NS.main)
      .map((c) => plainCopy(part, c))
      .join("") || escapeXml(element.text);
  return `<${element.local}${attributes}>${inner}</${element.local}>`;
}

/** The r:id of the sheet's notes drawing, when its relationship is still there. */
function legacyDrawingOf(pkg: XlsxPackage, sheet: SheetEntry, part: XmlPart): string | undefined {
  const element = part.child(part.root, "legacyDrawing", NS.main);
  const id = element && attributeOf(element, "id", NS.rel);
  const rel = pkg.relationships(sheet.path).find((r) => r.id === id);
  return rel && !rel.external && pkg.has(rel.target) ? id : undefined;
}

function addTable(pkg: XlsxPackage, sheetPath: string, spec: SheetSpec): string {
  const { area, name } = spec.table!;
  const headers = Array.from({ length: area.columns }, (_, c) =>
    String(spec.values[area.row]?.[area.column + c] ?? `Column${c + 1}`)
  );
  const existing = pkg
    .paths()
    .filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))
    .map((p) => pkg.xml(p)!.root);
  const path = pkg.freePath("xl/tables", "table");
  pkg.setText(path, tableXml(nextTableId(existing), name, area, headers));
  pkg.addOverride(path, CONTENT_TYPES.table);
  return pkg.addRelationship(sheetPath, REL_TYPES.table, path);
}

/** The radar chart: a drawing on the sheet holding a chart part, with the values cached. */
function addChart(pkg: XlsxPackage, sheet: SheetEntry, spec: SheetSpec): string {
  const chart = spec.chart!;
  const rows = spec.values.slice(chart.data.row, chart.data.row + chart.data.rows);
  const cell = (row: ReadValue[] | undefined, c: number) => row?.[chart.data.column + c];
  const series = Array.from({ length: chart.data.columns - 1 }, (_, s) => ({
    name: String(cell(rows[0] as ReadValue[], s + 1) ?? ""),
    values: rows.slice(1).map((row) => {
      const value = cell(row as ReadValue[], s + 1);
      return typeof value === "number" ? value : null;
    }),
  }));
  const categories = rows.slice(1).map((row) => String(cell(row as ReadValue[], 0) ?? ""));
  const chartPath = pkg.freePath("xl/charts", "chart");
  pkg.setText(chartPath, radarChartXml({ spec: chart, sheetName: sheet.name, categories, series }));
  pkg.addOverride(chartPath, CONTENT_TYPES.chart);
  const drawingPath = pkg.freePath("xl/drawings", "drawing");
  const chartRelId = pkg.addRelationship(drawingPath, REL_TYPES.chart, chartPath);
  pkg.setText(drawingPath, chartDrawingXml(chart, chartRelId));
  pkg.addOverride(drawingPath, CONTENT_TYPES.drawing);
  return pkg.addRelationship(sheet.path, REL_TYPES.drawing, drawingPath);
}
