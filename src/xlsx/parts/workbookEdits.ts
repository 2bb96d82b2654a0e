import { checkDefinedName } from "../../core/workbook/excelNames";
import { quoteSheetName } from "../../core/workbook/sheetSpec";
import { WORKBOOK_ORDER } from "../package/schemaOrder";
import { NS, XML_DECLARATION } from "../package/xml";
import {
  CONTENT_TYPES,
  REL_TYPES,
  relsPathOf,
  XlsxPackage,
  type SheetEntry,
} from "../package/xlsxPackage";
import { attributeOf, markup, type XmlElement, type XmlPart } from "../package/xmlPart";

/** Sheet-level edits of a workbook package: add or replace a sheet, defined names, orphans. */

/** A new, empty workbook package (no sheets yet: callers add them before saving). */
export function emptyWorkbook(): XlsxPackage {
  return XlsxPackage.fromParts({
    "[Content_Types].xml":
      `${XML_DECLARATION}<Types xmlns="${NS.contentTypes}">` +
      `<Default Extension="rels" ContentType="${CONTENT_TYPES.relationships}"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPES.workbook}"/>` +
      `</Types>`,
    "_rels/.rels":
      `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}">` +
      `<Relationship Id="rId1" Type="${REL_TYPES.officeDocument}" Target="xl/workbook.xml"/>` +
      `</Relationships>`,
    "xl/workbook.xml":
      `${XML_DECLARATION}<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
      `<bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}"></Relationships>`,
  });
}

/** Cell notes belong to the user whichever re-score drew the sheet: their parts always stay. */
const NOTE_TYPES = new Set([
  `${NS.rel}/comments`,
  "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
]);

/** Adds a worksheet part at the end of the workbook and returns its entry. */
export function addSheet(pkg: XlsxPackage, name: string, hidden: boolean): SheetEntry {
  const path = pkg.freePath("xl/worksheets", "sheet");
  pkg.setText(path, `${XML_DECLARATION}<worksheet xmlns="${NS.main}"><sheetData/></worksheet>`);
  pkg.addOverride(path, CONTENT_TYPES.worksheet);
  const relId = pkg.addRelationship(pkg.workbookPath, REL_TYPES.worksheet, path);
  const sheetId = Math.max(0, ...pkg.sheets().map((s) => s.sheetId)) + 1;
  const sheet = markup("sheet", {
    name,
    sheetId,
    state: hidden ? "hidden" : undefined,
    "r:id": relId,
  });
  pkg.editXml(pkg.workbookPath, (part) => {
    const sheets = part.child(part.root, "sheets");
    if (sheets) part.append(sheets, sheet);
    else part.insertInOrder(part.root, markup("sheets", {}, sheet), WORKBOOK_ORDER);
  });
  return { name, sheetId, relId, path, hidden };
}

/**
 * Clears what hangs off a sheet we are about to redraw: its relationships and the parts only it
 * used (drawing, chart, table…). Relationships whose id or type is in `keep` (the user's notes,
 * links and pictures) stay, with their ids. Parts another part still refers to are kept.
 */
export function detachSheetParts(
  pkg: XlsxPackage,
  sheetPath: string,
  keep: ReadonlySet<string> = new Set()
): void {
  for (const rel of pkg.relationships(sheetPath)) {
    const kept = keep.has(rel.id) || NOTE_TYPES.has(rel.type);
    if (kept && (rel.external || pkg.has(rel.target))) continue;
    pkg.removeRelationship(sheetPath, rel.id);
    if (!rel.external) dropIfOrphan(pkg, rel.target, sheetPath);
  }
  // An emptied relationships part is dropped rather than left behind empty.
  if (pkg.has(relsPathOf(sheetPath)) && pkg.relationships(sheetPath).length === 0)
    pkg.delete(relsPathOf(sheetPath));
}

function dropIfOrphan(pkg: XlsxPackage, partPath: string, leaving: string): void {
  const stillUsed = pkg
    .paths()
    .filter((p) => p.endsWith(".rels") && p !== relsPathOf(leaving))
    .some((relsPath) => {
      const source = relsPath.replace(/_rels\/([^/]+)\.rels$/, "$1");
      return pkg
        .relationships(source === relsPath ? "" : source)
        .some((r) => r.target === partPath);
    });
  if (stillUsed || !pkg.has(partPath)) return;
  const children = pkg.relationships(partPath);
  pkg.delete(partPath);
  for (const child of children) if (!child.external) dropIfOrphan(pkg, child.target, partPath);
}

export interface DefinedNameToSet {
  name: string;
  formula: string;
  /** Scopes the name to one sheet (its index in the workbook). */
  localSheetId?: number;
}

