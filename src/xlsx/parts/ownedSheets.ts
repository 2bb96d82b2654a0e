import { CHART_NAMES, SHEET_MARKERS, type OwnedSheet } from "../../core/workbook/names";
import type { FoundCell, KeptCell } from "../../core/workbook/keptContent";
import {
  areaAddress,
  cellAddress,
  parseAddress,
  quoteSheetName,
  type SheetSpec,
} from "../../core/workbook/sheetSpec";
import { goToTooltip } from "../../core/workbook/sheetRules";
import { chartDrawingXml, chartXml } from "./chartPart";
import { sheetRows, type ReadValue } from "./sheetCells";
import type { StyleBook } from "./styleBook";
import { nextTableId, tableXml } from "./tablePart";
import {
  addSheet,
  detachSheetParts,
  dropCalcChain,
  markerFormula,
  setDefinedNames,
  type DefinedNameToSet,
} from "./workbookEdits";
import { worksheetXml, type SheetParts } from "./writeSheet";
import { escapeAttribute, escapeXml, NS } from "../package/xml";
import { CONTENT_TYPES, REL_TYPES, XlsxPackage, type SheetEntry } from "../package/xlsxPackage";
import { attributeOf, type XmlElement, type XmlPart } from "../package/xmlPart";

/**
 * Drawing the sheets svmi owns into a package: redrawn in place when our marker points at one,
 * or added under a free name (a user's own "Results" is never taken over). What users typed on a
 * redrawn sheet is kept (see core/workbook/keptContent), and so are their cell notes.
 */

/** A sheet to draw: its spec (kept-block labels included) and the typed cells to keep. */
export interface OwnedSheetDraw {
  kind: OwnedSheet;
  spec: SheetSpec;
  kept?: readonly KeptCell[];
}

/** The cells read from a sheet, and the element each came from (to copy it whole). */
export interface SheetCellsRead {
  cells: FoundCell[];
  elements: Map<FoundCell, XmlElement>;
}

export function readSheetCells(part: XmlPart, shared: readonly string[]): SheetCellsRead {
  const found = foundCells(part, shared);
  return {
    cells: found.map((f) => f.cell),
    elements: new Map(found.map((f) => [f.cell, f.element])),
  };
}

/**
 * Draws a sheet: over `existing` (one of ours, whose typed cells were read into `read`), or as a
 * new sheet under spec.name with its marker. Returns what the user should know, if anything.
 */
export function writeOwnedSheet(
  pkg: XlsxPackage,
  styles: StyleBook,
  { kind, spec, kept = [] }: OwnedSheetDraw,
  existing?: { entry: SheetEntry; read: SheetCellsRead }
): string | undefined {
  let entry: SheetEntry;
  const parts: SheetParts = {};
  const notices: string[] = [];
  const names: DefinedNameToSet[] = [];
  if (existing) {
    entry = existing.entry;
    let keptIds = new Set<string>();
    const old = pkg.xml(entry.path);
    if (old) {
      const copied = keptCellXml(old, kept, existing.read.elements);
      parts.keptCells = copied.cells;
      if (copied.notice) notices.push(`${entry.name}: ${copied.notice}.`);
      parts.legacyDrawingRelId = linkedPart(pkg, entry, old, "legacyDrawing");
      const links = userHyperlinks(old, spec);
      parts.keptHyperlinks = links.xml;
      keptIds = new Set([
        ...links.relIds,
        ...(parts.legacyDrawingRelId ? [parts.legacyDrawingRelId] : []),
      ]);
      // A drawing on a sheet where svmi draws no chart holds the user's pictures: it stays,
      // unless it holds nothing but svmi's own chart from an earlier drawing (a Benchmark whose
      // segment is now suppressed must not keep showing its numbers).
      const drawing =
        spec.chart || onlyOwnChart(pkg, entry, old, CHART_NAMES[kind])
          ? undefined
          : linkedPart(pkg, entry, old, "drawing");
      if (drawing) {
        parts.keptDrawingRelId = drawing;
        keptIds.add(drawing);
      } else if (spec.chart && otherAnchors(pkg, entry, old) > 0) {
        notices.push(
          `${entry.name}: pictures or shapes placed on it were removed (svmi redraws its chart there; keep them on a sheet of your own).`
        );
      }
      if (old.descendants(old.root, "f", NS.main).length > 0) dropCalcChain(pkg);
    }
    detachSheetParts(pkg, entry.path, keptIds);
  } else {
    entry = addSheet(pkg, spec.name, spec.hidden ?? false);
    names.push({ name: SHEET_MARKERS[kind], formula: markerFormula(entry.name) });
  }
  const drawn = spec;
  if (drawn.table) parts.tableRelId = addTable(pkg, entry.path, drawn);
  if (drawn.chart) parts.drawingRelId = addChart(pkg, entry, drawn);
  pkg.setText(entry.path, worksheetXml({ ...drawn, name: entry.name }, styles, parts));
  const index = pkg.sheets().findIndex((s) => s.path === entry.path);
  const quoted = quoteSheetName(entry.name);
  if (spec.print?.area) {
    names.push({
      name: "_xlnm.Print_Area",
      formula: `${quoted}!${areaAddress(spec.print.area, true)}`,
      localSheetId: index,
    });
  }
  if (spec.print?.repeatRows) {
    const { row, rows } = spec.print.repeatRows;
    names.push({
      name: "_xlnm.Print_Titles",
      formula: `${quoted}!$${row + 1}:$${row + rows}`,
      localSheetId: index,
    });
  }
  setDefinedNames(pkg, names);
  return notices.length ? notices.join(" ") : undefined;
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
        formula: c.formula,
      },
      element: c.element,
    }))
  );
}

