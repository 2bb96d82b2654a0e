import {
  freeSheetName,
  SHEET_MARKERS,
  SHEET_NAMES,
  type OwnedSheet,
} from "../../core/workbook/names";
import {
  drawnRecord,
  planKeptCells,
  type FoundCell,
  withKeptLabels,
  type KeepPlan,
  type KeptCell,
} from "../../core/workbook/keptContent";
import {
  areaAddress,
  cellAddress,
  parseAddress,
  quoteSheetName,
  type SheetSpec,
} from "../../core/workbook/sheetSpec";
import { chartDrawingXml, radarChartXml } from "./radarChart";
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
import { linkTip, worksheetXml, type SheetParts } from "./writeSheet";
import { escapeAttribute, escapeXml, NS } from "../package/xml";
import { CONTENT_TYPES, REL_TYPES, XlsxPackage, type SheetEntry } from "../package/xlsxPackage";
import { attributeOf, type XmlElement, type XmlPart } from "../package/xmlPart";

/**
 * Drawing the sheets svmi owns into a package: redrawn in place when our marker points at one,
 * or added under a free name (a user's own "Results" is never taken over). What users typed on a
 * redrawn sheet is kept (see core/workbook/keptContent), and so are their cell notes.
 */

export interface OwnedSheetOutcome {
  /** The record of what was drawn, for the next re-score. */
  record: string;
  /** Said to the user when typed cells had to move. */
  notice?: string;
}

export function writeOwnedSheet(
  pkg: XlsxPackage,
  styles: StyleBook,
  kind: OwnedSheet,
  spec: SheetSpec,
  existing: SheetEntry | undefined,
  previous: { record?: Map<string, string>; shared?: readonly string[] } = {}
): OwnedSheetOutcome {
  let entry = existing;
  const parts: SheetParts = {};
  let plan: KeepPlan = { cells: [], labels: [] };
  let keptIds = new Set<string>();
  const names: DefinedNameToSet[] = [];
  let lostPictures: string | undefined;
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
      const kept = keptCellXml(old, plan, found);
      parts.keptCells = kept.cells;
      if (kept.notice)
        plan = {
          ...plan,
          notice: [plan.notice, `${entry.name}: ${kept.notice}.`].filter(Boolean).join(" "),
        };
      parts.legacyDrawingRelId = linkedPart(pkg, entry, old, "legacyDrawing");
      const links = userHyperlinks(old, spec);
      parts.keptHyperlinks = links.xml;
      keptIds = new Set([
        ...links.relIds,
        ...(parts.legacyDrawingRelId ? [parts.legacyDrawingRelId] : []),
      ]);
      // A drawing on a sheet where svmi draws no chart holds the user's pictures: it stays.
      const drawing = spec.chart ? undefined : linkedPart(pkg, entry, old, "drawing");
      if (drawing) {
        parts.keptDrawingRelId = drawing;
        keptIds.add(drawing);
      } else if (spec.chart && otherAnchors(pkg, entry, old) > 0) {
        lostPictures = `${entry.name}: pictures or shapes placed on it were removed (svmi redraws its chart there; keep them on a sheet of your own).`;
      }
      if (old.descendants(old.root, "f", NS.main).length > 0) dropCalcChain(pkg);
    }
    detachSheetParts(pkg, entry.path, keptIds);
  } else {
    const taken = new Set(pkg.sheets().map((s) => s.name.toLowerCase()));
    entry = addSheet(pkg, freeSheetName(SHEET_NAMES[kind], taken), spec.hidden ?? false);
    names.push({ name: SHEET_MARKERS[kind], formula: markerFormula(entry.name) });
  }
  const record = drawnRecord(spec);
  const drawn = withKeptLabels(spec, plan);
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
  const notice = [plan.notice, lostPictures].filter(Boolean).join(" ");
  return { record, ...(notice ? { notice } : {}) };
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
  plan: KeepPlan,
  found: Found[]
): { cells: Map<number, Map<number, string>>; notice?: string } {
  const byCell = new Map(found.map((f) => [f.cell, f.element]));
  const formulaOf = (element: XmlElement) => part.child(element, "f", NS.main);
  // A shared formula (Excel's filled-down formulas) lives in its group: if any cell of the group
  // moves, the group is written out as ordinary formulas where it can be (its first cell) and as
  // values elsewhere; a group that stays keeps its sharing.
  const brokenGroups = new Set<string>();
  for (const kept of plan.cells) {
    const f = byCell.get(kept.from) && formulaOf(byCell.get(kept.from)!);
    const moved = kept.row !== kept.from.row || kept.column !== kept.from.column;
    if (f && moved && attributeOf(f, "t") === "shared")
      brokenGroups.add(attributeOf(f, "si") ?? "");
  }
  const cells = new Map<number, Map<number, string>>();
  let flattened = 0;
  for (const kept of plan.cells) {
    const element = byCell.get(kept.from);
    if (!element) continue;
    const copy = copyCell(part, element, kept, brokenGroups);
    if (copy.flattened) flattened++;
    const row = cells.get(kept.row) ?? new Map<number, string>();
    row.set(kept.column, copy.xml);
    cells.set(kept.row, row);
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
      !relId && location !== undefined && attributeOf(link, "tooltip") === linkTip(location);
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
