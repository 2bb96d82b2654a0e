import { quoteSheetName } from "../core/sheets/sheetSpec";
import { attrs, escapeXml, NS, XML_DECLARATION } from "./xml";
import {
  CONTENT_TYPES,
  escapeRegExp,
  insertBefore,
  REL_TYPES,
  relsPathOf,
  XlsxPackage,
  type SheetEntry,
} from "./xlsxPackage";

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

/** Adds a worksheet part at the end of the workbook and returns its entry. */
export function addSheet(pkg: XlsxPackage, name: string, hidden: boolean): SheetEntry {
  const path = pkg.freePath("xl/worksheets", "sheet");
  pkg.setText(path, `${XML_DECLARATION}<worksheet xmlns="${NS.main}"><sheetData/></worksheet>`);
  pkg.addOverride(path, CONTENT_TYPES.worksheet);
  const relId = pkg.addRelationship(pkg.workbookPath, REL_TYPES.worksheet, path);
  const sheetId = Math.max(0, ...pkg.sheets().map((s) => s.sheetId)) + 1;
  pkg.editWorkbook((xml) =>
    insertBefore(
      xml.replace(/<((?:\w+:)?)sheets\s*\/>/, "<$1sheets></$1sheets>"),
      /<\/(?:\w+:)?sheets>/,
      `<sheet${attrs({ name, sheetId, state: hidden ? "hidden" : undefined })} r:id="${relId}"/>`
    )
  );
  return { name, sheetId, relId, path, hidden };
}

/**
 * Clears what hangs off a sheet we are about to redraw: its relationships and the parts only it
 * used (drawing, chart, comments…). Parts another part still refers to are kept.
 */
export function detachSheetParts(pkg: XlsxPackage, sheetPath: string): void {
  for (const rel of pkg.relationships(sheetPath)) {
    if (!rel.external) dropIfOrphan(pkg, rel.target, sheetPath);
  }
  // Emptied, not created: a sheet that had no relationships part gets none.
  if (!pkg.has(relsPathOf(sheetPath))) return;
  pkg.setText(
    relsPathOf(sheetPath),
    `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}"></Relationships>`
  );
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

/** Sets (adds or replaces) a defined name; localSheetId scopes it to one sheet. */
export function setDefinedName(
  pkg: XlsxPackage,
  name: string,
  formula: string,
  localSheetId?: number
): void {
  const element = `<definedName${attrs({ name, localSheetId })}>${escapeXml(formula)}</definedName>`;
  // Replaced where it stands (so re-scoring leaves workbook.xml as it was); duplicates dropped.
  let replaced = false;
  pkg.editWorkbook((xml) =>
    xml.replace(definedNamePattern(name, localSheetId), () => {
      if (replaced) return "";
      replaced = true;
      return element;
    })
  );
  if (replaced) return;
  pkg.editWorkbook((xml) => {
    if (/<\/(?:\w+:)?definedNames>/.test(xml))
      return insertBefore(xml, /<\/(?:\w+:)?definedNames>/, element);
    // definedNames follows sheets, functionGroups and externalReferences in the schema.
    const after = [
      /<\/(?:\w+:)?externalReferences>/,
      /<\/(?:\w+:)?functionGroups>/,
      /<\/(?:\w+:)?sheets>/,
    ]
      .map((pattern) => pattern.exec(xml))
      .find((match) => match);
    if (!after) return xml;
    const at = after.index + after[0].length;
    return `${xml.slice(0, at)}<definedNames>${element}</definedNames>${xml.slice(at)}`;
  });
}

export function removeDefinedName(pkg: XlsxPackage, name: string, localSheetId?: number): void {
  pkg.editWorkbook((xml) =>
    xml
      .replace(definedNamePattern(name, localSheetId), "")
      .replace(/<(?:\w+:)?definedNames>\s*<\/(?:\w+:)?definedNames>/, "")
  );
}

function definedNamePattern(name: string, localSheetId: number | undefined): RegExp {
  return new RegExp(
    `<(?:\\w+:)?definedName\\b(?=[^>]*\\bname="${escapeRegExp(name)}")${
      localSheetId === undefined
        ? "(?![^>]*localSheetId)"
        : `(?=[^>]*localSheetId="${localSheetId}")`
    }[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?definedName>)`,
    "g"
  );
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