/**
 * The kept cells as <c> XML at their new addresses, copied from the old sheet's elements, and
 * what could not travel whole (filled-down formulas whose group had to move).
 */
function keptCellXml(
  part: XmlPart,
  kept: readonly KeptCell[],
  byCell: ReadonlyMap<FoundCell, XmlElement>
): { cells: Map<number, Map<number, string>>; notice?: string } {
  const formulaOf = (element: XmlElement) => part.child(element, "f", NS.main);
  // A shared formula (Excel's filled-down formulas) lives in its group: if any cell of the group
  // moves, the group is written out as ordinary formulas where it can be (its first cell) and as
  // values elsewhere; a group that stays keeps its sharing.
  const brokenGroups = new Set<string>();
  for (const cell of kept) {
    const f = byCell.get(cell.from) && formulaOf(byCell.get(cell.from)!);
    const moved = cell.row !== cell.from.row || cell.column !== cell.from.column;
    if (f && moved && attributeOf(f, "t") === "shared")
      brokenGroups.add(attributeOf(f, "si") ?? "");
  }
  const cells = new Map<number, Map<number, string>>();
  let flattened = 0;
  for (const cell of kept) {
    const element = byCell.get(cell.from);
    if (!element) continue;
    const copy = copyCell(part, element, cell, brokenGroups);
    if (copy.flattened) flattened++;
    const row = cells.get(cell.row) ?? new Map<number, string>();
    row.set(cell.column, copy.xml);
    cells.set(cell.row, row);
  }
  return {
    cells,
    ...(flattened
      ? {
          notice: `${flattened} filled-down formula${flattened === 1 ? "" : "s"} had to move apart from the first of their group and now hold their last values`,
        }
      : {}),
  };
}

/**
 * A cell element rewritten for our own sheet part (default namespace, any prefix dropped) at its
 * kept place, without its style when that was ours (ownFormat false). An array formula's range
 * moves with it; a shared formula keeps its group unless the group broke (see keptCellXml).
 */
function copyCell(
  part: XmlPart,
  cell: XmlElement,
  kept: KeptCell,
  brokenGroups: ReadonlySet<string>
): { xml: string; flattened: boolean } {
  const address = cellAddress(kept.row, kept.column);
  const attributes = cell.attributes
    .filter((a) => a.uri === "" && a.local !== "r" && (kept.ownFormat || a.local !== "s"))
    .map((a) => ` ${a.local}="${escapeAttribute(a.value)}"`)
    .join("");
  let flattened = false;
  const children = cell.children
    .filter((c) => c.uri === NS.main)
    .map((child) => {
      if (child.local !== "f") return plainCopy(part, child);
      const type = attributeOf(child, "t");
      const broken = type === "shared" && brokenGroups.has(attributeOf(child, "si") ?? "");
      if (broken && !child.text) {
        flattened = true;
        return ""; // a member of a broken group: its cached value stays
      }
      const attrs = child.attributes
        .filter((a) => a.uri === "" && !(broken && ["t", "ref", "si"].includes(a.local)))
        .map((a) => {
          const value = a.local === "ref" && type === "array" ? shifted(a.value, kept) : a.value;
          return ` ${a.local}="${escapeAttribute(value)}"`;
        })
        .join("");
      return `<f${attrs}>${escapeXml(child.text)}</f>`;
    })
    .join("");
  return { xml: `<c r="${address}"${attributes}>${children}</c>`, flattened };
}