/** Sets (adds or replaces) a defined name; localSheetId scopes it to one sheet. */
export function setDefinedName(
  pkg: XlsxPackage,
  name: string,
  formula: string,
  localSheetId?: number
): void {
  setDefinedNames(pkg, [{ name, formula, localSheetId }]);
}

/** Sets several defined names in one edit of workbook.xml. */
export function setDefinedNames(pkg: XlsxPackage, names: readonly DefinedNameToSet[]): void {
  if (names.length === 0) return;
  for (const { name } of names) {
    const invalid = checkDefinedName(name);
    if (invalid) throw new Error(`svmi tried to write the defined name '${name}': ${invalid}`);
  }
  const elements = names.map(({ name, formula, localSheetId }) =>
    markup("definedName", { name, localSheetId }, formula)
  );
  pkg.editXml(pkg.workbookPath, (part) => {
    const block = part.child(part.root, "definedNames");
    if (!block) {
      part.insertInOrder(part.root, markup("definedNames", {}, ...elements), WORKBOOK_ORDER);
      return;
    }
    names.forEach(({ name, formula, localSheetId }, i) => {
      // Replaced where it stands (so re-scoring leaves workbook.xml as it was); duplicates dropped.
      const [first, ...duplicates] = namesMatching(part, block, name, localSheetId);
      if (first) {
        if (first.text !== formula || attributeOf(first, "name") !== name)
          part.replace(first, elements[i]);
        duplicates.forEach((d) => part.remove(d));
      } else part.append(block, elements[i]);
    });
  });
}

export function removeDefinedName(pkg: XlsxPackage, name: string, localSheetId?: number): void {
  pkg.editXml(pkg.workbookPath, (part) => {
    const block = part.child(part.root, "definedNames");
    if (!block) return;
    const matching = namesMatching(part, block, name, localSheetId);
    const all = part.children(block, "definedName");
    if (matching.length > 0 && matching.length === all.length) part.remove(block);
    else matching.forEach((d) => part.remove(d));
  });
}

/** Defined names compare case-insensitively in Excel ("svmi_results" is "SVMI_Results"). */
function namesMatching(
  part: XmlPart,
  block: XmlElement,
  name: string,
  localSheetId: number | undefined
): XmlElement[] {
  return part.children(block, "definedName").filter((d) => {
    const scope = attributeOf(d, "localSheetId");
    return (
      attributeOf(d, "name")?.toLowerCase() === name.toLowerCase() &&
      (localSheetId === undefined ? scope === undefined : Number(scope) === localSheetId)
    );
  });
}

/** The marker formula of a sheet, e.g. 'Action Plan'!$A$1. */
export function markerFormula(sheetName: string): string {
  return `${quoteSheetName(sheetName)}!$A$1`;
}

/**
 * Drops the calculation chain: a cache Excel rebuilds, which would otherwise name cells whose
 * formulas we replaced (Excel reports such a file as needing repair).
 */
export function dropCalcChain(pkg: XlsxPackage): void {
  const rel = pkg.relationships(pkg.workbookPath).find((r) => r.type === REL_TYPES.calcChain);
  if (!rel) return;
  pkg.removeRelationship(pkg.workbookPath, rel.id);
  pkg.delete(rel.target);
}

/** The styles part of the workbook, created (and linked) when missing. */
export function stylesPath(pkg: XlsxPackage): { path: string; exists: boolean } {
  const rel = pkg.relationships(pkg.workbookPath).find((r) => r.type === REL_TYPES.styles);
  if (rel && pkg.has(rel.target)) return { path: rel.target, exists: true };
  const path = rel?.target ?? "xl/styles.xml";
  if (!rel) pkg.addRelationship(pkg.workbookPath, REL_TYPES.styles, path);
  pkg.addOverride(path, CONTENT_TYPES.styles);
  return { path, exists: false };
}

/**
 * Drops relationships of these parts whose target part is missing (another program left them;
 * Excel repairs such files), unless the part itself still refers to them by id. Returns one
 * sentence per dropped link.
 */
export function dropDanglingRelationships(
  pkg: XlsxPackage,
  partPaths: readonly string[]
): string[] {
  const dropped: string[] = [];
  for (const partPath of partPaths) {
    const dangling = pkg.relationships(partPath).filter((r) => !r.external && !pkg.has(r.target));
    if (dangling.length === 0) continue;
    const part = pkg.xml(partPath);
    const used = new Set<string>();
    const visit = (element: XmlElement) => {
      for (const a of element.attributes) if (a.uri === NS.rel) used.add(a.value);
      element.children.forEach(visit);
    };
    if (part) visit(part.root);
    for (const rel of dangling) {
      if (used.has(rel.id)) continue;
      pkg.removeRelationship(partPath, rel.id);
      dropped.push(`dropped a link from ${partPath} to the missing part ${rel.target}`);
    }
  }
  return dropped;
}