/** An area moved by as many rows and columns as the kept cell moved. */
function shifted(ref: string, kept: KeptCell): string {
  const area = parseAddress(ref);
  if (!area) return cellAddress(kept.row, kept.column);
  return areaAddress({
    ...area,
    row: area.row + kept.row - kept.from.row,
    column: area.column + kept.column - kept.from.column,
  });
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

/**
 * The user's hyperlinks on the old sheet, as XML for the new one, and the relationship ids of the
 * external ones. svmi's own links (internal, with its tooltip) are drawn afresh and left out.
 */
function userHyperlinks(part: XmlPart, spec: SheetSpec): { xml: string[]; relIds: string[] } {
  const ours = new Set((spec.links ?? []).map((l) => cellAddress(l.row, l.column)));
  const block = part.child(part.root, "hyperlinks", NS.main);
  const xml: string[] = [];
  const relIds: string[] = [];
  for (const link of block ? part.children(block, "hyperlink", NS.main) : []) {
    const ref = attributeOf(link, "ref") ?? "";
    const location = attributeOf(link, "location");
    const relId = attributeOf(link, "id", NS.rel);
    const drawnBySvmi =
      !relId && location !== undefined && attributeOf(link, "tooltip") === goToTooltip(location);
    if (drawnBySvmi || ours.has(ref)) continue;
    const plain = link.attributes
      .filter((a) => a.uri === "")
      .map((a) => ` ${a.local}="${escapeAttribute(a.value)}"`)
      .join("");
    xml.push(`<hyperlink${plain}${relId ? ` r:id="${escapeAttribute(relId)}"` : ""}/>`);
    if (relId) relIds.push(relId);
  }
  return { xml, relIds };
}

/**
 * The r:id of the sheet's <drawing> or <legacyDrawing> (notes) element, when the relationship and
 * the part it points at are still there.
 */
function linkedPart(
  pkg: XlsxPackage,
  sheet: SheetEntry,
  part: XmlPart,
  local: "drawing" | "legacyDrawing"
): string | undefined {
  const element = part.child(part.root, local, NS.main);
  const id = element && attributeOf(element, "id", NS.rel);
  const rel = pkg.relationships(sheet.path).find((r) => r.id === id);
  return rel && !rel.external && pkg.has(rel.target) ? id : undefined;
}

/** Anchors in the sheet's drawing other than our chart's (pictures, shapes the user placed). */
/** The sheet's drawing holds one anchor: the chart svmi named `name`. */
function onlyOwnChart(
  pkg: XlsxPackage,
  sheet: SheetEntry,
  part: XmlPart,
  name: string | undefined
): boolean {
  const id = name && linkedPart(pkg, sheet, part, "drawing");
  const rel = id && pkg.relationships(sheet.path).find((r) => r.id === id);
  const drawing = rel && pkg.xml(rel.target);
  if (!drawing) return false;
  const anchors = drawing.root.children.filter((c) => /Anchor$/.test(c.local));
  return (
    anchors.length === 1 &&
    drawing.descendants(anchors[0], "chart", NS.chart).length > 0 &&
    drawing
      .descendants(anchors[0], "cNvPr", NS.spreadsheetDrawing)
      .some((c) => attributeOf(c, "name") === name)
  );
}

function otherAnchors(pkg: XlsxPackage, sheet: SheetEntry, part: XmlPart): number {
  const id = linkedPart(pkg, sheet, part, "drawing");
  const rel = id && pkg.relationships(sheet.path).find((r) => r.id === id);
  const drawing = rel && pkg.xml(rel.target);
  if (!drawing) return 0;
  const anchors = drawing.root.children.filter((c) => /Anchor$/.test(c.local));
  const charts = anchors.filter((a) => drawing.descendants(a, "chart", NS.chart).length > 0);
  return anchors.length - Math.min(1, charts.length);
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
  const chartPath = pkg.freePath("xl/charts", "chart");
  pkg.setText(chartPath, chartXml({ spec: chart, sheetName: sheet.name }));
  pkg.addOverride(chartPath, CONTENT_TYPES.chart);
  const drawingPath = pkg.freePath("xl/drawings", "drawing");
  const chartRelId = pkg.addRelationship(drawingPath, REL_TYPES.chart, chartPath);
  pkg.setText(drawingPath, chartDrawingXml(chart, chartRelId));
  pkg.addOverride(drawingPath, CONTENT_TYPES.drawing);
  return pkg.addRelationship(sheet.path, REL_TYPES.drawing, drawingPath);
}
